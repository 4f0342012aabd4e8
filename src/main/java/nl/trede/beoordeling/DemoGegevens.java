package nl.trede.beoordeling;

import java.io.IOException;
import java.io.InputStream;
import nl.trede.invoer.InvoerService;
import nl.trede.kern.Periode;
import nl.trede.systeem.AlleenDemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo ({@link AlleenDemo}) starts with something real to look at: on the very first start it imports
 * the Drenthe 2025 figures of the COA monthly overview (PRT Drenthe, November 2025) and assesses 2025-1. A
 * database that already holds a run is left alone.
 */
@Component
@AlleenDemo
@Order(10)
class DemoGegevens implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoGegevens.class);
    static final String BESTAND = "drenthe-huisvesting-2025.csv";

    private final InvoerService invoer;
    private final BeoordelingService beoordeling;
    private final Environment omgeving;

    DemoGegevens(InvoerService invoer, BeoordelingService beoordeling, Environment omgeving) {
        this.invoer = invoer;
        this.beoordeling = beoordeling;
        this.omgeving = omgeving;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!beoordeling.rondes(null, null).isEmpty()) {
            return;
        }
        try (InputStream in = DemoGegevens.class.getResourceAsStream("/demo/" + BESTAND)) {
            invoer.voerIn(BESTAND, in.readAllBytes(), "demo");
        }
        Beoordelingsronde ronde = beoordeling.start(Periode.van("2025-1"), "Drenthe", "demo");
        LOG.info("Demo: cijfers Drenthe 2025 ingevoerd en 2025-1 beoordeeld (ronde {}); zie http://localhost:{}/rondes/{}",
                ronde.id(), omgeving.getProperty("local.server.port", "8080"), ronde.id());
    }
}
