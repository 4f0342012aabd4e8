package nl.trede.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.beoordeling.BesluitService;
import nl.trede.kern.Periode;
import nl.trede.kern.Sha256;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.TestDatabase;
import nl.trede.support.Testcijfers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attacks of issue 20 on the packaged app, played by the owner of the tables ({@code trede_eigenaar}), who can
 * switch every trigger off but cannot read trede's key: a vastgestelde trede rewritten with its receipt, its hash and
 * the checkpoints over it; a checkpoint's transaction moved to hide a plain row edit; checkpoints removed; a forged
 * head. And that reading the audit writes nothing. Each test restores what it broke (the tests share one database)
 * and ends with a full check that leaves a checkpoint. Periods 2094 and 2095 belong to these tests.
 */
@ApplicatieMetDatabase
class OndertekendeControlepuntenTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    BeoordelingService beoordelingen;
    @Autowired
    BesluitService besluiten;
    @Autowired
    Ketenverificatie verificatie;
    @Autowired
    Controlepunten controlepunten;
    @Autowired
    BewijsRepository bewijzen;

    private final JdbcClient eigenaar = TestDatabase.alsEigenaar();
    private final JdbcClient beheerder = TestDatabase.alsBeheerder();
    private final Aanval aanval = new Aanval(eigenaar);

    /** A vastgesteld besluit (trede 3, deviating from the proposal 2), then a checkpoint of a quick check after it. */
    private record Vastgesteld(Beoordeling beoordeling, Bewijs bewijs, Controlepunt vanBewijs, OndertekendeKop controle) {
    }

    private Vastgesteld vastgesteld(String gemeente, String periode) {
        // T = 10, R = 4 < 10: taakstelling niet behaald, the rules propose 1 -> 2; A decides 3, B fixes it.
        new Testcijfers(jdbc, "controlepunt-" + periode + ".csv").voegToe(gemeente, periode, 10, 0, 0, 4, null, null);
        long ronde = beoordelingen.start(Periode.van(periode), "Utrecht", "toezichthouder").id();
        long id = beoordelingen.beoordelingen(ronde).get(0).id();
        besluiten.beslis(id, 3, "ZWAARDERE_INTERVENTIE", "Geen plan van aanpak.", 0, "toezichthouder");
        Beoordeling b = besluiten.stelVast(id, 1, "toezichthouder2");
        assertThat(b.voorgesteldeTrede()).isEqualTo(2);
        assertThat(b.besluit().vastgesteldeTrede()).isEqualTo(3);
        long stap = b.besluit().stappen().get(b.besluit().stappen().size() - 1).id();
        Bewijs bewijs = bewijzen.vanOnderwerp(Bewijssoort.BESLISSING, stap).get(0);
        // The vaststelling wrote the newest receipt, and trede signed it as the head in the same transaction.
        Controlepunt vanBewijs = bewijzen.nieuwsteControlepunt().orElseThrow();
        assertThat(vanBewijs.kopHash()).isEqualTo(bewijs.hash());
        assertThat(vanBewijs.grond()).isEqualTo(Controlepunt.Grond.BEWIJZEN);
        Controlepunten.Vastlegging controle = controlepunten.legVast(false);
        assertThat(controle.controlepunt()).as(controle.melding()).isNotNull();
        assertThat(controle.controlepunt().volgnummer()).isEqualTo(vanBewijs.volgnummer() + 1);
        return new Vastgesteld(b, bewijs, vanBewijs, controle.controlepunt());
    }

    @Test
    void eenConsistentHerschrevenTredeMetBewijsHashEnControlepuntenVindtDeGewoneControle() throws Exception {
        Vastgesteld v = vastgesteld("GM0340", "2094-1");
        long stap = v.bewijs().onderwerp();
        String vervalst = v.bewijs().inhoud().replace("\"vastgesteldeTrede\":3", "\"vastgesteldeTrede\":1")
                .replace("\"trede\":3", "\"trede\":1");
        assertThat(vervalst).isNotEqualTo(v.bewijs().inhoud());

        // As the owner: the step's trede, the receipt with a fingerprint and hash that fit it, and the checkpoints moved to
        // the new hash. Everything the verification compares fits together again; only the signatures cannot.
        aanval.zonderTriggers(List.of("beslissing", "beslissingsbewijs", "controlepunt"), () -> {
            eigenaar.sql("update beslissing set trede = 1 where id = ?").param(stap).update();
            String afdruk = eigenaar.sql("select vingerafdruk from beslissing_vingerafdruk where id = ?").param(stap)
                    .query(String.class).single();
            String hash = metInhoud(v.bewijs(), afdruk, vervalst).berekendeHash();
            eigenaar.sql("update beslissingsbewijs set inhoud = ?, vingerafdruk = ?, hash = ? where id = ?")
                    .params(vervalst, afdruk, hash, v.bewijs().id()).update();
            eigenaar.sql("update controlepunt set kop_hash = ? where kop_hash = ?").params(hash, v.bewijs().hash()).update();
        });
        try {
            assertThat(beoordelingen.beoordeling(v.beoordeling().id()).besluit().vastgesteldeTrede()).isEqualTo(1);
            mvc.perform(get("/api/v1/audit/verificatie").with(httpBasic("auditor", "test")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    // The rows fit their receipts and the links of the chain hold: what the owner rewrote is consistent.
                    .andExpect(jsonPath("$.afwijkingen").isEmpty())
                    .andExpect(jsonPath("$.breuken[*].reden").value(hasItem("De handtekening van " + naam(v.controle())
                            + " klopt niet: het is na het ondertekenen gewijzigd, of niet door trede gemaakt.")))
                    .andExpect(jsonPath("$.breuken[*].reden").value(hasItem("De handtekening van " + Puntenketen.naam(v.vanBewijs())
                            + " klopt niet: het is na het ondertekenen gewijzigd, of niet door trede gemaakt.")))
                    .andExpect(jsonPath("$.breuken[*].reden").value(hasItem(startsWith("In de database staat een ander controlepunt "
                            + v.controle().volgnummer() + " dan wat trede op "))));
            // Nor does a full check, and it signs nothing over what it found broken.
            long punten = aantalControlepunten();
            Controlepunten.Vastlegging volledig = controlepunten.legVast(true);
            assertThat(volledig.verificatie().intact()).isFalse();
            assertThat(volledig.controlepunt()).isNull();
            assertThat(aantalControlepunten()).isEqualTo(punten);
        } finally {
            aanval.zonderTriggers(List.of("beslissing", "beslissingsbewijs", "controlepunt"), () -> {
                eigenaar.sql("update beslissing set trede = 3 where id = ?").param(stap).update();
                eigenaar.sql("update controlepunt set kop_hash = ? where tot_bewijs = ?").params(v.bewijs().hash(), v.bewijs().id())
                        .update();
                eigenaar.sql("update beslissingsbewijs set inhoud = ?, vingerafdruk = ?, hash = ? where id = ?")
                        .params(v.bewijs().inhoud(), v.bewijs().vingerafdruk(), v.bewijs().hash(), v.bewijs().id()).update();
            });
        }
        legVolledigVast();
    }

    @Test
    void eenVerschovenTransactieVanHetControlepuntVerbergtGeenGewijzigdeRij() {
        Vastgesteld v = vastgesteld("GM0345", "2094-2");
        long id = v.beoordeling().id();
        long xid = bewijzen.controlepunt(v.controle().volgnummer()).orElseThrow().rijstaat().xid();
        // A plain edit of the row users see, then the checkpoint's transaction moved past it: unsigned, the edited row
        // then counted as checked before, and the quick check never compared it with its receipt.
        aanval.zonderTriggers(List.of("beoordeling", "controlepunt"), () -> {
            eigenaar.sql("update beoordeling set trede = 5 where id = ?").param(id).update();
            eigenaar.sql("update controlepunt set xid = pg_current_xact_id()::text::bigint + 1 where volgnummer = ?")
                    .param(v.controle().volgnummer()).update();
        });
        try {
            Verificatie na = verificatie.verifieer(false);
            assertThat(na.intact()).isFalse();
            assertThat(na.breuken()).extracting(Verificatie.Breuk::reden).contains("De handtekening van " + naam(v.controle())
                    + " klopt niet: het is na het ondertekenen gewijzigd, of niet door trede gemaakt.");
            // Not vouched for, the checkpoint is no starting point: the check compares every row, and names the edited one.
            assertThat(na.vanaf()).isNull();
            assertThat(na.afwijkingen()).contains(new Afwijking(Bewijssoort.BEOORDELING, id, v.beoordeling().rondeId(), "GM0345",
                    bewijzen.vanBeoordeling(id).orElseThrow().id(), Afwijking.Soort.GEWIJZIGD));
        } finally {
            aanval.zonderTriggers(List.of("beoordeling", "controlepunt"), () -> {
                eigenaar.sql("update beoordeling set trede = 2 where id = ?").param(id).update();
                eigenaar.sql("update controlepunt set xid = ? where volgnummer = ?").params(xid, v.controle().volgnummer()).update();
            });
        }
        legVolledigVast();
    }

    @Test
    void eenVerwijderdControlepuntWordtGevonden() throws Exception {
        Vastgesteld v = vastgesteld("GM0351", "2095-1");
        long nieuwste = v.controle().volgnummer();
        long aantal = v.controle().aantal();

        // The newest two removed, the vaststelling's and the check's: in the database the chain of checkpoints still
        // looks whole, but trede's own record outside it names the newest, and the vaststelling's receipt is now a
        // receipt no signed head covers.
        aanval.verwijderEnHerstel("controlepunt", "volgnummer >= " + (nieuwste - 1), () -> mvc.perform(get("/api/v1/audit/verificatie")
                        .with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.breuken[*].reden").value(hasItem(startsWith("Het nieuwste controlepunt " + nieuwste
                        + ", dat trede op "))))
                .andExpect(jsonPath("$.breuken[*].reden").value(hasItem(startsWith("De keten telt " + aantal + " bewijzen, maar de "
                        + "nieuwste kop die trede ondertekende (controlepunt " + (nieuwste - 2) + " van ")))));

        // One in the middle removed, the vaststelling's: the quick check starts after it and sees a row gone from before
        // its start; the full check names the gap.
        aanval.verwijderEnHerstel("controlepunt", "volgnummer = " + (nieuwste - 1), () -> {
            Verificatie snel = verificatie.verifieer(false);
            assertThat(snel.intact()).isFalse();
            assertThat(snel.vanaf().volgnummer()).isEqualTo(nieuwste);
            assertThat(snel.breuken()).extracting(Verificatie.Breuk::reden)
                    .anySatisfy(r -> assertThat(r).startsWith("In controlepunt zijn sinds de controle van ")
                            .contains(" rijen gewijzigd of verwijderd"));
            assertThat(verificatie.verifieer(true).breuken()).extracting(Verificatie.Breuk::reden)
                    .contains("Na " + naam(bewijzen.controlepunt(nieuwste - 2).orElseThrow()) + " komt " + naam(v.controle())
                            + ": controlepunt " + (nieuwste - 1) + " is verwijderd.");
        });
        legVolledigVast();
    }

    @Test
    void eenGetVanDeVerificatieLaatDeDatabaseOngewijzigd() throws Exception {
        Vastgesteld v = vastgesteld("GM0352", "2095-2");
        // Receipts written after the last checkpoint of a check: the old quick check would have left a new one here.
        beoordelingen.start(Periode.van("2095-2"), "Utrecht", "toezichthouder");
        Map<String, String> voor = staat();
        Path register = TestDatabase.verbinding().auditmap().resolve(Kopregister.BESTAND);
        byte[] registerVoor = Files.readAllBytes(register);

        String snel = mvc.perform(get("/api/v1/audit/verificatie").with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$.intact").value(true)).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(snel).get("gecontroleerd").asLong()).isPositive();
        mvc.perform(get("/api/v1/audit/verificatie").param("volledig", "true").with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$.intact").value(true));
        mvc.perform(get("/api/v1/audit/verificatie").param("kop", v.controle().parameter()).with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$.intact").value(true));
        mvc.perform(get("/audit").with(user("auditor").roles("AUDITOR"))).andExpect(status().isOk());
        mvc.perform(get("/audit").param("volledig", "true").with(user("auditor").roles("AUDITOR"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/kop").with(httpBasic("auditor", "test"))).andExpect(status().isOk());

        assertThat(staat()).isEqualTo(voor);
        assertThat(Files.readAllBytes(register)).isEqualTo(registerVoor);
        legVolledigVast();
    }

    @Test
    void eenOndertekendeKopIsMetDePubliekeSleutelTeControlerenEnEenVervalsteWordtGeweigerd() throws Exception {
        vastgesteld("GM0353", "2095-1");
        JsonNode kop = json.readTree(mvc.perform(get("/api/v1/audit/kop").with(httpBasic("toezichthouder", "test")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String tekst = kop.get("tekst").asString();
        String pem = mvc.perform(get("/api/v1/audit/sleutel.pem").with(httpBasic("beleid", "test")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        // What openssl pkeyutl -verify does, and the fingerprint as openssl pkey -outform DER | sha256sum gives it.
        assertThat(ed25519(der, tekst, kop.get("handtekening").asString())).isTrue();
        assertThat(kop.get("sleutel").asString()).isEqualTo(Sha256.hex(der));
        assertThat(tekst).contains("\nsleutel: " + Sha256.hex(der) + "\n", "\ngrond: controle\n");

        mvc.perform(get("/api/v1/audit/verificatie").param("kop", kop.get("parameter").asString()).with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$.intact").value(true));
        // The head kept before holds after trede wrote on: the chain still passes through it.
        beoordelingen.start(Periode.van("2095-1"), "Utrecht", "toezichthouder");
        mvc.perform(get("/api/v1/audit/verificatie").param("kop", kop.get("parameter").asString()).with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$.intact").value(true));

        // One more receipt claimed, under the real signature.
        long aantal = kop.get("aantal").asLong();
        String meer = tekst.replace("\naantal: " + aantal + "\n", "\naantal: " + (aantal + 1) + "\n");
        mvc.perform(get("/api/v1/audit/verificatie").param("kop", parameter(meer, Base64.getDecoder().decode(kop.get("handtekening")
                        .asString()))).with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.breuken[0].reden").value("De handtekening van de opgegeven kop klopt niet: de kop is "
                        + "gewijzigd, of niet door trede ondertekend. Er is niets mee vergeleken."));
        // Signed by whoever made a key of his own.
        KeyPair ander = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String vreemd = tekst.replace(Sha256.hex(der), Sha256.hex(ander.getPublic().getEncoded()));
        Signature zet = Signature.getInstance("Ed25519");
        zet.initSign(ander.getPrivate());
        zet.update(vreemd.getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/api/v1/audit/verificatie").param("kop", parameter(vreemd, zet.sign())).with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.breuken[0].reden").value(startsWith("De opgegeven kop is ondertekend met een andere sleutel")));

        // An auditor asks for a checkpoint; it continues the numbers.
        long volgende = json.readTree(mvc.perform(get("/api/v1/audit/kop").with(httpBasic("auditor", "test")))
                .andReturn().getResponse().getContentAsString()).get("volgnummer").asLong() + 1;
        mvc.perform(post("/api/v1/audit/controlepunt").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.controlepunt.volgnummer").value(volgende))
                .andExpect(jsonPath("$.melding").value("Controlepunt " + volgende + " is vastgelegd en ondertekend."));
    }

    @Test
    void deDatabaserollenKunnenDeSleutelNietLezen() throws Exception {
        Path sleutel = TestDatabase.verbinding().auditmap().resolve("ondertekening.pem").toAbsolutePath();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sleutel))).isEqualTo("rw-------");
        for (JdbcClient rol : List.of(eigenaar, jdbc)) {
            assertThatThrownBy(() -> rol.sql("select pg_read_file(?)").param(sleutel.toString()).query(String.class).single())
                    .isInstanceOf(DataAccessException.class).rootCause()
                    .hasMessageContaining("permission denied for function pg_read_file");
        }
    }

    private static String naam(OndertekendeKop kop) {
        return "controlepunt " + kop.volgnummer() + " van " + nl.trede.systeem.Tijdstip.tekst(kop.op());
    }

    private static String naam(Controlepunt punt) {
        return Puntenketen.naam(punt);
    }

    private static Bewijs metInhoud(Bewijs b, String vingerafdruk, String inhoud) {
        return new Bewijs(b.id(), b.soort(), b.onderwerp(), b.beoordeling(), b.gemeente(), b.periode(), b.regelsetVersie(),
                b.vastgelegdOp(), vingerafdruk, b.vorigeHash(), inhoud, b.hashvorm(), null);
    }

    private static boolean ed25519(byte[] der, String tekst, String handtekening) throws Exception {
        Signature controle = Signature.getInstance("Ed25519");
        controle.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
        controle.update(tekst.getBytes(StandardCharsets.UTF_8));
        return controle.verify(Base64.getDecoder().decode(handtekening));
    }

    private static String parameter(String tekst, byte[] handtekening) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString(tekst.getBytes(StandardCharsets.UTF_8)) + "." + url.encodeToString(handtekening);
    }

    private long aantalControlepunten() {
        return beheerder.sql("select count(*) from controlepunt").query(Long.class).single();
    }

    /** Every table of the schema: its number of rows and a hash over all of them. */
    private Map<String, String> staat() {
        Map<String, String> staat = new LinkedHashMap<>();
        List<String> tabellen = beheerder.sql("select tablename from pg_tables where schemaname = 'public' order by 1")
                .query(String.class).list();
        for (String tabel : tabellen) {
            staat.put(tabel, beheerder.sql("select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') "
                    + "from " + tabel + " t").query(String.class).single());
        }
        return staat;
    }

    private void legVolledigVast() {
        Controlepunten.Vastlegging vastlegging = controlepunten.legVast(true);
        assertThat(vastlegging.verificatie().breuken()).isEmpty();
        assertThat(vastlegging.verificatie().afwijkingen()).isEmpty();
        assertThat(vastlegging.controlepunt()).as(vastlegging.melding()).isNotNull();
    }
}
