package nl.trede.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import nl.trede.systeem.AlleenDemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo ({@link AlleenDemo}) loads the figures of the national dashboard (Opvang, Asiel, Huisvesting vergunninghouders,
 * Opvang AMV, Opvang Oekraïne, Nidos AMV) and of the notitie 'Stand van zaken realisatie opgaven' (Bestuurlijke PRT
 * Drenthe, 19 November 2025) once, into empty monitoring tables, through the same import a user runs; a database
 * with figures is left alone.
 */
@Component
@AlleenDemo
class Demogegevens implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(Demogegevens.class);

    private final MonitoringRepository repository;
    private final MonitoringInvoer invoer;

    Demogegevens(MonitoringRepository repository, MonitoringInvoer invoer) {
        this.repository = repository;
        this.invoer = invoer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!repository.leeg()) {
            return;
        }
        laad(Invoerformaat.LANDELIJK, "monitoring/landelijke-opgaven-indicatief-schema.csv",
                new MonitoringInvoer.Opties(null, null, null, "Landelijk dashboard opgaven: Opvang, Asiel, Huisvesting vergunninghouders, Opvang AMV, Opvang Oekraïne, Nidos AMV"));
        // 25/26: the Drentse verdeling in force from the Spreidingswet cycle of 1 July 2025.
        laad(Invoerformaat.OPVANG, "monitoring/drenthe-opvang-2025-11-01.csv", new MonitoringInvoer.Opties(
                LocalDate.of(2025, 11, 1), LocalDate.of(2025, 7, 1), null, "Notitie Stand van zaken realisatie opgaven, Bestuurlijke PRT Drenthe 19-11-2025 (versie 14-11-2025)"));
        laad(Invoerformaat.NIDOS, "monitoring/drenthe-nidos-2025-11-03.csv", new MonitoringInvoer.Opties(
                LocalDate.of(2025, 11, 3), LocalDate.of(2026, 1, 1), null, "Nidos-factsheet 3-11-2025, in de notitie Stand van zaken realisatie opgaven, Bestuurlijke PRT Drenthe 19-11-2025"));
        // The one copy of the COA overview, which the demo of the assessment imports too.
        laad(Invoerformaat.HUISVESTING, "demo/drenthe-huisvesting-2025.csv", new MonitoringInvoer.Opties(
                LocalDate.of(2025, 11, 1), null, "2025-2", "COA-overzicht huisvesting vergunninghouders 1-11-2025, in de notitie Stand van zaken realisatie opgaven, Bestuurlijke PRT Drenthe 19-11-2025"));
    }

    private void laad(Invoerformaat formaat, String bestand, MonitoringInvoer.Opties opties) {
        try (InputStream in = new ClassPathResource(bestand).getInputStream()) {
            MonitoringInvoer.Resultaat r = invoer.importeer(formaat, in.readAllBytes(), opties);
            LOG.info("Demo monitoring: {} ingelezen ({} opgaven, {} realisaties)", bestand, r.opgaven(), r.realisaties());
        } catch (IOException e) {
            throw new UncheckedIOException("Demobestand " + bestand + " niet te lezen", e);
        }
    }
}
