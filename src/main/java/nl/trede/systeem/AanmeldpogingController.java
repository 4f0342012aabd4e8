package nl.trede.systeem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The record of failed and refused logins, for the auditor; read-only. */
@RestController
@Tag(name = "Aanmelden", description = "Mislukte en geweigerde aanmeldingen (alleen voor de auditor)")
class AanmeldpogingController {

    static final int STANDAARD = 100;
    static final int MAXIMUM = 1000;

    private final AanmeldpogingRepository pogingen;

    AanmeldpogingController(AanmeldpogingRepository pogingen) {
        this.pogingen = pogingen;
    }

    @GetMapping("/api/v1/aanmeldpogingen")
    @Operation(summary = "De laatste mislukte en geweigerde aanmeldingen, nieuwste eerst; optioneel van één gebruikersnaam")
    List<Aanmeldpoging> pogingen(@RequestParam(required = false) String gebruiker,
                                 @RequestParam(defaultValue = "" + STANDAARD) int aantal) {
        return pogingen.recent(gebruiker, aantal(aantal));
    }

    static int aantal(int gevraagd) {
        if (gevraagd < 1 || gevraagd > MAXIMUM) {
            throw new IllegalArgumentException("Vraag 1 tot en met " + MAXIMUM + " aanmeldpogingen (aantal=" + gevraagd + ").");
        }
        return gevraagd;
    }
}
