package nl.trede.systeem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final boolean demo;

    LoginController(ObjectProvider<IngebeddeDatabase> ingebed, GebruikersProperties gebruikers) {
        this.demo = ingebed.getIfAvailable() != null && gebruikers.gebruikers().isEmpty();
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
        return "login";
    }
}
