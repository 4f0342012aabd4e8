package nl.trede.verdeling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The restopgave allocation as a REST resource. Percentages are decimal fractions (0.4321 = 43,21%). */
@RestController
@RequestMapping("/api/v1/verdelingen")
class VerdelingController {

    private final VerdelingService service;

    VerdelingController(VerdelingService service) {
        this.service = service;
    }

    @Operation(summary = "Bereken en bewaar de verdeling van de restopgave van een provincie",
            description = "Stappen 1-4b van de Toelichting bij het Verdeelbesluit Overijssel 2024. Percentages zijn decimale "
                    + "fracties met 4 decimalen (0.4321 = 43,21%) van de indicatieve verdeling; een percentage per soort kan boven 1 liggen, "
                    + "de grens is de totale indicatieve verdeling (regulier en amv samen). Blijft er iets onverdeeld, dan zegt "
                    + "regulier.onverdeeld en amv.onverdeeld hoeveel. Aantallen van 0 tot en met 1000000. Ten hoogste trede.invoer.max-bytes (standaard 10 MB): groter geeft 413. "
                    + "422 met de fouten; dan is niets bewaard.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VerdelingVerzoek.class)))
    @PostMapping
    ResponseEntity<Verdeling> bereken(HttpServletRequest verzoek, Principal gebruiker) throws IOException {
        Verdeling verdeling = service.berekenUitJson(verzoek.getInputStream(), verzoek.getContentLengthLong(), gebruiker.getName());
        return ResponseEntity.created(URI.create("/api/v1/verdelingen/" + verdeling.id())).body(verdeling);
    }

    @Operation(summary = "Een bewaarde verdeling, berekend of overgenomen (gepubliceerd)")
    @GetMapping("/{id}")
    Verdeling verdeling(@PathVariable long id) {
        return service.verdeling(id);
    }
}
