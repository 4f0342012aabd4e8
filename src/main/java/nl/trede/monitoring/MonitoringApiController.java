package nl.trede.monitoring;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import nl.trede.bestand.Bestanden;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/monitoring")
class MonitoringApiController {

    private final MonitoringService monitoring;
    private final MonitoringInvoer invoer;
    private final Bestanden bestanden;

    MonitoringApiController(MonitoringService monitoring, MonitoringInvoer invoer, Bestanden bestanden) {
        this.monitoring = monitoring;
        this.invoer = invoer;
        this.bestanden = bestanden;
    }

    /** The indicatief schema of an opgave for an area on a peildatum, with the realisatie and signal. */
    @GetMapping("/schema")
    Stand schema(@RequestParam OpgaveSoort opgave, @RequestParam String gebied,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum) {
        return monitoring.stand(opgave, gebied, peildatum);
    }

    @GetMapping("/provincies/{code}")
    ProvincieOverzicht provincie(@PathVariable String code,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum) {
        String provincie = monitoring.provincie(code).code();
        Gegevens g = monitoring.gegevens();
        return monitoring.provincieOverzicht(g, provincie, peildatum != null ? peildatum : monitoring.standaardPeildatum(g, provincie));
    }

    /**
     * Imports a CSV (text/csv) or xlsx file of at most {@code trede.invoer.max-bytes} in one of the layouts of {@link Invoerformaat}: landelijk, realisaties,
     * opvang, nidos or huisvesting.
     */
    @PostMapping(path = "/invoer/{formaat}", consumes = {"text/csv", "text/plain",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    MonitoringInvoer.Resultaat importeer(@PathVariable String formaat, HttpServletRequest verzoek,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opgavedatum,
                                         @RequestParam(required = false) String periode,
                                         @RequestParam(required = false) String bron) throws IOException {
        Invoerformaat f;
        try {
            f = Invoerformaat.valueOf(formaat.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Onbekend formaat '" + formaat + "': landelijk, realisaties, opvang, nidos of huisvesting");
        }
        String herkomst = bron == null || bron.isBlank() ? "CSV-invoer " + f.name().toLowerCase(Locale.ROOT) : bron;
        // Read through a bounded stream: never more than trede.invoer.max-bytes, whatever the body holds.
        byte[] inhoud = bestanden.lees(verzoek.getInputStream(), verzoek.getContentLengthLong());
        return invoer.importeer(f, inhoud, new MonitoringInvoer.Opties(peildatum, opgavedatum, periode, herkomst));
    }
}
