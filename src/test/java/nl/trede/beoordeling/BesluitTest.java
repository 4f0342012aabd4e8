package nl.trede.beoordeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.Testcijfers;
import nl.trede.systeem.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' decision: A decides, B (never A) fixes, every action on the versie it saw, four eyes,
 * herziening, the next period starting from the vastgestelde trede. Each test is rolled back afterwards, except the
 * one with two concurrent decisions: its threads see only what is committed, so it keeps Utrecht 2081-1 to itself.
 */
@ApplicatieMetDatabase
class BesluitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BeoordelingService beoordelingen;
    @Autowired
    BesluitService besluiten;

    /** One Utrecht gemeente in one period: T = 10, R = 4 < 10, so the rules propose 1 -> 2. */
    private Beoordeling voorstel(String gemeente, String periode) {
        new Testcijfers(jdbc, "besluit.csv").voegToe(gemeente, periode, 10, 0, 0, 4, null, null);
        long ronde = beoordelingen.start(Periode.van(periode), "Utrecht", "toezichthouder").id();
        Beoordeling b = beoordelingen.beoordelingen(ronde).get(0);
        assertThat(b.voorgesteldeTrede()).isEqualTo(2);
        return b;
    }

    @Test
    @Transactional
    void aBesluitAfwijkendEnBStelVast() throws Exception {
        long id = voorstel("GM0307", "2080-1").id();
        mvc.perform(get("/api/v1/beoordelingen/" + id).with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$.status").value("VOORGESTELD"))
                .andExpect(jsonPath("$.voorgesteldeTrede").value(2))
                .andExpect(jsonPath("$.trede").isEmpty())
                .andExpect(jsonPath("$.versie").value(0));

        mvc.perform(post("/api/v1/beoordelingen/" + id + "/beslissing").with(httpBasic("toezichthouder", "test"))
                        .contentType("application/json").content("""
                                {"trede": 3, "reden": "ZWAARDERE_INTERVENTIE",
                                 "motivering": "Derde halfjaar op rij onder de taakstelling; bestuurlijk overleg is nodig.",
                                 "versie": 0}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TER_VASTSTELLING"))
                .andExpect(jsonPath("$.besloteneTrede").value(3))
                .andExpect(jsonPath("$.afwijking").value(true))
                .andExpect(jsonPath("$.trede").isEmpty())
                .andExpect(jsonPath("$.beslotenDoor").value("toezichthouder"))
                .andExpect(jsonPath("$.versie").value(1));

        // Four eyes: A may not fix A's own decision.
        mvc.perform(post("/api/v1/beoordelingen/" + id + "/vaststelling").with(httpBasic("toezichthouder", "test"))
                        .contentType("application/json").content("{\"versie\": 1}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(startsWith("Vier ogen: u (toezichthouder) besloot zelf over Beoordeling "
                        + id + " (Amersfoort, 2080-1).")));

        mvc.perform(post("/api/v1/beoordelingen/" + id + "/vaststelling").with(httpBasic("toezichthouder2", "test"))
                        .contentType("application/json").content("{\"versie\": 1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VASTGESTELD"))
                .andExpect(jsonPath("$.trede").value(3))
                .andExpect(jsonPath("$.voorgesteldeTrede").value(2))
                .andExpect(jsonPath("$.reden").value("ZWAARDERE_INTERVENTIE"))
                .andExpect(jsonPath("$.motivering").value(startsWith("Derde halfjaar op rij")))
                .andExpect(jsonPath("$.beslotenDoor").value("toezichthouder"))
                .andExpect(jsonPath("$.vastgesteldDoor").value("toezichthouder2"))
                .andExpect(jsonPath("$.versie").value(2))
                .andExpect(jsonPath("$.stappen.length()").value(2));

        // The ronde's JSON carries the same for every beoordeling.
        Beoordeling b = beoordelingen.beoordeling(id);
        mvc.perform(get("/api/v1/beoordelingsrondes/" + b.rondeId()).with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$.beoordelingen[0].id").value(id))
                .andExpect(jsonPath("$.beoordelingen[0].status").value("VASTGESTELD"))
                .andExpect(jsonPath("$.beoordelingen[0].voorgesteldeTrede").value(2))
                .andExpect(jsonPath("$.beoordelingen[0].trede").value(3))
                .andExpect(jsonPath("$.beoordelingen[0].vorigeTrede").value(1));
    }

    @Test
    @Transactional
    void eenActieOpEenOudeVersieKrijgt409MetWieEnWanneer() throws Exception {
        long id = voorstel("GM0308", "2080-2").id();
        besluiten.beslis(id, 2, null, null, 0, "toezichthouder");
        mvc.perform(post("/api/v1/beoordelingen/" + id + "/beslissing").with(httpBasic("toezichthouder2", "test"))
                        .contentType("application/json").content("{\"trede\": 2, \"versie\": 0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Beoordeling " + id + " (Baarn, 2080-2) is intussen gewijzigd "
                        + "door toezichthouder op ")))
                .andExpect(jsonPath("$.detail").value(containsString("(besloten): nu versie 1, u handelde op versie 0.")));
        assertThat(stappen(id)).isEqualTo(1);
    }

    @Test
    void vanTweeGelijktijdigeBesluitenWintErEenEnNietsIsHalfGeschreven() throws Exception {
        long id = voorstel("GM0310", "2081-1").id();
        long bewijzenVoor = bewijzen();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService twee = Executors.newFixedThreadPool(2);
        List<Future<Beoordeling>> uitkomsten = new ArrayList<>();
        for (String wie : List.of("toezichthouder", "toezichthouder2")) {
            Callable<Beoordeling> besluit = () -> {
                start.await();
                return besluiten.beslis(id, 2, null, null, 0, wie);
            };
            uitkomsten.add(twee.submit(besluit));
        }
        start.countDown();
        int geslaagd = 0;
        int conflict = 0;
        for (Future<Beoordeling> uitkomst : uitkomsten) {
            try {
                uitkomst.get();
                geslaagd++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                conflict++;
            }
        }
        twee.shutdown();
        assertThat(geslaagd).isEqualTo(1);
        assertThat(conflict).isEqualTo(1);
        // One step, and exactly one receipt for it: the loser wrote nothing.
        assertThat(stappen(id)).isEqualTo(1);
        assertThat(bewijzen() - bewijzenVoor).isEqualTo(1);
    }

    @Test
    @Transactional
    void eenAfwijkingZonderRedenOfMotiveringWordtGeweigerd() throws Exception {
        long id = voorstel("GM0312", "2081-2").id();
        mvc.perform(post("/api/v1/beoordelingen/" + id + "/beslissing").with(httpBasic("toezichthouder", "test"))
                        .contentType("application/json").content("{\"trede\": 1, \"versie\": 0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fouten[?(@.kolom == 'reden')].melding").value(
                        org.hamcrest.Matchers.hasItem(startsWith("Kies een reden voor de afwijking van de voorgestelde trede 2"))))
                .andExpect(jsonPath("$.fouten[?(@.kolom == 'motivering')].melding").value(
                        org.hamcrest.Matchers.hasItem(startsWith("Motiveer de afwijking van de voorgestelde trede 2"))));
        mvc.perform(post("/api/v1/beoordelingen/" + id + "/beslissing").with(httpBasic("toezichthouder", "test"))
                        .contentType("application/json").content("{\"trede\": 6, \"versie\": 0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fouten[0].kolom").value("trede"));
        mvc.perform(post("/api/v1/beoordelingen/" + id + "/beslissing").with(httpBasic("toezichthouder", "test"))
                        .contentType("application/json").content("{\"trede\": 99999999999, \"versie\": 0}"))
                .andExpect(status().isBadRequest());
        assertThat(stappen(id)).isZero();
    }

    @Test
    @Transactional
    void terugsturenEnEenHerzieningBlijvenZichtbaar() {
        long id = voorstel("GM0313", "2082-1").id();
        besluiten.beslis(id, 1, "AANTOONBARE_INSPANNING", "Nieuwe woningen in oplevering.", 0, "toezichthouder");
        Beoordeling terug = besluiten.stuurTerug(id, 1, "Onderbouw de oplevering met data.", "toezichthouder2");
        assertThat(terug.besluit().status()).isEqualTo(Besluitstatus.VOORGESTELD);
        assertThat(terug.besluit().opmerking()).isEqualTo("Onderbouw de oplevering met data.");
        besluiten.beslis(id, 2, null, null, 2, "toezichthouder");
        Beoordeling vastgesteld = besluiten.stelVast(id, 3, "toezichthouder2");
        assertThat(vastgesteld.besluit().vastgesteldeTrede()).isEqualTo(2);

        // A herziening needs a motivation; until B fixes it, the earlier vaststelling (trede 2) still counts.
        Beoordeling herzien = besluiten.beslis(id, 1, "ONJUISTE_CIJFERS", "COA corrigeerde de realisatie naar 10.", 4, "toezichthouder");
        assertThat(herzien.besluit().status()).isEqualTo(Besluitstatus.TER_VASTSTELLING);
        assertThat(herzien.besluit().herziening()).isTrue();
        assertThat(herzien.besluit().vastgesteldeTrede()).isEqualTo(2);
        assertThat(herzien.besluit().stappen().get(4).herziet()).isEqualTo(vastgesteld.besluit().stappen().get(3).id());
        Beoordeling na = besluiten.stelVast(id, 5, "toezichthouder2");
        assertThat(na.besluit().vastgesteldeTrede()).isEqualTo(1);
        assertThat(na.besluit().stappen()).extracting(s -> s.stap() + " " + s.trede())
                .containsExactly("BESLOTEN 1", "TERUGGESTUURD null", "BESLOTEN 2", "VASTGESTELD 2", "BESLOTEN 1", "VASTGESTELD 1");
    }

    @Test
    @Transactional
    void deVolgendePeriodeBegintBijDeVastgesteldeTrede() {
        // 2083-1: proposal 2, officer A deviates to 3, B fixes it. 2083-2: T = 10, R = 4 < 10 again: from the
        // vastgestelde 3 (not the proposed 2) one trede up: 4.
        long id = voorstel("GM0317", "2083-1").id();
        besluiten.beslis(id, 3, "ZWAARDERE_INTERVENTIE", "Geen plan van aanpak ontvangen.", 0, "toezichthouder");
        besluiten.stelVast(id, 1, "toezichthouder2");
        new Testcijfers(jdbc, "volgende.csv").voegToe("GM0317", "2083-2", 10, 6, 0, 4, null, null);
        long volgende = beoordelingen.start(Periode.van("2083-2"), "Utrecht", "toezichthouder").id();
        Beoordeling eemnes = beoordelingen.beoordelingen(volgende).get(0);
        assertThat(eemnes.vorigeTrede()).isEqualTo(3);
        assertThat(eemnes.vorigeTredeBron()).isEqualTo(VorigeTredeBron.VASTGESTELD);
        assertThat(eemnes.uitleg().get(0)).isEqualTo("Vorige trede 3, vastgesteld over de vorige periode.");
        assertThat(eemnes.voorgesteldeTrede()).isEqualTo(4);
    }

    @Test
    @Transactional
    void eenVoorlopigeRondeWordtNietVastgesteld() throws Exception {
        new Testcijfers(jdbc, "voorlopig.csv").voegToe("GM0327", "2088-1", 10, 0, 0, 4, null, null);
        long ronde = beoordelingen.start(Periode.van("2088-1"), "Utrecht", "toezichthouder", true).id();
        long id = beoordelingen.beoordelingen(ronde).get(0).id();
        mvc.perform(post("/api/v1/beoordelingen/" + id + "/beslissing").with(httpBasic("toezichthouder", "test"))
                        .contentType("application/json").content("{\"trede\": 2, \"versie\": 0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("is voorlopig")));
    }

    @Test
    @Transactional
    void eenHeleRondeInTweeHandelingen() {
        new Testcijfers(jdbc, "bulk.csv").voegToe("GM0331", "2088-2", 10, 0, 0, 4, null, null)
                .voegToe("GM0335", "2088-2", 10, 0, 0, 10, null, null);
        long ronde = beoordelingen.start(Periode.van("2088-2"), "Utrecht", "toezichthouder").id();
        assertThat(besluiten.neemVoorstellenOver(ronde, "toezichthouder").uitgevoerd()).isEqualTo(2);
        BesluitService.Bulkresultaat eigen = besluiten.stelAllesVast(ronde, "toezichthouder");
        assertThat(eigen.uitgevoerd()).isZero();
        assertThat(eigen.overgeslagen()).containsExactlyInAnyOrder(
                "Lopik: uw eigen besluit; een andere toezichthouder stelt het vast",
                "Montfoort: uw eigen besluit; een andere toezichthouder stelt het vast");
        assertThat(besluiten.stelAllesVast(ronde, "toezichthouder2").uitgevoerd()).isEqualTo(2);
        // Lopik R = 4 < 10: 2; Montfoort R = 10 = T = O: 1. Accepted as proposed.
        assertThat(beoordelingen.beoordelingen(ronde)).extracting(b -> b.gemeenteNaam() + " " + b.besluit().vastgesteldeTrede())
                .containsExactlyInAnyOrder("Lopik 2", "Montfoort 1");
    }

    @Test
    @Transactional
    void auditorEnBeleidsmedewerkerMogenNietsBesluiten() throws Exception {
        long id = voorstel("GM0339", "2082-2").id();
        long ronde = beoordelingen.beoordeling(id).rondeId();
        for (String wie : List.of("auditor", "beleid")) {
            for (String pad : List.of("/api/v1/beoordelingen/" + id + "/beslissing", "/api/v1/beoordelingen/" + id + "/vaststelling",
                    "/api/v1/beoordelingsrondes/" + ronde + "/beslissingen", "/api/v1/beoordelingsrondes/" + ronde + "/vaststellingen")) {
                mvc.perform(post(pad).with(httpBasic(wie, "test")).contentType("application/json")
                                .content("{\"trede\": 2, \"versie\": 0}"))
                        .andExpect(status().isForbidden());
            }
        }
        assertThat(stappen(id)).isZero();
    }

    private int stappen(long beoordeling) {
        return jdbc.sql("select count(*) from beslissing where beoordeling_id = ?").param(beoordeling).query(Integer.class).single();
    }

    private long bewijzen() {
        return jdbc.sql("select count(*) from beslissingsbewijs where soort = 'BESLISSING'").query(Long.class).single();
    }
}
