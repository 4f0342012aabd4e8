package nl.trede.beoordeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.trede.invoer.Periodecijfers;
import nl.trede.kern.Periode;
import nl.trede.regels.Impactregel;
import nl.trede.regels.Proefrun;
import nl.trede.regels.Regelkeuze;
import nl.trede.regels.Regelgebruik;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dry runs of the interventieladder over stored figures: the latest figures of the period and the
 * previous treden as a real run takes them, through {@link Berekening}, never stored.
 */
@Component
class InterventieladderProefrun implements Proefrun {

    private final BeoordelingService service;
    private final BeoordelingRepository repository;
    private final JdbcClient jdbc;

    InterventieladderProefrun(BeoordelingService service, BeoordelingRepository repository, JdbcClient jdbc) {
        this.service = service;
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    public String soort() {
        return "interventieladder";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Impactregel> vergelijk(Regelkeuze actief, Regelkeuze kandidaat, String periodeTekst, String provincie) {
        Periode periode = Periode.van(periodeTekst);
        List<Periodecijfers> cijfers = service.cijfers(periode, provincie);
        if (cijfers.isEmpty()) {
            return List.of();
        }
        Map<String, VorigeTrede> vorigePeriode = repository.vorigeTreden(periode);
        return vergelijk(service.bereken(actief, periode, cijfers, vorigePeriode),
                service.bereken(kandidaat, periode, cijfers, vorigePeriode));
    }

    /** Gemeente by gemeente, in the order of the figures; a gemeente only one side judged is left out. */
    static List<Impactregel> vergelijk(List<BeoordelingService.Deelberekening> voor, List<BeoordelingService.Deelberekening> na) {
        Map<String, Uitkomst> nieuw = uitkomsten(na);
        List<Impactregel> regels = new ArrayList<>();
        uitkomsten(voor).forEach((gemeente, oud) -> {
            Uitkomst b = nieuw.get(gemeente);
            if (b != null) {
                regels.add(new Impactregel(oud.beoordeling().periode(), gemeente, oud.beoordeling().gemeenteNaam(),
                        "trede " + oud.beoordeling().voorgesteldeTrede(), "trede " + b.beoordeling().voorgesteldeTrede(),
                        Integer.signum(b.beoordeling().voorgesteldeTrede() - oud.beoordeling().voorgesteldeTrede()),
                        oud.regel(), b.regel(), oud.kader(), b.kader()));
            }
        });
        return regels;
    }

    private record Uitkomst(Beoordeling beoordeling, String regel, String kader) {
    }

    private static Map<String, Uitkomst> uitkomsten(List<BeoordelingService.Deelberekening> delen) {
        Map<String, Uitkomst> perGemeente = new LinkedHashMap<>();
        for (BeoordelingService.Deelberekening deel : delen) {
            String kader = deel.keuze().kader() == null ? deel.keuze().regelset().korteVersie() : deel.keuze().kader().id();
            deel.berekening().beoordelingen().forEach(b -> perGemeente.put(b.gemeente(),
                    new Uitkomst(b, deel.berekening().beslissendeRegel(b), kader)));
        }
        return perGemeente;
    }

    @Override
    @Transactional(readOnly = true)
    public Regelgebruik gebruik() {
        String periode = jdbc.sql("select max(periode) from beoordelingsronde").query(String.class).optional().orElse(null);
        Map<String, Long> perRegel = new LinkedHashMap<>();
        if (periode != null) {
            jdbc.sql("select r.regel, count(*) from gevuurde_regel r join beoordeling b on b.id = r.beoordeling_id "
                            + "join beoordelingsronde o on o.id = b.ronde_id where o.periode = ? group by r.regel")
                    .param(periode)
                    .query(rs -> {
                        perRegel.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return new Regelgebruik(periode, perRegel);
    }

    @Override
    public String samenvatting(long omhoog, long omlaag, long gelijk) {
        return Proefrun.aantal(omhoog) + " een trede omhoog, " + omlaag + " omlaag, " + gelijk + " gelijk";
    }
}
