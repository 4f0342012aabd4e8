package nl.trede.monitoring;

import org.springframework.context.ApplicationContext;

/**
 * The fixture of tests that read monitoring figures: the figures the demo loads (the national dashboard; the PRT Drenthe notitie of 19 November 2025 for
 * Drenthe), through the same import, into the shared test database; once, as the loader leaves figures it finds.
 */
public final class Monitoringgegevens {

    private Monitoringgegevens() {
    }

    public static void laad(ApplicationContext context) {
        new Demogegevens(context.getBean(MonitoringRepository.class), context.getBean(MonitoringInvoer.class)).run(null);
    }
}
