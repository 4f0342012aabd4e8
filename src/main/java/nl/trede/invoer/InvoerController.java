package nl.trede.invoer;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import nl.trede.bestand.Bestanden;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import of huisvesting figures over REST, as CSV or xlsx; a file with any error answers 422 and
 * stores nothing, a file over {@code trede.invoer.max-bytes} answers 413 before it is read.
 */
@RestController
@RequestMapping("/api/v1/invoer")
class InvoerController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The answer to a successful import: how many rows of figures were stored. */
    record Ingevoerd(int rijen) {
    }

    private final InvoerService service;
    private final Bestanden bestanden;

    InvoerController(InvoerService service, Bestanden bestanden) {
        this.service = service;
        this.bestanden = bestanden;
    }

    @Operation(summary = "Voer cijfers in als CSV (text/csv) of xlsx",
            description = "Eigen indeling of maandoverzicht van COA, herkend aan de kopregel; CSV met komma's of "
                    + "puntkomma's, UTF-8. Ten hoogste trede.invoer.max-bytes (standaard 10 MB): groter geeft 413. "
                    + "422 met de fouten per rij en kolom (ten hoogste 100, dan het aantal overige); dan is niets bewaard.")
    @PostMapping(path = "/huisvesting", consumes = {"text/csv", XLSX})
    @ResponseStatus(HttpStatus.CREATED)
    Ingevoerd body(HttpServletRequest verzoek, @RequestParam(name = "bestandsnaam", required = false) String bestandsnaam,
                   Principal gebruiker) throws IOException {
        // Read through a bounded stream: never more than the limit, whatever the body claims or holds.
        byte[] inhoud = bestanden.lees(verzoek.getInputStream(), verzoek.getContentLengthLong());
        String naam = bestandsnaam != null ? bestandsnaam
                : MediaType.parseMediaType(verzoek.getContentType()).isCompatibleWith(MediaType.parseMediaType(XLSX))
                ? "huisvesting.xlsx" : "huisvesting.csv";
        return new Ingevoerd(service.voerIn(naam, inhoud, gebruiker.getName()).rijen());
    }

    @PostMapping(path = "/huisvesting", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Ingevoerd bestand(@RequestParam("bestand") MultipartFile bestand, Principal gebruiker) {
        return new Ingevoerd(service.voerIn(bestand.getOriginalFilename(), bestanden.lees(bestand), gebruiker.getName())
                .rijen());
    }
}
