package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.kern.Periode;
import nl.trede.support.Apiclient;
import nl.trede.support.TestDatabaseInitializer;
import nl.trede.support.Testcijfers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rule is code a person outside the development team writes: every attack that broke the
 * packaged jar, tried again over HTTP on a real port. Each candidate is written to a temporary copy
 * of {@code rules/} (the app's {@code trede.regels.map}); each must be refused in Dutch with file and
 * line, recorded as a refused activation, leave the active rule set (in memory and in the database)
 * as it was, and leave the app answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class RegelaanvalTest {

    private static final Kandidaatmap KANDIDAAT = Kandidaatmap.kopie();

    @DynamicPropertySource
    static void regels(DynamicPropertyRegistry properties) {
        properties.add("trede.regels.map", () -> KANDIDAAT.map().toString());
    }

    @LocalServerPort
    int poort;
    @Autowired
    RegelsetService regelsets;
    @Autowired
    BeoordelingService beoordelingen;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @BeforeEach
    void herstel() {
        KANDIDAAT.herstel();
    }

    @Test
    void eenRegelDieSteedsFeitenInvoegtWordtGestoptEnGeweigerd() {
        KANDIDAAT.schrijf("interventieladder/standaard/kringloop.drl", RegelbudgetTest.WEGLOPER);
        int regel = KANDIDAAT.regelVan("interventieladder/standaard/kringloop.drl", "rule \"Steeds weer een signaal\"");

        assertThat(geweigerd()).anySatisfy(f -> assertThat(f)
                .startsWith("interventieladder/standaard/kringloop.drl:" + regel + ": De regels zijn gestopt: zij vuurden meer dan")
                .contains("Het vaakst vuurden: 'Steeds weer een signaal' (interventieladder, ")
                .contains("niet in gebruik genomen"));
    }

    @Test
    void deAppBlijftAntwoordenTerwijlEenWeglopendeRegelsetWordtGeweigerd() throws Exception {
        KANDIDAAT.schrijf("interventieladder/standaard/kringloop.drl", RegelbudgetTest.WEGLOPER);
        List<Integer> tijdensActiveren = new CopyOnWriteArrayList<>();
        AtomicBoolean bezig = new AtomicBoolean();
        AtomicBoolean klaar = new AtomicBoolean();
        CountDownLatch eersteAntwoord = new CountDownLatch(1);
        Thread peiler = new Thread(() -> {
            while (!klaar.get()) {
                boolean wasBezig = bezig.get();
                int status = gezondheid();
                eersteAntwoord.countDown();
                if (wasBezig && !klaar.get()) {
                    tijdensActiveren.add(status);
                }
            }
        });
        peiler.start();
        eersteAntwoord.await();
        bezig.set(true);
        List<String> fouten = geweigerd();
        klaar.set(true);
        peiler.join();

        assertThat(fouten).anySatisfy(f -> assertThat(f).contains("De regels zijn gestopt"));
        assertThat(tijdensActiveren).isNotEmpty().allMatch(status -> status == 200);
    }

    @Test
    void eenLusInEenActieWordtGeweigerd() {
        KANDIDAAT.vervang("interventieladder/standaard/opgave.drl", "    int standEinde = totaalopgave - $c.realisatie();",
                "    int standEinde = totaalopgave - $c.realisatie();\n    while (standEinde > -1) { standEinde = standEinde + 1; }");
        int regel = KANDIDAAT.regelVan("interventieladder/standaard/opgave.drl", "while");

        assertThat(geweigerd()).contains("interventieladder/standaard/opgave.drl:" + regel + ":5: "
                + "een lus (while) is in een regel niet toegestaan; een regel beslist één ding per keer");
    }

    @Test
    void runtimeExecInEenActieWordtGeweigerdEnNietUitgevoerd(@TempDir Path map) {
        Path bewijs = map.resolve("uitgevoerd");
        KANDIDAAT.vervang("interventieladder/standaard/opgave.drl", "    int totaalopgave =",
                "    Runtime.getRuntime().exec(new String[] {\"touch\", \"" + bewijs + "\"});\n    int totaalopgave =");
        int regel = KANDIDAAT.regelVan("interventieladder/standaard/opgave.drl", "Runtime");

        assertThat(geweigerd()).anySatisfy(f -> assertThat(f).startsWith("interventieladder/standaard/opgave.drl:" + regel + ":5: "
                + "de klasse Runtime is in een regel niet toegestaan"));
        assertThat(bewijs).doesNotExist();
    }

    @Test
    void systemExitInEenVoorwaardeEnInEenFromWordtGeweigerd() {
        KANDIDAAT.vervang("interventieladder/standaard/opgave.drl", "    $c : HalfjaarCijfers( )",
                "    $c : HalfjaarCijfers( realisatie > java.lang.System.exit(1) )");
        KANDIDAAT.vervang("verdeelbesluit/uitruil.drl", "    $lid : String( ) from $g.leden()",
                "    $lid : String( ) from System.exit(1)");
        int voorwaarde = KANDIDAAT.regelVan("interventieladder/standaard/opgave.drl", "System.exit");
        int from = KANDIDAAT.regelVan("verdeelbesluit/uitruil.drl", "System.exit");

        assertThat(geweigerd()).anySatisfy(f -> assertThat(f).startsWith("interventieladder/standaard/opgave.drl:" + voorwaarde + ":")
                        .contains("een volledig gekwalificeerde naam (java.lang.System) is in een regel niet toegestaan"))
                .anySatisfy(f -> assertThat(f).startsWith("verdeelbesluit/uitruil.drl:" + from + ":")
                        .contains("de klasse System is in een regel niet toegestaan"));
    }

    @Test
    void eenImportVanJavaIoFileWordtGeweigerd() {
        KANDIDAAT.vervang("interventieladder/standaard/opgave.drl", "import nl.trede.beoordeling.Opgave;",
                "import nl.trede.beoordeling.Opgave;\nimport java.io.File;");
        int regel = KANDIDAAT.regelVan("interventieladder/standaard/opgave.drl", "java.io.File");

        assertThat(geweigerd()).anySatisfy(f -> assertThat(f)
                .startsWith("interventieladder/standaard/opgave.drl:" + regel + ": import java.io.File is niet toegestaan; "
                        + "importeer alleen feittypen (")
                .contains("HalfjaarCijfers"));
    }

    @Test
    void codeInDeMetadataVanEenRegelWordtGeweigerdVoordatDroolsHaarUitvoert(@TempDir Path map) {
        // Drools evaluates a rule's metadata with MVEL while it compiles.
        Path bewijs = map.resolve("uitgevoerd");
        KANDIDAAT.vervang("interventieladder/standaard/opgave.drl", "    @uitleg(\"De totaalopgave is",
                "    @bewijs(Runtime.getRuntime().exec(\"touch " + bewijs + "\"))\n    @uitleg(\"De totaalopgave is");
        int regel = KANDIDAAT.regelVan("interventieladder/standaard/opgave.drl", "rule \"Totaalopgave en stand einde\"");

        assertThat(geweigerd()).anySatisfy(f -> assertThat(f).startsWith("interventieladder/standaard/opgave.drl:" + regel + ": @bewijs bevat")
                .endsWith("een annotatie bevat alleen tekst tussen aanhalingstekens of een getal"));
        assertThat(bewijs).doesNotExist();
    }

    @Test
    void eenRegelDieGeenScenarioBereiktWordtGeweigerd() {
        // Its name in a scenario file does not make it tested: no scenario has a taakstelling of 999999.
        KANDIDAAT.schrijf("interventieladder/standaard/zelden.drl", """
                package interventieladder;

                import nl.trede.beoordeling.HalfjaarCijfers;

                rule "Zelden"
                    @grondslag("lezing van trede: een regel zonder scenario")
                    @uitleg("Vuurt alleen bij een taakstelling van 999999.")
                when
                    HalfjaarCijfers( taakstelling == 999999 )
                then
                end
                """);
        KANDIDAAT.vervang("interventieladder/standaard/scenarios/koppeling-onbekend.yaml", "# Regel \"Koppeling onbekend\"",
                "# Regel \"Koppeling onbekend\" en regel \"Zelden\"");

        assertThat(geweigerd()).containsExactly("interventieladder/standaard/zelden.drl:5: De regel 'Zelden' vuurt in geen enkel "
                + "scenario van interventieladder; voeg in rules/interventieladder/standaard/scenarios/ een scenario toe waarin zij vuurt, "
                + "of haal haar weg");
    }

    @Test
    void eenOnbekendVeldNoemtDeVeldenVanHetFeit() {
        KANDIDAAT.vervang("interventieladder/standaard/opgave.drl", "    $c : HalfjaarCijfers( )", "    $c : HalfjaarCijfers( taakstellin > 0 )");
        int regel = KANDIDAAT.regelVan("interventieladder/standaard/opgave.drl", "taakstellin ");

        assertThat(geweigerd()).containsExactly("interventieladder/standaard/opgave.drl:" + regel + ":27: HalfjaarCijfers heeft geen veld "
                + "'taakstellin' (bedoelt u 'taakstelling'?); de velden van HalfjaarCijfers zijn: gemeente (tekst), "
                + "gemeenteNaam (tekst), periode (tekst), taakstelling (geheel getal), standBegin (geheel getal), "
                + "correcties (geheel getal), realisatie (geheel getal), tijdigGekoppeld (geheel getal), vorigeTrede (geheel getal), "
                + "koppelingPeildatum (datum)");
    }

    @Test
    void eenOnbekendVeldInDeActieNoemtDeVeldenVanHetFeit() {
        KANDIDAAT.vervang("interventieladder/standaard/opgave.drl", "int totaalopgave = $c.standBegin()", "int totaalopgave = $c.standbegin()");
        int regel = KANDIDAAT.regelVan("interventieladder/standaard/opgave.drl", "$c.standbegin()");

        assertThat(geweigerd()).singleElement().asString()
                .startsWith("interventieladder/standaard/opgave.drl:" + regel + ":")
                .contains("HalfjaarCijfers heeft geen veld 'standbegin' (bedoelt u 'standBegin'?); de velden van HalfjaarCijfers zijn: "
                        + "gemeente (tekst), ");
    }

    @Test
    void eenOntbrekendHaakjeWordtGemeldOpDeRegelWaarHetOntbreekt() {
        // Drools notices the missing ')' only at 'Opgave' on the next line, and reports that line.
        KANDIDAAT.vervang("interventieladder/standaard/uitkomst.drl", "    $c : HalfjaarCijfers( $g : gemeente, $r : realisatie, $v : vorigeTrede )\n"
                + "    $o : Opgave( gemeente == $g, totaalopgave <= $r )",
                "    $c : HalfjaarCijfers( $g : gemeente, $r : realisatie, $v : vorigeTrede\n"
                + "    $o : Opgave( gemeente == $g, totaalopgave <= $r )");
        int regel = KANDIDAAT.regelVan("interventieladder/standaard/uitkomst.drl", "$v : vorigeTrede\n".strip());

        assertThat(geweigerd()).singleElement().asString()
                .isEqualTo("interventieladder/standaard/uitkomst.drl:" + regel + ": de regel loopt hier niet zoals Drools verwacht bij '$o'; "
                        + "meestal ontbreekt een ')' of ',' of staat er een woord te veel (aan het eind van deze regel; "
                        + "Drools merkte het pas op regel " + (regel + 1) + ")");
    }

    @Test
    void overlappendeSignaalbandenWordenGeweigerd() {
        KANDIDAAT.vervang("monitoring/parameters/monitoring.yaml", "      waarde: 75\n", "      waarde: 100\n");

        assertThat(geweigerd()).containsExactly("monitoring/parameters/monitoring.yaml: De parameter 'monitoring_grens_oranje' (100) moet "
                + "op 2024-01-01 onder 'monitoring_grens_groen' (100) liggen: anders overlappen of kruisen de signaalbanden en "
                + "krijgt een realisatie daartussen geen of twee kleuren");
    }

    @Test
    void eenScenariogetalBuitenHetBereikWordtGemeldMetBestandEnVeld() {
        KANDIDAAT.vervang("interventieladder/standaard/scenarios/koppeling-onbekend.yaml", "taakstelling: 17,", "taakstelling: 2147483647,");

        assertThat(geweigerd()).contains("interventieladder/standaard/scenarios/koppeling-onbekend.yaml: Scenario 'Westerveld 2025-1, "
                + "koppeling onbekend' faalt: 'gemeenten', rij 1: 'taakstelling' is 2147483647; een aantal ligt tussen 0 en 1.000.000");
    }

    @Test
    void tweeKadersVoorEenProvincieInDezelfdePeriodeWordenGeweigerdMetBeideNamen() {
        // Utrecht's kader of 2024 made to start in 2023-2, while utrecht-2023 runs until 2023-2 inclusive.
        KANDIDAAT.vervang("interventieladder/utrecht-2024/kader.yaml", "vanaf: 2024-1", "vanaf: 2023-2");

        assertThat(geweigerd()).contains("interventieladder/utrecht-2024/kader.yaml: De kaders utrecht-2023 (2014-1 tot en met "
                + "2023-2) en utrecht-2024 (vanaf 2023-2) gelden allebei voor PV26 in dezelfde periode; een provincie wordt per "
                + "periode onder één kader beoordeeld. Laat het ene kader eindigen ('tot') voor het andere begint.");
    }

    @Test
    void activerenVraagtEenReden() {
        String actief = regelsets.actief("interventieladder/standaard").versie();
        long pogingen = pogingen();

        for (String lichaam : new String[] {"", "{}", "{\"reden\": \"   \"}", "{\"reden\": 12", "[]",
                "{\"reden\": \"" + "x".repeat(RegelsetService.MAX_REDEN + 1) + "\"}"}) {
            HttpResponse<String> antwoord = post("/api/v1/regelsets/activeer", lichaam, "beleid");
            assertThat(antwoord.statusCode()).as(lichaam).isEqualTo(400);
            assertThat(json.readTree(antwoord.body()).path("detail").asString()).as(lichaam)
                    .containsAnyOf("Geef een reden op", "ten hoogste 1000", "Stuur een JSON-object met een tekst 'reden'");
        }
        assertThat(post("/api/v1/regelsets/activeer", "{\"reden\": \"niet mijn rol\"}", "toezichthouder").statusCode()).isEqualTo(403);
        assertThat(pogingen()).isEqualTo(pogingen);
        assertThat(regelsets.actief("interventieladder/standaard").versie()).isEqualTo(actief);
        assertThat(gezondheid()).isEqualTo(200);
    }

    @Test
    void eenGeldigeActivatieBewaartDeRedenEnLaatDeKadersMetRust() {
        Map<String, String> voor = versies();
        KANDIDAAT.vervang("monitoring/parameters/monitoring.yaml", "      waarde: 75\n", "      waarde: 70\n");
        try {
            HttpResponse<String> antwoord = post("/api/v1/regelsets/activeer", "{\"reden\": \"Jaarlijkse controle\"}", "beleid");

            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
            assertThat(json.readTree(antwoord.body()).path("reden").asString()).isEqualTo("Jaarlijkse controle");
            assertThat(json.readTree(antwoord.body()).path("gewijzigd").toString()).isEqualTo("[\"monitoring\"]");
            assertThat(jdbc.sql("select domein || ' ' || door || ' ' || geldig || ' ' || reden from regelset_activatie "
                    + "order by id desc limit 1").query(String.class).single()).isEqualTo("monitoring beleid true Jaarlijkse controle");
            // Only monitoring has a new version: every kader judges as before.
            Map<String, String> na = versies();
            assertThat(na.get("monitoring")).isNotEqualTo(voor.get("monitoring"));
            na.remove("monitoring");
            voor.remove("monitoring");
            assertThat(na).isEqualTo(voor).containsKeys("interventieladder/standaard", "interventieladder/utrecht-2023",
                    "interventieladder/utrecht-2024", "verdeelbesluit", "besluit");
        } finally {
            KANDIDAAT.herstel();
            assertThat(post("/api/v1/regelsets/activeer", "{\"reden\": \"test: terug naar rules/\"}", "beleid").statusCode())
                    .isEqualTo(200);
        }
    }

    private Map<String, String> versies() {
        Map<String, String> versies = new TreeMap<>();
        regelsets.inGebruik().forEach((domein, regelset) -> versies.put(domein, regelset.versie()));
        return versies;
    }

    @Test
    void eenRondeDieHaarBudgetOverschrijdtSlaatNietsOp() {
        KANDIDAAT.schrijf("interventieladder/standaard/kringloop.drl", RegelbudgetTest.WEGLOPER);
        Regelset wegloper = RegelsetCompiler.compileer(Testregels.werkers(), RegelsetBron.domein(KANDIDAAT.map(), "interventieladder/standaard"));
        new Testcijfers(jdbc, "budget-2063.csv").voegToe("GM0344", "2063-1", 20, 0, 0, 5, null, null);

        assertThatThrownBy(() -> beoordelingen.start(wegloper, Periode.van("2063-1"), "Utrecht", "toezichthouder"))
                .isInstanceOf(RegelsOverschredenException.class)
                .hasMessageStartingWith("De regels zijn gestopt: zij vuurden meer dan")
                .hasMessageContaining("'Steeds weer een signaal'");
        assertThat(jdbc.sql("select count(*) from beoordelingsronde where periode = '2063-1'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from regelset where versie = ?").param(wegloper.versie()).query(Integer.class).single()).isZero();
        assertThat(gezondheid()).isEqualTo(200);
    }

    /**
     * Activates the candidate over HTTP and checks what every refusal must leave behind; returns
     * each problem as {@code plek: melding}.
     */
    private List<String> geweigerd() {
        String actief = regelsets.actief("interventieladder/standaard").versie();
        String actiefInDatabase = actieveVersieInDatabase();

        HttpResponse<String> antwoord = post("/api/v1/regelsets/activeer", "{\"reden\": \"test: een aanval\"}", "beleid");

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(422);
        assertThat(regelsets.actief("interventieladder/standaard").versie()).isEqualTo(actief);
        assertThat(actieveVersieInDatabase()).isEqualTo(actiefInDatabase);
        assertThat(jdbc.sql("select door || ' ' || geldig || ' ' || reden from regelset_activatie order by id desc limit 1")
                .query(String.class).single()).startsWith("beleid false test: een aanval");
        assertThat(gezondheid()).isEqualTo(200);
        List<String> fouten = new ArrayList<>();
        json.readTree(antwoord.body()).path("fouten").forEach(f -> fouten.add(f.path("kolom").asString() + ": " + f.path("melding").asString()));
        return fouten;
    }

    /** The version of the latest activation that passed: what trede falls back on. */
    private String actieveVersieInDatabase() {
        return jdbc.sql("select versie from regelset_activatie where geldig and domein = 'interventieladder/standaard' order by id desc limit 1").query(String.class).single();
    }

    private long pogingen() {
        return jdbc.sql("select count(*) from regelset_activatie").query(Long.class).single();
    }

    private int gezondheid() {
        return new Apiclient(poort).gezondheid();
    }

    private HttpResponse<String> post(String pad, String lichaam, String gebruiker) {
        return new Apiclient(poort).post(pad, lichaam, gebruiker);
    }
}
