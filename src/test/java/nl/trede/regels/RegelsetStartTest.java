package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import nl.trede.TredeApplication;
import nl.trede.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Start-up with a rule set that fails validation: trede runs on the last version that passed before
 * and tells policy writers so on every page; without such a version it does not start, and says why
 * in Dutch. Each case starts trede on a database of its own, so what earlier tests stored does not count.
 */
class RegelsetStartTest {

    private static final String STANDAARD = "interventieladder/standaard";


    /** Parses and passes the profile, but does not compile (line 5). */
    private static final String KAPOT = RegelsetTest.KAPOT;

    @Test
    void eenKapotteRegelsetBijHetStartenValtTerugOpDeLaatstGoedgekeurdeVersie() throws Exception {
        String database = nieuweDatabase();
        Kandidaatmap kandidaat = Kandidaatmap.kopie();
        String goed;
        long eersteStart;
        try (ConfigurableApplicationContext app = start(database, kandidaat)) {
            goed = app.getBean(RegelsetService.class).actief(STANDAARD).versie();
            eersteStart = app.getBean(JdbcClient.class).sql("select max(id) from regelset_activatie").query(Long.class).single();
        }
        kandidaat.schrijf(STANDAARD + "/kapot.drl", KAPOT);
        // And a scenario that cannot be read: once a reason not to start at all, now a finding on its line.
        String scenario = STANDAARD + "/scenarios/kapot.yaml";
        kandidaat.schrijf(scenario, WerkeraanvalTest.aanval("scenario-kapot.yaml"));
        int scenarioregel = kandidaat.regelVan(scenario, "naam: [Assen]");
        String kapot = Regelset.versieVan(new TreeMap<>(kandidaat.bestanden().subMap(STANDAARD + "/", STANDAARD + "0")));

        try (ConfigurableApplicationContext app = start(database, kandidaat)) {
            RegelsetService regelsets = app.getBean(RegelsetService.class);
            // Only the kader with the broken file falls back; the other domains load as they are.
            assertThat(regelsets.actief(STANDAARD).versie()).isEqualTo(goed);
            assertThat(regelsets.terugvallen()).singleElement().satisfies(t -> {
                assertThat(t.domein()).isEqualTo(STANDAARD);
                assertThat(t.geweigerdeVersie()).isEqualTo(kapot);
                assertThat(t.actieveVersie()).isEqualTo(goed);
                assertThat(t.fouten()).anySatisfy(f -> assertThat(f.plek()).isEqualTo(scenario + ":" + scenarioregel));
            });
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select substr(versie, 1, 12) || ' ' || geldig || ' ' || reden from regelset_activatie "
                            + "where domein = ? order by id").param(STANDAARD)
                    .query(String.class).list()).hasSize(3).satisfies(pogingen -> {
                        assertThat(pogingen.get(1)).startsWith(kapot.substring(0, 12) + " false Laden bij het starten uit ");
                        assertThat(pogingen.get(2)).startsWith(goed.substring(0, 12) + " true Terugval bij het starten: " + STANDAARD + " in ")
                                .endsWith("(" + kapot.substring(0, 12) + ") is geweigerd");
                    });
            // The domains are validated side by side, but recorded one after another in their order, the fallback
            // right after the refusal it answers: as the start-up log tells it.
            List<String> verwacht = new ArrayList<>();
            Domein.verdeel(kandidaat.bestanden(), new ArrayList<>()).keySet().forEach(d -> verwacht.addAll(d.equals(STANDAARD)
                    ? List.of(d + " false", d + " true") : List.of(d + " true")));
            assertThat(jdbc.sql("select domein || ' ' || geldig from regelset_activatie where id > ? order by id")
                    .param(eersteStart).query(String.class).list()).isEqualTo(verwacht);

            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                    .apply(SecurityMockMvcConfigurers.springSecurity()).build();
            for (String pagina : new String[] {"/regels", "/rondes", "/monitoring"}) {
                String voorBeleid = mvc.perform(get(pagina).with(user("beleid").roles("BELEIDSMEDEWERKER")))
                        .andReturn().getResponse().getContentAsString();
                assertThat(voorBeleid).as(pagina)
                        .contains("(versie " + kapot.substring(0, 12) + ") zijn bij het starten geweigerd.")
                        .contains("trede rekent voor " + STANDAARD + " met de laatst goedgekeurde versie " + goed.substring(0, 12) + ".")
                        .contains("interventieladder/standaard/kapot.drl:5:");
            }
            assertThat(mvc.perform(get("/regels").with(user("toezichthouder").roles("TOEZICHTHOUDER")))
                    .andReturn().getResponse().getContentAsString()).doesNotContain("bij het starten geweigerd");

            kandidaat.herstel();
            assertThat(regelsets.activeer("beleid", "De kapotte regel is weg").geldig()).isTrue();
            assertThat(regelsets.terugvallen()).isEmpty();
            assertThat(mvc.perform(get("/regels").with(user("beleid").roles("BELEIDSMEDEWERKER")))
                    .andReturn().getResponse().getContentAsString()).doesNotContain("bij het starten geweigerd");
        }
    }

    @Test
    void zonderGoedgekeurdeVersieStartTredeNietEnZegtWaarom() {
        Kandidaatmap kandidaat = Kandidaatmap.kopie().schrijf("interventieladder/standaard/kapot.drl", KAPOT);
        String database = nieuweDatabase();

        assertThatThrownBy(() -> start(database, kandidaat).close())
                .hasRootCauseInstanceOf(OngeldigeRegelsetException.class)
                .rootCause()
                .hasMessageStartingWith("trede start niet: de regels " + STANDAARD + " in " + kandidaat.map().toAbsolutePath().normalize())
                .hasMessageContaining("zijn afgekeurd, en de database heeft geen versie die eerder in gebruik was.")
                .hasMessageContaining("  interventieladder/standaard/kapot.drl:5:")
                .hasMessageContaining("Wat te doen: herstel de genoemde bestanden in ");
    }

    private static ConfigurableApplicationContext start(String database, Kandidaatmap kandidaat) {
        TestDatabase.Verbinding db = TestDatabase.verbinding();
        return new SpringApplicationBuilder(TredeApplication.class)
                .profiles("test")
                .run(db.metUrl(database).argumenten("--server.port=0", "--trede.regels.map=" + kandidaat.map()));
    }

    /** A migrated database next to the test database, for one start-up history. */
    private static String nieuweDatabase() {
        TestDatabase.Verbinding db = TestDatabase.nieuweDatabase();
        db.migreer();
        return db.url();
    }
}
