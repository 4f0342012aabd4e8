package nl.trede.beoordeling;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.trede.gemeente.GemeenteService;
import nl.trede.invoer.Periode;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of the assessment: the runs, and one run as Tabel 2 of the voortgangsrapportage ("Waarom deze trede?" is audit's). */
@Controller
class BeoordelingPaginaController {

    private final BeoordelingService service;
    private final GemeenteService gemeenten;

    BeoordelingPaginaController(BeoordelingService service, GemeenteService gemeenten) {
        this.service = service;
        this.gemeenten = gemeenten;
    }

    @GetMapping("/")
    String start() {
        return "redirect:/rondes";
    }

    /** The runs, and the form to start one; {@code periode} and {@code provincie} prefill it (a link after an import). */
    @GetMapping("/rondes")
    String rondes(@RequestParam(required = false) String periode, @RequestParam(required = false) String provincie,
                  Model model) {
        if (!model.containsAttribute("periode")) {
            model.addAttribute("periode", periode);
            model.addAttribute("gekozenProvincie", provincie);
        }
        return rondes(model);
    }

    private String rondes(Model model) {
        model.addAttribute("rondes", service.rondes(null, null));
        model.addAttribute("provincies", gemeenten.provincies());
        return "beoordeling/rondes";
    }

    @PostMapping("/rondes")
    String startRonde(@RequestParam String periode, @RequestParam(required = false) String provincie,
                      @RequestParam(defaultValue = "false") boolean voorlopig,
                      Authentication wie, Model model, RedirectAttributes doorgeven) {
        try {
            Beoordelingsronde ronde = service.start(Periode.van(periode), provincie, wie.getName(), voorlopig);
            doorgeven.addFlashAttribute("melding", (ronde.voorlopig() ? "Voorlopige ronde " : "Ronde ") + ronde.id()
                    + " is uitgevoerd: " + ronde.aantal() + " gemeenten beoordeeld voor "
                    + Periode.van(ronde.periode()).omschrijving() + ".");
            return "redirect:/rondes/" + ronde.id();
        } catch (IllegalArgumentException | IllegalStateException e) {
            model.addAttribute("fout", e.getMessage());
            model.addAttribute("periode", periode);
            model.addAttribute("gekozenProvincie", provincie);
            model.addAttribute("voorlopig", voorlopig);
            return rondes(model);
        }
    }

    @GetMapping("/rondes/{id}")
    String ronde(@PathVariable long id, Model model) {
        Beoordelingsronde ronde = service.ronde(id);
        List<Beoordeling> beoordelingen = service.beoordelingen(id);
        model.addAttribute("ronde", ronde);
        model.addAttribute("periode", Periode.van(ronde.periode()));
        model.addAttribute("beoordelingen", beoordelingen);
        model.addAttribute("samenvatting", Samenvatting.van(beoordelingen));
        model.addAttribute("treden", tredenPerNummer(ronde.periode()));
        model.addAttribute("nieuwereCijfers", service.nieuwereCijfers(id));
        model.addAttribute("andereRondes", service.rondes(ronde.periode(), ronde.provincieCode()).stream()
                .filter(r -> r.id() != id).toList());
        return "beoordeling/ronde";
    }

    private Map<Integer, Trede> tredenPerNummer(String periode) {
        return service.treden(periode).stream().collect(Collectors.toMap(Trede::trede, Function.identity()));
    }
}
