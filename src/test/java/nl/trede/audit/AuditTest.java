package nl.trede.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.kern.Periode;
import nl.trede.regels.Regelset;
import nl.trede.regels.Testregels;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.TestDatabase;
import nl.trede.support.Testcijfers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipts, replay, comparison and verification. Each test is rolled back afterwards, except the two that tamper
 * with receipts as a database superuser: that connection sees only what is committed, so Utrecht 2071-1 and 2072-1
 * stay theirs.
 */
@ApplicatieMetDatabase
class AuditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BeoordelingService beoordelingen;
    @Autowired
    Herhaler herhaler;
    @Autowired
    Vergelijker vergelijker;
    @Autowired
    Ketenverificatie verificatie;
    @Autowired
    Controlepunten controlepunten;
    @Autowired
    BewijsRepository bewijzen;

    private static SortedMap<String, String> regels() {
        return new TreeMap<>(Testregels.domein("interventieladder/utrecht-2024"));
    }

    /** A rule set whose "niet behaald" outcome jumps two treden instead of one. */
    private static Regelset tweeTredenOmhoog() {
        SortedMap<String, String> bestanden = regels();
        String uitkomst = bestanden.get("interventieladder/utrecht-2024/uitkomst.drl");
        assertThat(uitkomst).contains("insert(new Uitkomst($g, $m.grondslag(), $v + 1,");
        bestanden.put("interventieladder/utrecht-2024/uitkomst.drl",
                uitkomst.replace("insert(new Uitkomst($g, $m.grondslag(), $v + 1,", "insert(new Uitkomst($g, $m.grondslag(), $v + 2,"));
        return Testregels.compileer(bestanden);
    }

    @Test
    @Transactional
    void eenHerhalingGebruiktDeRegelsVanDeEigenVersie() throws Exception {
        // Nijkerk is not in Utrecht; use Lopik (GM0331) and Oudewater (GM0589): R < T, V = 1.
        // Under the changed rules "niet behaald" goes 1 -> 3; the active rules in rules/ would give 2.
        new Testcijfers(jdbc, "herhaling.csv").voegToe("GM0331", "2070-1", 10, 0, 0, 4, null, null)
                .voegToe("GM0589", "2070-1", 8, 2, 0, 10, null, null);
        long ronde = beoordelingen.start(tweeTredenOmhoog(), Periode.van("2070-1"), "Utrecht", "toezichthouder").id();
        assertThat(beoordelingen.beoordelingen(ronde)).extracting(b -> b.gemeenteNaam() + " " + b.voorgesteldeTrede())
                .containsExactlyInAnyOrder("Lopik 3", "Oudewater 1");

        mvc.perform(post("/api/v1/beoordelingsrondes/" + ronde + "/herhaling").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identiek").value(2))
                .andExpect(jsonPath("$.verschillend").value(0))
                .andExpect(jsonPath("$.gemeenten[?(@.gemeente == 'GM0331')].herhaald.trede").value(3));
    }

    @Test
    void bewijzenZijnNietTeWijzigenOfTeVerwijderen() {
        new Testcijfers(jdbc, "onveranderlijk.csv").voegToe("GM0340", "2071-1", 5, 0, 0, 5, null, null);
        long ronde = beoordelingen.start(Periode.van("2071-1"), "Utrecht", "toezichthouder").id();
        long bewijs = bewijzen.vanOnderwerp(Bewijssoort.BEOORDELING, ronde).get(0).id();
        // The app's own role may not change a receipt, nor switch the triggers off.
        assertThatThrownBy(() -> jdbc.sql("update beslissingsbewijs set gemeente = 'GM0000' where id = ?").param(bewijs).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied for table beslissingsbewijs");
        assertThatThrownBy(() -> jdbc.sql("delete from beslissingsbewijs where id = ?").param(bewijs).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied for table beslissingsbewijs");
        assertThatThrownBy(() -> jdbc.sql("alter table beslissingsbewijs disable trigger beslissingsbewijs_alleen_toevoegen").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner of table beslissingsbewijs");
        assertThatThrownBy(() -> jdbc.sql("update beoordeling set trede = 5 where ronde_id = ?").param(ronde).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied for table beoordeling");
        // Even a superuser meets the triggers, unless it switches them off first.
        JdbcClient beheerder = TestDatabase.alsBeheerder();
        assertThatThrownBy(() -> beheerder.sql("update beslissingsbewijs set gemeente = 'GM0000' where id = ?").param(bewijs).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("Een beslissingsbewijs is onveranderlijk: UPDATE");
        assertThatThrownBy(() -> beheerder.sql("delete from beoordeling where ronde_id = ?").param(ronde).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("In beoordeling wordt alleen toegevoegd: DELETE");
    }

    @Test
    void eenGewijzigdBewijsWordtDoorDeVerificatieGevonden() throws Exception {
        new Testcijfers(jdbc, "verificatie.csv").voegToe("GM0356", "2072-1", 12, 3, 0, 6, null, null);
        long ronde = beoordelingen.start(Periode.van("2072-1"), "Utrecht", "toezichthouder").id();
        Bewijs bewijs = bewijzen.vanOnderwerp(Bewijssoort.BEOORDELING, ronde).get(0);
        assertThat(verificatie.verifieer(false).intact()).isTrue();

        // Halfway up (R = 6 < ondergrens 12): trede 2. A superuser rewrites the receipt's outcome to trede 1.
        assertThat(bewijs.inhoud()).contains("\"trede\":2,");
        JdbcClient beheerder = TestDatabase.alsBeheerder();
        beheerder.sql("alter table beslissingsbewijs disable trigger beslissingsbewijs_alleen_toevoegen").update();
        try {
            beheerder.sql("update beslissingsbewijs set inhoud = replace(inhoud, '\"trede\":2,', '\"trede\":1,') where id = ?")
                    .param(bewijs.id()).update();
            mvc.perform(get("/api/v1/audit/verificatie").param("volledig", "true").with(httpBasic("auditor", "test")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.eersteBreuk.bewijs").value(bewijs.id()))
                    .andExpect(jsonPath("$.eersteBreuk.reden").value(containsString("(beoordeling " + ronde + ", GM0356)")))
                    .andExpect(jsonPath("$.eersteBreuk.reden").value(containsString("is na het vastleggen gewijzigd")));
        } finally {
            beheerder.sql("update beslissingsbewijs set inhoud = ? where id = ?").params(bewijs.inhoud(), bewijs.id()).update();
            beheerder.sql("alter table beslissingsbewijs enable trigger beslissingsbewijs_alleen_toevoegen").update();
        }
        // Put back: a full check holds, and leaves a checkpoint after the restored receipt for the quick checks to come.
        assertThat(controlepunten.legVast(true).controlepunt()).isNotNull();
    }

    @Test
    @Transactional
    void vergelijkingNoemtAndereCijfers() {
        // IJsselstein 2073-1: first R = 4 < T = 10: 1 -> 2; then the figures are imported again with R = 10: stays 1.
        new Testcijfers(jdbc, "eerst.csv").voegToe("GM0353", "2073-1", 10, 2, 0, 4, null, null);
        long a = beoordelingen.start(Periode.van("2073-1"), "Utrecht", "toezichthouder").id();
        new Testcijfers(jdbc, "later.csv").voegToe("GM0353", "2073-1", 10, 2, 0, 10, null, null);
        long b = beoordelingen.start(Periode.van("2073-1"), "Utrecht", "toezichthouder").id();

        Vergelijking.Gemeente ijsselstein = vergelijker.vergelijk(a, b).gemeenten().get(0);
        assertThat(ijsselstein.gewijzigd()).isTrue();
        assertThat(ijsselstein.a().trede()).isEqualTo(2);
        assertThat(ijsselstein.b().trede()).isEqualTo(1);
        assertThat(ijsselstein.verschillen()).containsExactly(
                new Vergelijking.Verschil(Vergelijking.Oorzaak.CIJFERS, "realisatie 4 -> 10"));
    }

    @Test
    @Transactional
    void vergelijkingNoemtAndereRegels() {
        new Testcijfers(jdbc, "regels.csv").voegToe("GM0352", "2074-1", 10, 0, 0, 4, null, null);
        long a = beoordelingen.start(Periode.van("2074-1"), "Utrecht", "toezichthouder").id();
        long b = beoordelingen.start(tweeTredenOmhoog(), Periode.van("2074-1"), "Utrecht", "toezichthouder").id();

        Vergelijking.Gemeente gemeente = vergelijker.vergelijk(a, b).gemeenten().get(0);
        assertThat(gemeente.a().trede()).isEqualTo(2);
        assertThat(gemeente.b().trede()).isEqualTo(3);
        assertThat(gemeente.verschillen()).containsExactly(
                new Vergelijking.Verschil(Vergelijking.Oorzaak.REGELS, "interventieladder/utrecht-2024/uitkomst.drl gewijzigd"));
    }

    @Test
    @Transactional
    void vergelijkingNoemtAndereParameters() throws Exception {
        // Vijfheerenlanden 2075-1 with V = 2 from the import: R < T: 2 -> 3. With hoogste_voorgestelde_trede 2 it stays on 2.
        new Testcijfers(jdbc, "parameters.csv").voegToe("GM1961", "2075-1", 10, 0, 0, 4, null, 2);
        long a = beoordelingen.start(Periode.van("2075-1"), "Utrecht", "toezichthouder").id();
        SortedMap<String, String> bestanden = regels();
        String parameters = bestanden.get("interventieladder/utrecht-2024/parameters/interventieladder.yaml");
        assertThat(parameters).contains("      waarde: 4\n");
        bestanden.put("interventieladder/utrecht-2024/parameters/interventieladder.yaml", parameters.replace("      waarde: 4\n", "      waarde: 2\n"));
        long b = beoordelingen.start(Testregels.compileer(bestanden), Periode.van("2075-1"), "Utrecht", "toezichthouder").id();

        Vergelijking vergelijking = vergelijker.vergelijk(a, b);
        Vergelijking.Gemeente gemeente = vergelijking.gemeenten().get(0);
        assertThat(gemeente.a().trede()).isEqualTo(3);
        assertThat(gemeente.b().trede()).isEqualTo(2);
        assertThat(gemeente.verschillen()).containsExactly(
                new Vergelijking.Verschil(Vergelijking.Oorzaak.PARAMETERS, "interventieladder/utrecht-2024/parameters/interventieladder.yaml gewijzigd"),
                new Vergelijking.Verschil(Vergelijking.Oorzaak.PARAMETERS, "hoogste_voorgestelde_trede 4 -> 2"));
        mvc.perform(get("/api/v1/beoordelingsrondes/" + a + "/vergelijk/" + b).with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gewijzigd").value(1))
                .andExpect(jsonPath("$.gemeenten[0].verschillen[0].oorzaak").value("PARAMETERS"));
    }

    @Test
    @Transactional
    void deUitlegLeestAlsEenBesluit() throws Exception {
        // Houten 2076-2: B = 20, T = 30: O = 50; G = 22 < 50: koppelingstekort, ondergrens min(30, 22) = 22;
        // R = 20 < 22: taakstelling niet behaald, trede 1 -> 2, achterstand 20 -> 30. 2077-1 then starts from 2.
        new Testcijfers(jdbc, "houten.csv").voegToe("GM0321", "2076-2", 30, 20, 0, 20, 22, null)
                .voegToe("GM0321", "2077-1", 10, 30, 0, 40, null, null);
        long ronde = beoordelingen.start(Periode.van("2076-2"), "Utrecht", "toezichthouder").id();
        long volgende = beoordelingen.start(Periode.van("2077-1"), "Utrecht", "toezichthouder").id();
        long id = beoordelingen.beoordelingen(ronde).get(0).id();
        long idVolgende = beoordelingen.beoordelingen(volgende).get(0).id();

        mvc.perform(get("/api/v1/beoordelingen/" + id + "/uitleg").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.voorgesteldeTrede").value(2))
                .andExpect(jsonPath("$.grondslag").value("KOPPELINGSTEKORT"))
                .andExpect(jsonPath("$.stappen[0].tekst").value("Totaalopgave 50 = stand begin 20 (achterstand 20) + "
                        + "taakstelling 30 + correcties 0; gerealiseerd 20, stand einde 30 (achterstand 30)."))
                .andExpect(jsonPath("$.stappen[1].tekst").value("Op 1 oktober 2076 had COA 22 vergunninghouders aan Houten "
                        + "gekoppeld, minder dan de totaalopgave van 50: Houten wordt beoordeeld op het koppelingstekort."))
                .andExpect(jsonPath("$.stappen[1].regel").value("Koppelingstekort"))
                .andExpect(jsonPath("$.stappen[1].grondslag").value(containsString("par. 3.1.1")))
                .andExpect(jsonPath("$.stappen[4].tekst").value("Getoetst aan de totaalopgave: gerealiseerd 20, minder dan de "
                        + "ondergrens 30 (totaalopgave 50): taakstelling niet behaald, achterstand 20 wordt achterstand 30; trede 1 -> 2."))
                .andExpect(jsonPath("$.stappen[5].tekst").value("Getoetst aan het koppelingstekort: gerealiseerd 20, minder dan de "
                        + "ondergrens 22 (totaalopgave 50): taakstelling niet behaald, achterstand 20 wordt achterstand 30; trede 1 -> 2."))
                .andExpect(jsonPath("$.stappen[5].getallen.trede").value(2))
                .andExpect(jsonPath("$.stappen[6].tekst").value("Beoordeeld op het koppelingstekort: trede 1 -> 2."));

        // 2077-1 starts from the proposal 2 of 2076-2, not vastgesteld, and says so first.
        // O = 30 + 10 = 40, R = 40: totaalopgave gerealiseerd, 2 -> 1. The chain: 2076-2 trede 2 -> 2077-1 trede 1.
        mvc.perform(get("/api/v1/beoordelingen/" + idVolgende + "/uitleg").with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$.stappen[0].tekst").value(containsString("vorige trede nog niet vastgesteld")))
                .andExpect(jsonPath("$.stappen[4].tekst").value("Getoetst aan de totaalopgave: gerealiseerd 40 van de "
                        + "totaalopgave 40: totaalopgave gerealiseerd; trede 2 -> 1."))
                .andExpect(jsonPath("$.geschiedenis[-2:].periode").value(contains("2076-2", "2077-1")))
                .andExpect(jsonPath("$.geschiedenis[-2:].voorgesteldeTrede").value(contains(2, 1)));
    }

    @Test
    @Transactional
    void deAuditorZoektDoorDeJarenEnExporteert() throws Exception {
        new Testcijfers(jdbc, "zoeken.csv").voegToe("GM0345", "2078-1", 10, 0, 0, 4, null, null)
                .voegToe("GM0345", "2078-2", 10, 6, 0, 16, null, null);
        beoordelingen.start(Periode.van("2078-1"), "Utrecht", "toezichthouder");
        beoordelingen.start(Periode.van("2078-2"), "Utrecht", "toezichthouder");
        mvc.perform(get("/api/v1/audit/beoordelingen").param("gemeente", "Veenendaal").param("trede", "2")
                        .with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.periode == '2078-1')].voorgesteldeTrede").value(2))
                .andExpect(jsonPath("$[?(@.periode == '2078-2')]").isEmpty());
        mvc.perform(get("/api/v1/audit/beoordelingen.csv").param("gemeente", "GM0345").param("periode", "2078-2")
                        .with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("GM0345,Veenendaal,2078-2,")))
                .andExpect(content().string(startsWith("gemeente,gemeente_naam,periode,ronde")));
    }

    @Test
    @Transactional
    void eenRondeZonderBewijzenValtNietTeHerhalen() throws Exception {
        mvc.perform(post("/api/v1/beoordelingsrondes/999999/herhaling").with(httpBasic("auditor", "test")))
                .andExpect(status().isNotFound());
    }

    @Test
    @Transactional
    void elkeBeoordelingKrijgtEenBewijsInDeKeten() {
        new Testcijfers(jdbc, "keten.csv").voegToe("GM0632", "2079-1", 5, 0, 0, 5, null, null)
                .voegToe("GM0589", "2079-1", 5, 0, 0, 0, null, null);
        long ronde = beoordelingen.start(Periode.van("2079-1"), "Utrecht", "toezichthouder").id();
        List<Bewijs> vanRonde = bewijzen.vanOnderwerp(Bewijssoort.BEOORDELING, ronde);
        assertThat(vanRonde).hasSize(2);
        assertThat(vanRonde.get(1).vorigeHash()).isEqualTo(vanRonde.get(0).hash());
        assertThat(vanRonde).allSatisfy(b -> assertThat(b.berekendeHash()).isEqualTo(b.hash()));
        // Facts are named by their stable @Feit name, not by a Java class that a refactoring could rename.
        assertThat(vanRonde.get(0).inhoud()).contains("\"drools\":\"10.2.0\"", "\"type\":\"HalfjaarCijfers\"",
                "\"type\":\"Parameter\"", "\"interventieladder/utrecht-2024/trede.drl\"", "\"grondslag\":")
                .doesNotContain("nl.trede.");
    }
}
