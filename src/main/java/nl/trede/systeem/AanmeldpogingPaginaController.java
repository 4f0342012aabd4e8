package nl.trede.systeem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's page of failed and refused logins. */
@Controller
class AanmeldpogingPaginaController {

    private final AanmeldpogingRepository pogingen;

    AanmeldpogingPaginaController(AanmeldpogingRepository pogingen) {
        this.pogingen = pogingen;
    }

    @GetMapping("/aanmeldpogingen")
    String pogingen(@RequestParam(required = false) String gebruiker,
                    @RequestParam(defaultValue = "" + AanmeldpogingController.STANDAARD) int aantal, Model model) {
        model.addAttribute("gebruiker", gebruiker);
        model.addAttribute("pogingen", pogingen.recent(gebruiker, AanmeldpogingController.aantal(aantal)));
        model.addAttribute("tijdzone", Tijdstip.NEDERLAND);
        return "systeem/aanmeldpogingen";
    }
}
