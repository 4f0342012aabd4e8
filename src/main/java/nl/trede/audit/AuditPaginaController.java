package nl.trede.audit;

import java.util.function.Function;
import java.util.stream.Collectors;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.beoordeling.BesluitService;
import nl.trede.beoordeling.Trede;
import nl.trede.gemeente.GemeenteService;
import nl.trede.gemeente.Zoekresultaat;
import nl.trede.kern.GemeenteCode;
import nl.trede.kern.Periode;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The auditor's pages: the verification of the chain and its signed head (reading only; a checkpoint is
 * asked for with a form of its own), the search over the years,
 * comparison and replay, and "Waarom deze trede?", read from the receipt.
 */
@Controller
class AuditPaginaController {

    private final Ketenverificatie verificatie;
    private final Controlepunten controlepunten;
    private final AuditZoeken zoeken;
    private final Vergelijker vergelijker;
    private final Herhaler herhaler;
    private final UitlegService uitleg;
    private final BeoordelingService beoordelingen;
    private final BesluitService besluiten;
    private final GemeenteService gemeenten;

    AuditPaginaController(Ketenverificatie verificatie, Controlepunten controlepunten, AuditZoeken zoeken, Vergelijker vergelijker,
                          Herhaler herhaler, UitlegService uitleg, BeoordelingService beoordelingen, BesluitService besluiten,
                          GemeenteService gemeenten) {
        this.verificatie = verificatie;
        this.controlepunten = controlepunten;
        this.zoeken = zoeken;
        this.vergelijker = vergelijker;
        this.herhaler = herhaler;
        this.uitleg = uitleg;
        this.beoordelingen = beoordelingen;
        this.besluiten = besluiten;
        this.gemeenten = gemeenten;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String gemeente, @RequestParam(required = false) String periode,
                 @RequestParam(required = false) Integer trede, @RequestParam(required = false) String grondslag,
                 @RequestParam(defaultValue = "false") boolean volledig, Model model) {
        model.addAttribute("verificatie", verificatie.verifieer(volledig));
        model.addAttribute("laatsteVolledig", verificatie.laatsteVolledigeControle().orElse(null));
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("periode", periode);
        model.addAttribute("trede", trede);
        model.addAttribute("grondslag", grondslag);
        if (gemeente != null && !gemeente.isBlank()) {
            Zoekresultaat gevonden = gemeenten.zoek(gemeente);
            if (gevonden instanceof Zoekresultaat.Gevonden g) {
                model.addAttribute("gevonden", g.gemeente());
                model.addAttribute("resultaten", zoeken.zoek(GemeenteCode.van(g.gemeente().code()), periode, trede, grondslag));
            } else {
                model.addAttribute("fout", gevonden.melding());
            }
        }
        return "audit/audit";
    }

    /** A check that, when everything holds, leaves a signed checkpoint; the page then shows the check of now. */
    @PostMapping("/audit/controlepunt")
    String controlepunt(@RequestParam(defaultValue = "false") boolean volledig, RedirectAttributes doorgeven) {
        Controlepunten.Vastlegging vastlegging = controlepunten.legVast(volledig);
        doorgeven.addFlashAttribute("vastlegging", vastlegging.melding());
        doorgeven.addFlashAttribute("vastgelegd", vastlegging.controlepunt() != null);
        return "redirect:/audit";
    }

    @GetMapping("/beoordelingen/{id}")
    String beoordeling(@PathVariable long id, Authentication wie, Model model) {
        Beoordeling beoordeling = beoordelingen.beoordeling(id);
        model.addAttribute("b", beoordeling);
        model.addAttribute("ronde", beoordelingen.ronde(beoordeling.rondeId()));
        model.addAttribute("periode", Periode.van(beoordeling.periode()));
        model.addAttribute("uitleg", uitleg.uitleg(id));
        model.addAttribute("treden", beoordelingen.treden(beoordeling).stream()
                .collect(Collectors.toMap(Trede::trede, Function.identity())));
        model.addAttribute("geschiedenis", beoordelingen.vanGemeente(beoordeling.gemeente()));
        model.addAttribute("redenen", besluiten.redenen());
        model.addAttribute("gebruiker", wie.getName());
        return "audit/beoordeling";
    }

    @GetMapping("/rondes/{a}/vergelijk/{b}")
    String vergelijk(@PathVariable long a, @PathVariable long b, Model model) {
        model.addAttribute("v", vergelijker.vergelijk(a, b));
        return "audit/vergelijking";
    }

    @PostMapping("/rondes/{id}/herhaling")
    String herhaling(@PathVariable long id, Model model) {
        model.addAttribute("h", herhaler.herhaal(id));
        return "audit/herhaling";
    }
}
