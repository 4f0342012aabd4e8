package nl.trede.verdeling;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
                    + "fracties met 4 decimalen (0.4321 = 43,21%) van de indicatieve verdeling. 422 met alle fouten; dan is niets bewaard.")
    @PostMapping
    ResponseEntity<Verdeling> bereken(@RequestBody VerdelingVerzoek verzoek, Principal gebruiker) {
        Verdeling verdeling = service.bereken(verzoek, Validatie.Plaats.JSON, gebruiker.getName());
        return ResponseEntity.created(URI.create("/api/v1/verdelingen/" + verdeling.id())).body(verdeling);
    }

    @Operation(summary = "Een bewaarde verdeling, berekend of overgenomen (gepubliceerd)")
    @GetMapping("/{id}")
    Verdeling verdeling(@PathVariable long id) {
        return service.verdeling(id);
    }
}
