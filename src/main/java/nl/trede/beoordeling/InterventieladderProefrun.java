package nl.trede.beoordeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.trede.invoer.Periode;
import nl.trede.invoer.Periodecijfers;
import nl.trede.regels.Impactregel;
import nl.trede.regels.Proefrun;
import nl.trede.regels.Regelgebruik;
import nl.trede.regels.Regelset;
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
    public List<Impactregel> vergelijk(Regelset actief, Regelset kandidaat, String periodeTekst, String provincie) {
        Periode periode = Periode.van(periodeTekst);
        List<Periodecijfers> cijfers = service.cijfers(periode, provincie);
        if (cijfers.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> vorigeRonde = repository.vorigeTreden(periode);
        return vergelijk(service.bereken(actief, periode, cijfers, vorigeRonde),
                service.bereken(kandidaat, periode, cijfers, vorigeRonde));
    }

    /** Gemeente by gemeente, in the order of the figures. */
    static List<Impactregel> vergelijk(Berekening voor, Berekening na) {
        Map<String, Beoordeling> nieuw = na.beoordelingen().stream()
                .collect(Collectors.toMap(Beoordeling::gemeente, Function.identity()));
        List<Impactregel> regels = new ArrayList<>();
        for (Beoordeling oud : voor.beoordelingen()) {
            Beoordeling b = nieuw.get(oud.gemeente());
            regels.add(new Impactregel(oud.periode(), oud.gemeente(), oud.gemeenteNaam(), "trede " + oud.trede(),
                    "trede " + b.trede(), Integer.signum(b.trede() - oud.trede()), voor.beslissendeRegel(oud),
                    na.beslissendeRegel(b)));
        }
        return regels;
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
