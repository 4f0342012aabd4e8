package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.trede.support.TestDatabase;
import nl.trede.support.Apiclient;
import nl.trede.support.TestDatabaseInitializer;
import nl.trede.support.Testcijfers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every attack that got through the in-process checker or ran away in the server (issue 19), tried again over HTTP as
 * user {@code beleid} through the activation alone. The attack texts are in {@code src/test/resources/aanval/}, each
 * with a note of what it tries. Each must be refused in Dutch, naming file and line; and afterwards: no code of it ran
 * (its marker file is absent), the answer came within the budget plus two seconds, the app's process tree is idle
 * again (a runaway worker was killed, not left burning), the rules in use are unchanged and the app answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class WerkeraanvalTest {

    private static final Kandidaatmap KANDIDAAT = Kandidaatmap.kopie();
    /** The time budget of a session here: short, so that the runaways cost the test run little. */
    private static final Duration BUDGET = Duration.ofSeconds(3);
    private static final String STANDAARD = "interventieladder/standaard";

    @DynamicPropertySource
    static void regels(DynamicPropertyRegistry properties) {
        properties.add("trede.regels.map", () -> KANDIDAAT.map().toString());
        properties.add("trede.regels.budget.tijd", () -> BUDGET.toMillis() + "ms");
    }

    @LocalServerPort
    int poort;
    @Autowired
    RegelsetService regelsets;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Autowired
    Werkerpool werkers;

    /**
     * Back to the shipped rules, with a proof worker ready (it compiles a rule of its own): the attack is measured, not
     * the start of a worker after the one the previous attack ended.
     */
    @BeforeEach
    void herstel() {
        KANDIDAAT.herstel();
        java.util.SortedMap<String, String> proef = new java.util.TreeMap<>();
        proef.put("proef/proef.drl", "package proef;\n");
        assertThat(werkers.compileer(true, "proef", proef).fouten()).isEmpty();
    }

    /** The unicode escape inside a string of an action, of an eval and of a constraint, and as a line end in a comment. */
    @ParameterizedTest
    @CsvSource({"unicode-tekst.drl, \\u0022", "unicode-eval.drl, \\u0022", "unicode-voorwaarde.drl, \\u0022",
            "unicode-commentaar.drl, \\u000a"})
    void eenUnicodeEscapeWordtGeweigerdVoordatEenLezerHaarLeest(String aanval, String escape, @TempDir Path map) {
        Path bewijs = schrijfAanval(aanval, map);

        assertThat(geweigerd(bewijs)).anySatisfy(f -> assertThat(f).startsWith(STANDAARD + "/aanval.drl:" + regelVan(escape) + ":")
                .contains("een unicode-escape (\\u...) is in een regelbestand niet toegestaan"));
    }

    @Test
    void eenKetenVanVermenigvuldigingenLooptTegenHetBudget(@TempDir Path map) {
        Path bewijs = schrijfAanval("kwadraat.drl", map);

        assertThat(geweigerd(bewijs)).anySatisfy(f -> assertThat(f)
                .startsWith(STANDAARD + "/aanval.drl:" + regelVan("rule \"Steeds het kwadraat\"") + ": De regels zijn gestopt: zij waren na "
                        + BUDGET.toSeconds() + " seconden niet klaar")
                .contains("De actie van 'Steeds het kwadraat' (interventieladder) liep nog na ")
                .endsWith("De regelset is daarom niet in gebruik genomen."));
    }

    @Test
    void eenTekstDieSteedsVerdubbeltLooptTegenHetGeheugen(@TempDir Path map) {
        Path bewijs = schrijfAanval("verdubbelen.drl", map);

        assertThat(geweigerd(bewijs)).anySatisfy(f -> assertThat(f)
                .startsWith(STANDAARD + "/aanval.drl:" + regelVan("rule \"Tekst verdubbelen\"") + ": De regels zijn gestopt: zij "
                        + "gebruikten meer geheugen dan de werker heeft")
                .contains("'Tekst verdubbelen'"));
    }

    @Test
    void eenSjabloonDatLijstenInLijstenHerhaaltWordtBijHetValiderenGeweigerd(@TempDir Path map) {
        KANDIDAAT.schrijf("brieven/toezichtbrief.html", aanval("genest-sjabloon.html"));

        assertThat(geweigerd(map.resolve("geen-bewijs"), "brieven")).anySatisfy(f -> assertThat(f)
                .startsWith("brieven/toezichtbrief.html:")
                .contains("Het sjabloon maakt meer dan 5.000.000 tekens HTML; de opmaak is gestopt"));
    }

    @Test
    void eenVerborgenTakMetEenTredeBuitenDeLadderWordtGevonden(@TempDir Path map) {
        String pad = STANDAARD + "/trede.drl";
        String tak = aanval("verborgen-tak.txt").lines().filter(r -> !r.startsWith("#")).map(r -> r + "\n")
                .collect(java.util.stream.Collectors.joining());
        KANDIDAAT.vervang(pad, "    boolean gunstig = $u.trede() < $t.trede();", tak + "    boolean gunstig = $u.trede() < $t.trede();");
        KANDIDAAT.vervang(pad, "insert(new TredeVoorstel($g, $u.trede(),", "insert(new TredeVoorstel($g, verborgen,");
        int regel = KANDIDAAT.regelVan(pad, "rule \"Voorgestelde trede\"");

        // The generated figures of the validation include every number the rules name: 4242 among them.
        assertThat(geweigerd(map.resolve("geen-bewijs"))).anySatisfy(f -> assertThat(f)
                .contains("Onvolledig: periode ")
                .contains("De regel 'Voorgestelde trede' (" + pad + ":" + regel + ") gaf ")
                .contains(" trede 9; de ladder van dit kader heeft de treden 1 tot en met 5."));
    }

    @Test
    void eenScenarioDatNietTeLezenIsIsEenFoutOpZijnRegel(@TempDir Path map) {
        String pad = STANDAARD + "/scenarios/kapot.yaml";
        KANDIDAAT.schrijf(pad, aanval("scenario-kapot.yaml"));
        int regel = KANDIDAAT.regelVan(pad, "naam: [Assen]");

        assertThat(geweigerd(map.resolve("geen-bewijs"))).anySatisfy(f -> assertThat(f).startsWith(pad + ":" + regel + ":")
                .contains("naam"));
    }

    @Test
    void eenBewaardRegelbestandDatIsGewijzigdWordtNietGebruikt() throws Exception {
        // A version that ran a ronde and is no longer in use: its files come from the database when it is replayed.
        KANDIDAAT.vervang(STANDAARD + "/scenarios/koppeling-onbekend.yaml", "# Regel \"Koppeling onbekend\"",
                "# Regel \"Koppeling onbekend\" (in een versie voor de herhaling)");
        assertThat(post("/api/v1/regelsets/activeer", "{\"reden\": \"test: een oude versie\"}", "beleid").statusCode()).isEqualTo(200);
        String oud = regelsets.actief(STANDAARD).versie();
        new Testcijfers(jdbc, "herhaling-2016.csv").voegToe("GM1680", "2016-1", 20, 0, 0, 5, null, null);
        HttpResponse<String> ronde = post("/api/v1/beoordelingsrondes", "{\"periode\": \"2016-1\", \"provincie\": \"Drenthe\"}",
                "toezichthouder");
        assertThat(ronde.statusCode()).as(ronde.body()).isEqualTo(201);
        long id = json.readTree(ronde.body()).path("id").asLong();
        KANDIDAAT.herstel();
        assertThat(post("/api/v1/regelsets/activeer", "{\"reden\": \"test: terug\"}", "beleid").statusCode()).isEqualTo(200);
        assertThat(regelsets.actief(STANDAARD).versie()).isNotEqualTo(oud);

        // Changed in the database as its owner could, under the triggers that forbid it.
        TestDatabase.Verbinding db = TestDatabase.verbinding();
        try (Connection beheer = DriverManager.getConnection(db.url(), db.beheerder(), db.beheerderWachtwoord())) {
            beheer.createStatement().execute("set session_replication_role = replica");
            assertThat(beheer.createStatement().executeUpdate("update regelset_bestand set inhoud = replace(inhoud, "
                    + "'rule \"Voorgestelde trede\"', 'rule \"Voorgestelde trede, gewijzigd\"') where versie = '" + oud + "' and pad = '"
                    + STANDAARD + "/trede.drl'")).isEqualTo(1);
        }
        HttpResponse<String> herhaling = post("/api/v1/beoordelingsrondes/" + id + "/herhaling", "", "auditor");

        assertThat(herhaling.statusCode()).as(herhaling.body()).isEqualTo(409);
        assertThat(json.readTree(herhaling.body()).path("detail").asString())
                .contains("De bewaarde regelsetversie " + oud.substring(0, 12) + " is na het bewaren gewijzigd en wordt niet gebruikt")
                .contains(STANDAARD + "/trede.drl: de inhoud in de database klopt niet met de sha256");
        assertThat(gezondheid()).isEqualTo(200);
    }

    /** Writes an attack as a DRL file of the standaard kader, its marker file in {@code map}; returns the marker. */
    private static Path schrijfAanval(String bestand, Path map) {
        Path bewijs = map.resolve("uitgevoerd");
        KANDIDAAT.schrijf(STANDAARD + "/aanval.drl", aanval(bestand).replace("BEWIJS", bewijs.toString()));
        return bewijs;
    }

    private static int regelVan(String tekst) {
        return KANDIDAAT.regelVan(STANDAARD + "/aanval.drl", tekst);
    }

    static String aanval(String bestand) {
        try (InputStream in = WerkeraanvalTest.class.getResourceAsStream("/aanval/" + bestand)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> geweigerd(Path bewijs) {
        return geweigerd(bewijs, STANDAARD);
    }

    /**
     * Activates the candidate over HTTP and checks what every refusal must leave behind; returns each problem as
     * {@code plek: melding}.
     */
    private List<String> geweigerd(Path bewijs, String domein) {
        String actief = regelsets.actief(domein).versie();

        long begin = System.nanoTime();
        HttpResponse<String> antwoord = post("/api/v1/regelsets/activeer", "{\"reden\": \"test: een aanval\"}", "beleid");
        Duration duur = Duration.ofNanos(System.nanoTime() - begin);

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(422);
        assertThat(duur).as("de weigering").isLessThan(BUDGET.plusSeconds(2));
        assertThat(bewijs).as("geen code van de aanval liep").doesNotExist();
        assertThat(cpuVanDeWerkers()).as("de werkers rusten een seconde na de weigering").isLessThan(Duration.ofMillis(150));
        assertThat(regelsets.actief(domein).versie()).isEqualTo(actief);
        assertThat(jdbc.sql("select door || ' ' || geldig || ' ' || reden from regelset_activatie order by id desc limit 1")
                .query(String.class).single()).startsWith("beleid false test: een aanval");
        assertThat(gezondheid()).isEqualTo(200);
        List<String> fouten = new ArrayList<>();
        for (JsonNode f : json.readTree(antwoord.body()).path("fouten")) {
            fouten.add(f.path("kolom").asString() + ": " + f.path("melding").asString());
        }
        return fouten;
    }

    /** The processor time this JVM's worker processes use in the half second after the first second after the refusal. */
    private static Duration cpuVanDeWerkers() {
        try {
            Thread.sleep(1000);
            long voor = cpu();
            Thread.sleep(500);
            return Duration.ofMillis(Math.max(0, cpu() - voor));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static long cpu() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("nl.trede.regels.werker.Werker")).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L)).sum();
    }

    private int gezondheid() {
        return new Apiclient(poort).gezondheid();
    }

    private HttpResponse<String> post(String pad, String lichaam, String gebruiker) {
        return new Apiclient(poort).post(pad, lichaam, gebruiker);
    }
}
