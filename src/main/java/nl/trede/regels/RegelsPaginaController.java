package nl.trede.regels;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the policy writer: every rule with its file, grondslag, explanation and how often it
 * fired; validate and activate {@code rules/} without a restart; the impact of {@code rules/}
 * before it counts.
 */
@Controller
class RegelsPaginaController {

    private final RegelsetService regelsets;
    private final ImpactService impact;
    private final List<Proefrun> proefruns;

    RegelsPaginaController(RegelsetService regelsets, ImpactService impact, List<Proefrun> proefruns) {
        this.regelsets = regelsets;
        this.impact = impact;
        this.proefruns = proefruns;
    }

    /** A rule with how often it fired in the stored runs of the last assessed period of its soort. */
    record RegelRegel(RegelInfo regel, Long gevuurd) {
    }

    /** A domain in use with its rules, each with how often it fired. */
    record DomeinRegels(Regelset regelset, List<RegelRegel> regels) {
    }

    @GetMapping("/regels")
    String regels(Model model) {
        Map<String, Regelgebruik> gebruik = new LinkedHashMap<>();
        proefruns.forEach(p -> gebruik.put(p.soort(), p.gebruik()));
        model.addAttribute("domeinen", regelsets.inGebruik().values().stream()
                .sorted(Comparator.comparing(Regelset::domein))
                .map(d -> new DomeinRegels(d, d.regels(regelsets.vandaag()).stream().map(r -> new RegelRegel(r,
                        gebruik.containsKey(r.pakket()) ? gebruik.get(r.pakket()).keer(r.naam()) : null)).toList()))
                .toList());
        model.addAttribute("gebruik", gebruik);
        model.addAttribute("activaties", regelsets.activaties());
        return "regels/regels";
    }

    @PostMapping("/regels/valideer")
    String valideer(Model model) {
        model.addAttribute("validatie", regelsets.valideer());
        return regels(model);
    }

    /** Activating asks for a reason and a confirmation; without either nothing is validated or recorded. */
    @PostMapping("/regels/activeer")
    String activeer(Authentication wie, @RequestParam(required = false) String reden,
                    @RequestParam(required = false) String bevestigd, RedirectAttributes doorgeven) {
        doorgeven.addFlashAttribute("reden", reden);
        if (!"ja".equals(bevestigd)) {
            doorgeven.addFlashAttribute("activatiefout", "Bevestig het activeren: vink aan dat nieuwe rondes, verdelingen "
                    + "en de monitoring meteen met deze regelset rekenen.");
            return "redirect:/regels";
        }
        try {
            doorgeven.addFlashAttribute("activatie", regelsets.activeer(wie.getName(), reden));
        } catch (IllegalArgumentException e) {
            doorgeven.addFlashAttribute("activatiefout", e.getMessage());
        }
        return "redirect:/regels";
    }

    @GetMapping("/regels/impact")
    String impactFormulier(Model model) {
        model.addAttribute("kaders", kaders());
        return "regels/impact";
    }

    @PostMapping("/regels/impact")
    String impact(@RequestParam String periodes, @RequestParam(required = false) String provincie,
                  @RequestParam(required = false) String kader, Model model) {
        model.addAttribute("periodes", periodes);
        model.addAttribute("provincie", provincie);
        model.addAttribute("kader", kader);
        model.addAttribute("kaders", kaders());
        List<String> gekozen = Arrays.stream(periodes.split("[,\\s]+")).filter(p -> !p.isBlank()).toList();
        try {
            model.addAttribute("impact", impact.impact(kader, gekozen, provincie));
        } catch (OngeldigeRegelsetException e) {
            model.addAttribute("fouten", e.fouten());
        } catch (IllegalArgumentException e) {
            model.addAttribute("fout", e.getMessage());
        }
        return "regels/impact";
    }

    private List<Kader> kaders() {
        return regelsets.kaders().stream().map(r -> r.kader().orElseThrow()).toList();
    }
}
