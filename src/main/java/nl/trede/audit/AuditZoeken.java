package nl.trede.audit;

import java.util.List;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.kern.GemeenteCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The auditor's search: every beoordeling of a gemeente over the years, narrowed as asked, also as CSV. */
@Service
public class AuditZoeken {

    private final BeoordelingService beoordelingen;

    AuditZoeken(BeoordelingService beoordelingen) {
        this.beoordelingen = beoordelingen;
    }

    @Transactional(readOnly = true)
    public List<Beoordeling> zoek(GemeenteCode gemeente, String periode, Integer trede, String grondslag) {
        Zoekvraag vraag = new Zoekvraag(periode, trede, grondslag);
        return beoordelingen.vanGemeente(gemeente.waarde()).stream().filter(vraag::past).toList();
    }

    @Transactional(readOnly = true)
    public String zoekAlsCsv(GemeenteCode gemeente, String periode, Integer trede, String grondslag) {
        return Zoekvraag.csv(zoek(gemeente, periode, trede, grondslag));
    }
}
