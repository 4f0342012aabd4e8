package nl.trede.verdeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.trede.bestand.Bereik;
import nl.trede.bestand.Bestandslimieten;
import nl.trede.bestand.Rij;
import nl.trede.bestand.Tabel;
import nl.trede.gemeente.Gemeente;
import nl.trede.gemeente.GemeenteCellen;
import nl.trede.gemeente.GemeenteService;
import nl.trede.gemeente.Provincie;
import nl.trede.systeem.AlleenDemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo ({@link AlleenDemo}) stores the published Verdeelbesluit Overijssel 2024 (Toelichting of 20 December 2024,
 * nr. 6015733, Tabel 7) at start-up when it is not there yet, so it can be viewed next to computed verdelingen. The
 * published documents do not give its inputs, so it
 * is marked as taken over, not computed: only its final numbers per gemeente are known.
 */
@Component
@AlleenDemo
class GepubliceerdBesluit implements ApplicationRunner {

    static final String NAAM = "Verdeelbesluit Overijssel 2024";
    static final String TOELICHTING = "Gepubliceerd besluit, overgenomen; niet door trede berekend. Bron: Verdeelbesluit "
            + "Overijssel 2024 (20 december 2024), Tabel 7. De invoer per gemeente (indicatieve verdeling, aanbod) staat niet "
            + "in de bronnen; alleen de uitkomst is overgenomen.";
    private static final String BESTAND = "demo/overijssel-verdeelbesluit-2024.csv";
    private static final String HOOFDSTUK_3 = "Verdeelbesluit Overijssel 2024, Toelichting par. 3 (overgenomen)";
    /** The Verdeelbesluit Overijssel 2024, chapter 3: who was excluded, and by which criterion. */
    private static final Map<String, List<Criterium>> UITGESLOTEN = Map.of(
            "Almelo", List.of(Criterium.VERSLAG, Criterium.HISTORISCH),
            "Deventer", List.of(Criterium.VERSLAG, Criterium.HISTORISCH),
            "Hardenberg", List.of(Criterium.VERSLAG, Criterium.HISTORISCH),
            "Hengelo (O.)", List.of(Criterium.VERSLAG),
            "Kampen", List.of(Criterium.VERSLAG),
            "Rijssen-Holten", List.of(Criterium.VERSLAG),
            "Tubbergen", List.of(Criterium.VERSLAG),
            "Borne", List.of(Criterium.OEKRAINE));
    private static final Logger LOG = LoggerFactory.getLogger(GepubliceerdBesluit.class);

    private final GemeenteService gemeenten;
    private final VerdelingRepository repository;

    private final ApplicationEventPublisher gebeurtenissen;
    private final JsonMapper json;

    GepubliceerdBesluit(GemeenteService gemeenten, VerdelingRepository repository, ApplicationEventPublisher gebeurtenissen,
                        JsonMapper json) {
        this.json = json;
        this.gemeenten = gemeenten;
        this.repository = repository;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Provincie overijssel = gemeenten.provincie("Overijssel").orElseThrow();
        if (repository.gepubliceerdBestaat(overijssel.code(), NAAM)) {
            return;
        }
        List<GemeenteUitkomst> rijen = lees();
        int regulier = rijen.stream().mapToInt(GemeenteUitkomst::regulier).reduce(0, Math::addExact);
        int amv = rijen.stream().mapToInt(GemeenteUitkomst::amv).reduce(0, Math::addExact);
        // Chapter 3: verslag plus kansrijk 3851 and 130, restopgave 1936 and 408, to 16 and 15 gemeenten.
        Verdeling besluit = new Verdeling(null, overijssel.code(), overijssel.naam(), NAAM, true, TOELICHTING, null,
                "trede (demo)", Instant.parse("2024-12-20T00:00:00Z"), rijen,
                new SoortUitkomst(regulier, 3851, 1936, null, null, 16), new SoortUitkomst(amv, 130, 408, null, null, 15),
                List.of());
        gebeurtenissen.publishEvent(VerdelingVastgelegd.overgenomen(repository.bewaar(besluit, null, json)));
        LOG.info("{} overgenomen: {} gemeenten, {} regulier, {} amv", NAAM, rijen.size(), regulier, amv);
    }

    private List<GemeenteUitkomst> lees() {
        Tabel tabel;
        try {
            tabel = Tabel.lees(new ClassPathResource(BESTAND).getContentAsByteArray(), Bestandslimieten.STANDAARD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tabel.controleerKop(List.of("gemeente", "regulier", "amv", "totaal"), List.of("gemeente", "regulier", "amv"), false,
                "gemeente, regulier, amv, totaal");
        GemeenteCellen gemeenteCellen = new GemeenteCellen(gemeenten);
        List<GemeenteUitkomst> rijen = new ArrayList<>();
        for (Rij rij : tabel.rijen()) {
            Gemeente g = gemeenteCellen.gemeente(rij, "gemeente");
            Integer regulier = rij.geheel("regulier", Bereik.AANTAL);
            Integer amv = rij.geheel("amv", Bereik.AANTAL);
            if (!rij.foutGevonden()) {
                rijen.add(rij(g, regulier, amv));
            }
        }
        if (!tabel.fouten().leeg()) {
            throw new IllegalStateException("Het meegeleverde " + BESTAND + " is onleesbaar: " + tabel.fouten().lijst());
        }
        return rijen;
    }

    /** An excluded gemeente got nothing of the restopgave; for the others the seeds do not say how much. */
    private static GemeenteUitkomst rij(Gemeente g, int regulier, int amv) {
        List<Criterium> criteria = UITGESLOTEN.getOrDefault(g.naam(), List.of());
        if (criteria.isEmpty()) {
            return GemeenteUitkomst.gepubliceerd(g.code(), g.naam(), regulier, amv);
        }
        List<GemeenteUitkomst.UitsluitingUitleg> uitleg = criteria.stream()
                .map(c -> new GemeenteUitkomst.UitsluitingUitleg(c, c.omschrijving(), List.of(Soort.REGULIER, Soort.AMV),
                        HOOFDSTUK_3, g.naam() + " is volgens het besluit uitgesloten: " + c.omschrijving().toLowerCase() + "."))
                .toList();
        return new GemeenteUitkomst(g.code(), g.naam(), regulier, amv, 0, 0, null, null, uitleg, null, null, null, null, null);
    }
}
