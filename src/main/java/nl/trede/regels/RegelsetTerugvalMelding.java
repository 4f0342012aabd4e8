package nl.trede.regels;

import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the start-up fallbacks ({@link Terugval}, per domain) on every page, for the banner in the shared
 * header that policy writers see until the rules are activated.
 */
@ControllerAdvice
class RegelsetTerugvalMelding {

    private final RegelsetService regelsets;

    RegelsetTerugvalMelding(RegelsetService regelsets) {
        this.regelsets = regelsets;
    }

    @ModelAttribute("regelsetTerugvallen")
    List<Terugval> regelsetTerugvallen() {
        return regelsets.terugvallen();
    }
}
