package nl.trede.regels;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the start-up fallback ({@link Terugval}) on every page, for the banner in the shared header
 * that policy writers see until a rule set is activated.
 */
@ControllerAdvice
class RegelsetTerugvalMelding {

    private final RegelsetService regelsets;

    RegelsetTerugvalMelding(RegelsetService regelsets) {
        this.regelsets = regelsets;
    }

    @ModelAttribute("regelsetTerugval")
    Terugval regelsetTerugval() {
        return regelsets.terugval().orElse(null);
    }
}
