package nl.trede.systeem;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final boolean demo;

    LoginController(ObjectProvider<IngebeddeDatabase> ingebed, GebruikersProperties gebruikers) {
        this.demo = ingebed.getIfAvailable() != null && gebruikers.gebruikers().isEmpty();
    }

    /** {@code wacht}: the seconds a name must wait after too many failures (only shown, never trusted). */
    @GetMapping("/login")
    String login(@RequestParam(required = false) Long wacht, Model model) {
        model.addAttribute("demo", demo);
        if (wacht != null && wacht > 0) {
            model.addAttribute("wachttijd", TeVeelPogingenException.omschrijving(
                    Duration.ofSeconds(Math.min(wacht, Aanmeldbewaking.LANGSTE_WACHTTIJD.toSeconds()))));
        }
        return "login";
    }
}
