package nl.trede.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.beoordeling.BesluitService;
import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.TestDatabase;
import nl.trede.support.Testcijfers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an attacker with the database server's keys does, and how the audit finds it: a changed trede,
 * a changed receipt field, a removed newest receipt, a receipt removed before the last checkpoint, a
 * changed verdeling, a changed step of a decision. Each test restores what it broke: the tests share one database. Periods 2090-2093
 * belong to these tests.
 */
@ApplicatieMetDatabase
class AuditIntegriteitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    BeoordelingService beoordelingen;
    @Autowired
    Ketenverificatie verificatie;
    @Autowired
    Controlepunten controlepunten;
    @Autowired
    BewijsRepository bewijzen;
    @Autowired
    BesluitService besluiten;

    private final JdbcClient beheerder = TestDatabase.alsBeheerder();
    private final Aanval aanval = new Aanval(beheerder);

    @Test
    void eenGewijzigdeTredeWordtBijElkeControleGevonden() throws Exception {
        // Rhenen 2090-1: T = 10, R = 4 < 10: taakstelling niet behaald, 1 -> 2.
        new Testcijfers(jdbc, "rhenen.csv").voegToe("GM0340", "2090-1", 10, 0, 0, 4, null, null);
        long ronde = beoordelingen.start(Periode.van("2090-1"), "Utrecht", "toezichthouder").id();
        Beoordeling rhenen = beoordelingen.beoordelingen(ronde).get(0);
        assertThat(rhenen.voorgesteldeTrede()).isEqualTo(2);
        legControlepuntVast(false);

        aanval.zonderTriggers(List.of("beoordeling"), () ->
                beheerder.sql("update beoordeling set trede = 5 where id = ?").param(rhenen.id()).update());
        try {
            assertThat(beoordelingen.beoordeling(rhenen.id()).voorgesteldeTrede()).isEqualTo(5);
            // The quick check (from the last checkpoint) sees that a row written before it was rewritten, and
            // compares that row with its receipt.
            mvc.perform(get("/api/v1/audit/verificatie").with(httpBasic("auditor", "test")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.vanaf").isNotEmpty())
                    .andExpect(jsonPath("$.breuken[*].reden").value(org.hamcrest.Matchers.hasItem(
                            org.hamcrest.Matchers.startsWith("In beoordeling zijn sinds de controle van "))))
                    .andExpect(jsonPath("$.afwijkingen[?(@.id == " + rhenen.id() + ")].soort").value("GEWIJZIGD"));
            mvc.perform(get("/audit").with(user("auditor").roles("AUDITOR")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Beoordeling " + rhenen.id() + " (ronde " + ronde
                            + ", GM0340) wijkt af van wat beslissingsbewijs")));
        } finally {
            aanval.zonderTriggers(List.of("beoordeling"), () ->
                    beheerder.sql("update beoordeling set trede = 2 where id = ?").param(rhenen.id()).update());
        }
        // Put back, the row was still rewritten after the checkpoint: only a full check, which compares every
        // row with its receipt, finds it whole again; asked to, it then leaves a new checkpoint.
        assertThat(verificatie.verifieer(false).intact()).isFalse();
        assertThat(controlepunten.legVast(false).controlepunt()).isNull();
        legControlepuntVast(true);
        assertThat(verificatie.verifieer(false).intact()).isTrue();
    }

    @Test
    void deHashDektElkVeldVanHetBewijs() {
        new Testcijfers(jdbc, "veld.csv").voegToe("GM0345", "2090-2", 10, 0, 0, 10, null, null);
        long ronde = beoordelingen.start(Periode.van("2090-2"), "Utrecht", "toezichthouder").id();
        Bewijs bewijs = bewijzen.vanOnderwerp(Bewijssoort.BEOORDELING, ronde).get(0);
        // Moving the receipt to another gemeente leaves its document alone; the old hash (over the document only) missed it.
        aanval.zonderTriggers(List.of("beslissingsbewijs"), () ->
                beheerder.sql("update beslissingsbewijs set gemeente = 'GM0344' where id = ?")
                .param(bewijs.id()).update());
        try {
            Verificatie v = verificatie.verifieer(true);
            assertThat(v.intact()).isFalse();
            assertThat(v.eersteBreuk().bewijs()).isEqualTo(bewijs.id());
            assertThat(v.eersteBreuk().reden()).contains("past niet bij zijn eigen hash");
        } finally {
            aanval.zonderTriggers(List.of("beslissingsbewijs"), () ->
                    beheerder.sql("update beslissingsbewijs set gemeente = ? where id = ?")
                    .params(bewijs.gemeente(), bewijs.id()).update());
        }
        legControlepuntVast(true);
    }

    @Test
    void eenVerwijderdNieuwsteBewijsWordtTegenDeKopGevonden() throws Exception {
        new Testcijfers(jdbc, "kop.csv").voegToe("GM0352", "2091-1", 8, 0, 0, 8, null, null);
        beoordelingen.start(Periode.van("2091-1"), "Utrecht", "toezichthouder");
        Verificatie.Kop kop = legControlepuntVast(false).kop();
        mvc.perform(get("/api/v1/audit/verificatie").param("kop", kop.hash()).param("aantal", String.valueOf(kop.aantal()))
                        .with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.kop.hash").value(kop.hash()));

        aanval.verwijderEnHerstel("beslissingsbewijs", "id = " + kop.bewijs(), () -> {
            // Walked from the first receipt every link holds; the head the auditor noted shows the loss (as do
            // the checkpoints trede signed at that receipt).
            mvc.perform(get("/api/v1/audit/verificatie").param("volledig", "true").param("kop", kop.hash())
                            .param("aantal", String.valueOf(kop.aantal())).with(httpBasic("auditor", "test")))
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.kop.aantal").value(kop.aantal() - 1))
                    .andExpect(jsonPath("$.breuken[*].reden").value(org.hamcrest.Matchers.hasItem("De keten telt "
                            + (kop.aantal() - 1) + " bewijzen, de opgegeven kop noemt er " + kop.aantal()
                            + ": de laatste 1 zijn verwijderd.")));
            // The quick check starts from the checkpoint at that receipt, and finds it gone.
            mvc.perform(get("/api/v1/audit/verificatie").with(httpBasic("auditor", "test")))
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.eersteBreuk.reden").value(containsString("is verwijderd sinds die controle")));
        });
        assertThat(verificatie.verifieer(true, kop).intact()).isTrue();
        legControlepuntVast(true);
    }

    @Test
    void eenVerwijderdBewijsVoorHetControlepuntWordtGevonden() throws Exception {
        new Testcijfers(jdbc, "midden.csv").voegToe("GM0353", "2092-1", 8, 0, 0, 8, null, null)
                .voegToe("GM0355", "2092-1", 8, 0, 0, 2, null, null);
        long ronde = beoordelingen.start(Periode.van("2092-1"), "Utrecht", "toezichthouder").id();
        List<Bewijs> vanRonde = bewijzen.vanOnderwerp(Bewijssoort.BEOORDELING, ronde);
        Verificatie voor = legControlepuntVast(false);
        assertThat(voor.kop().bewijs()).isEqualTo(vanRonde.get(1).id());

        aanval.verwijderEnHerstel("beslissingsbewijs", "id = " + vanRonde.get(0).id(), () -> {
            Verificatie na = verificatie.verifieer(false);
            assertThat(na.intact()).isFalse();
            assertThat(na.eersteBreuk().reden()).contains("Tot en met bewijs " + vanRonde.get(1).id(), " bewijzen, nu ",
                    "er zijn bewijzen verwijderd of ingevoegd");
            assertThat(na.breuken()).extracting(Verificatie.Breuk::reden)
                    .anySatisfy(r -> assertThat(r).startsWith("In beslissingsbewijs zijn sinds de controle van "));
            // The full check compares every row with its receipts: it names the beoordeling that lost its receipt.
            assertThat(verificatie.verifieer(true).afwijkingen())
                    .contains(new Afwijking(Bewijssoort.BEOORDELING, vanRonde.get(0).beoordeling(), ronde, "GM0353", null,
                            Afwijking.Soort.ZONDER_BEWIJS));
        });
        legControlepuntVast(true);
    }

    @Test
    void eenGewijzigdeVerdelingWordtGevondenEnDeHerhalingGebruiktDeGemeentenVanToen() throws Exception {
        // Restopgave 60 regular over Dalfsen and Ommen, 100 indicatief each, nothing offered: 30% each, 30 and 30.
        String antwoord = mvc.perform(post("/api/v1/verdelingen").with(httpBasic("toezichthouder", "test"))
                        .contentType("application/json").content("""
                                {"provincie": "Overijssel", "naam": "Integriteit", "opgaveRegulier": 60, "opgaveAmv": 0,
                                 "gemeenten": [
                                   {"gemeente": "Dalfsen", "indicatiefRegulier": 100, "indicatiefAmv": 0},
                                   {"gemeente": "Ommen", "indicatiefRegulier": 100, "indicatiefAmv": 0}]}
                                """))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(antwoord).get("id").asLong();

        // A gemeentelijke herindeling renames Dalfsen: the request names "Dalfsen", yet the replay holds.
        beheerder.sql("update gemeente set naam = 'Dalfsen-Ommen' where code = 'GM0148'").update();
        try {
            mvc.perform(post("/api/v1/verdelingen/" + id + "/herhaling").with(httpBasic("auditor", "test")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.identiek").value(2));
        } finally {
            beheerder.sql("update gemeente set naam = 'Dalfsen' where code = 'GM0148'").update();
        }

        aanval.zonderTriggers(List.of("verdeling_gemeente"), () -> beheerder.sql(
                "update verdeling_gemeente set regulier = 45 where verdeling_id = ? and gemeente = 'GM0148'").param(id).update());
        try {
            assertThat(verificatie.verifieer(true).afwijkingen())
                    .anySatisfy(a -> {
                        assertThat(a.bewijssoort()).isEqualTo(Bewijssoort.VERDELING);
                        assertThat(a.id()).isEqualTo(id);
                        assertThat(a.omschrijving()).isEqualTo("Verdeling " + id + " wijkt af van wat beslissingsbewijs "
                                + a.bewijs() + " vastlegde: de rij is na het vastleggen gewijzigd.");
                    });
        } finally {
            aanval.zonderTriggers(List.of("verdeling_gemeente"), () -> beheerder.sql(
                    "update verdeling_gemeente set regulier = 30 where verdeling_id = ? and gemeente = 'GM0148'").param(id).update());
        }
        legControlepuntVast(true);
    }

    @Test
    void eenBeslissingHeeftEenBewijsEnEenGewijzigdeMotiveringWordtGenoemd() {
        // Woudenberg 2093-1: T = 10, R = 4: proposal 2; A deviates to 3, B fixes it.
        new Testcijfers(jdbc, "beslissing.csv").voegToe("GM0351", "2093-1", 10, 0, 0, 4, null, null);
        long ronde = beoordelingen.start(Periode.van("2093-1"), "Utrecht", "toezichthouder").id();
        long id = beoordelingen.beoordelingen(ronde).get(0).id();
        besluiten.beslis(id, 3, "ZWAARDERE_INTERVENTIE", "Geen plan van aanpak.", 0, "toezichthouder");
        Beoordeling vastgesteld = besluiten.stelVast(id, 1, "toezichthouder2");
        List<Bewijs> vanStappen = vastgesteld.besluit().stappen().stream()
                .map(s -> bewijzen.vanOnderwerp(Bewijssoort.BESLISSING, s.id()).get(0)).toList();
        assertThat(vanStappen).extracting(Bewijs::beoordeling).containsOnly(id);
        assertThat(vanStappen.get(0).inhoud()).contains("\"stap\":\"BESLOTEN\"", "\"motivering\":\"Geen plan van aanpak.\"");
        assertThat(vanStappen.get(1).inhoud()).contains("\"status\":\"VASTGESTELD\"", "\"vastgesteldeTrede\":3");
        assertThat(verificatie.verifieer(false).intact()).isTrue();

        long besloten = vastgesteld.besluit().stappen().get(0).id();
        aanval.zonderTriggers(List.of("beslissing"), () -> beheerder.sql("update beslissing set motivering = 'Anders.' where id = ?")
                .param(besloten).update());
        try {
            assertThat(verificatie.verifieer(false).afwijkingen()).contains(new Afwijking(Bewijssoort.BESLISSING, besloten, id,
                    null, vanStappen.get(0).id(), Afwijking.Soort.GEWIJZIGD));
        } finally {
            aanval.zonderTriggers(List.of("beslissing"), () ->
                    beheerder.sql("update beslissing set motivering = 'Geen plan van aanpak.' where id = ?")
                    .param(besloten).update());
        }
        legControlepuntVast(true);
    }

    /**
     * A check that holds and leaves a signed checkpoint, as an auditor asks for one; tests that broke and restored
     * rows end with a full one, so the next quick check starts after the restored rows.
     */
    private Verificatie legControlepuntVast(boolean volledig) {
        Controlepunten.Vastlegging vastlegging = controlepunten.legVast(volledig);
        assertThat(vastlegging.verificatie().breuken()).isEmpty();
        assertThat(vastlegging.verificatie().afwijkingen()).isEmpty();
        assertThat(vastlegging.controlepunt()).as(vastlegging.melding()).isNotNull();
        return vastlegging.verificatie();
    }
}
