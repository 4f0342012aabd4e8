package nl.trede.audit;

import nl.trede.gemeente.GemeenteService;
import nl.trede.gemeente.Zoekresultaat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's pages: the chain's verification, the search over the years, comparison and replay. */
@Controller
class AuditPaginaController {

    private final AuditService service;
    private final GemeenteService gemeenten;

    AuditPaginaController(AuditService service, GemeenteService gemeenten) {
        this.service = service;
        this.gemeenten = gemeenten;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String gemeente, @RequestParam(required = false) String periode,
                 @RequestParam(required = false) Integer trede, @RequestParam(required = false) String grondslag,
                 Model model) {
        model.addAttribute("verificatie", service.verifieer());
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("periode", periode);
        model.addAttribute("trede", trede);
        model.addAttribute("grondslag", grondslag);
        if (gemeente != null && !gemeente.isBlank()) {
            Zoekresultaat gevonden = gemeenten.zoek(gemeente);
            if (gevonden instanceof Zoekresultaat.Gevonden g) {
                model.addAttribute("gevonden", g.gemeente());
                model.addAttribute("resultaten", service.zoek(g.gemeente().code(), periode, trede, grondslag));
            } else {
                model.addAttribute("fout", gevonden.melding());
            }
        }
        return "audit/audit";
    }

    @GetMapping("/rondes/{a}/vergelijk/{b}")
    String vergelijk(@PathVariable long a, @PathVariable long b, Model model) {
        model.addAttribute("v", service.vergelijk(a, b));
        return "audit/vergelijking";
    }

    @PostMapping("/rondes/{id}/herhaling")
    String herhaling(@PathVariable long id, Model model) {
        model.addAttribute("h", service.herhaal(id));
        return "audit/herhaling";
    }
}
