package nl.trede.systeem;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own personal access tokens: make one (shown once), see when each was used, revoke. */
@Controller
class TokenPaginaController {

    private final TokenService tokens;

    TokenPaginaController(TokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/tokens")
    String tokens(Authentication wie, Model model) {
        model.addAttribute("tokens", tokens.van(wie.getName()));
        model.addAttribute("rollen", Rol.van(wie.getAuthorities()));
        model.addAttribute("nu", Instant.now());
        return "systeem/tokens";
    }

    /** Answers with the page itself, not a redirect: the token text then never passes through the session. */
    @PostMapping("/tokens")
    String maak(@RequestParam(required = false) String naam, @RequestParam(required = false) String rol,
                @RequestParam(required = false) String geldigTot, Authentication wie, Model model,
                HttpServletResponse antwoord) {
        try {
            model.addAttribute("nieuw", tokens.maak(wie, naam, rol, geldigTot));
        } catch (OngeldigeInvoerException e) {
            antwoord.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("ingevuld", new String[] {naam, rol, geldigTot});
        }
        return tokens(wie, model);
    }

    @PostMapping("/tokens/{id}/intrekken")
    String trekIn(@PathVariable long id, Authentication wie, RedirectAttributes doorgeven) {
        tokens.trekIn(wie.getName(), id);
        doorgeven.addFlashAttribute("melding", "Token " + id + " is ingetrokken: het werkt niet meer.");
        return "redirect:/tokens";
    }
}
