package nl.trede.invoer;

import java.io.IOException;
import java.security.Principal;
import java.time.ZoneId;
import nl.trede.systeem.OngeldigeInvoerException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The page to upload a file of figures and see what was taken in, or why not. */
@Controller
class InvoerPaginaController {

    private static final int RECENT = 10;
    /** Times are shown as the officers read them. */
    private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    private final InvoerService service;

    InvoerPaginaController(InvoerService service) {
        this.service = service;
    }

    @GetMapping("/invoer")
    String formulier(Model model) {
        return pagina(model);
    }

    @PostMapping("/invoer")
    String voerIn(@RequestParam("bestand") MultipartFile bestand, Principal gebruiker, Model model) throws IOException {
        model.addAttribute("bestandsnaam", bestand.getOriginalFilename());
        try {
            model.addAttribute("resultaat", service.voerIn(bestand.getOriginalFilename(), bestand.getBytes(),
                    gebruiker.getName()));
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("titel", e.getMessage());
            model.addAttribute("fouten", e.fouten());
        }
        return pagina(model);
    }

    private String pagina(Model model) {
        model.addAttribute("recent", service.recenteInvoer(RECENT));
        model.addAttribute("tijdzone", TIJDZONE);
        model.addAttribute("kolommen", String.join(",", HuisvestingLezer.CSV_KOLOMMEN));
        return "invoer";
    }
}
