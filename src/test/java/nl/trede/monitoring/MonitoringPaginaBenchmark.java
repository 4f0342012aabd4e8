package nl.trede.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import nl.trede.TredeApplication;
import nl.trede.support.TestDatabaseInitializer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Server time of the national pages over 342 gemeenten, warm: the map (SVG plus the same data as a
 * table) and the national cards with the province table. Not a test; run as a main on the test
 * classpath (see the commit that adds it). Times whole requests through MockMvc: controller, rules,
 * database reads and Thymeleaf, without the network.
 */
public final class MonitoringPaginaBenchmark {

    private static final int OPWARMEN = 200;
    private static final int METEN = 300;

    private MonitoringPaginaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SpringApplication app = new SpringApplication(TredeApplication.class);
        app.setAdditionalProfiles("test");
        app.addInitializers(new TestDatabaseInitializer());
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--logging.level.root=WARN")) {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                    .apply(SecurityMockMvcConfigurers.springSecurity()).build();
            meet(mvc, "/monitoring/kaart?gebied=NL&opgave=ASIEL&peildatum=2025-11-01");
            meet(mvc, "/monitoring/kaart?gebied=NL&opgave=OEKRAINE&peildatum=2025-11-01");
            meet(mvc, "/monitoring?peildatum=2025-11-01");
            meet(mvc, "/monitoring/provincies/PV22?peildatum=2025-11-03");
        }
    }

    private static void meet(MockMvc mvc, String url) throws Exception {
        for (int i = 0; i < OPWARMEN; i++) {
            verzoek(mvc, url);
        }
        double[] ms = new double[METEN];
        int bytes = 0;
        for (int i = 0; i < METEN; i++) {
            long begin = System.nanoTime();
            bytes = verzoek(mvc, url);
            ms[i] = (System.nanoTime() - begin) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-62s mediaan %6.1f ms  p95 %6.1f ms  gemiddeld %6.1f ms  (%d KB, %d metingen)%n", url,
                ms[METEN / 2], ms[(int) (METEN * 0.95)], Arrays.stream(ms).average().orElseThrow(), bytes / 1024, METEN);
    }

    private static int verzoek(MockMvc mvc, String url) throws Exception {
        var antwoord = mvc.perform(get(url).with(user("auditor").roles("AUDITOR"))).andReturn().getResponse();
        if (antwoord.getStatus() != 200) {
            throw new IllegalStateException(url + " gaf " + antwoord.getStatus());
        }
        return antwoord.getContentAsByteArray().length;
    }
}
