package nl.trede.systeem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The menu in the header of every page, with the part the page belongs to marked for screen readers
 * and the eye ({@code aria-current}: "page" on the part's own page, "true" on a page within it). An
 * error page marks the part of the address that failed.
 */
@ControllerAdvice
class Hoofdmenu {

    /** One menu item; {@code huidig} is the value of aria-current, or null. */
    public record Item(String tekst, String pad, String huidig) {
    }

    /** The main menu, and the link to one's own tokens beside the name. */
    public record Menu(List<Item> items, Item tokens) {
    }

    private record Deel(String tekst, String pad, List<String> ook) {

        Item voor(String adres) {
            if (adres.equals(pad)) {
                return new Item(tekst, pad, "page");
            }
            boolean binnen = adres.startsWith(pad + "/") || ook.stream().anyMatch(o -> adres.equals(o) || adres.startsWith(o + "/"));
            return new Item(tekst, pad, binnen ? "true" : null);
        }
    }

    private static final List<Deel> DELEN = List.of(
            new Deel("Beoordelingen", "/rondes", List.of("/beoordelingen")),
            new Deel("Cijfers invoeren", "/invoer", List.of()),
            new Deel("Verdeelbesluiten", "/verdelingen", List.of()),
            new Deel("Monitoring", "/monitoring", List.of()),
            new Deel("Regels", "/regels", List.of()),
            new Deel("Audit", "/audit", List.of("/aanmeldpogingen")));
    private static final Deel TOKENS = new Deel("Tokens", "/tokens", List.of());

    @ModelAttribute("hoofdmenu")
    Menu hoofdmenu(HttpServletRequest request) {
        String adres = adres(request);
        return new Menu(DELEN.stream().map(d -> d.voor(adres)).toList(), TOKENS.voor(adres));
    }

    private static String adres(HttpServletRequest request) {
        Object fout = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = fout instanceof String pad ? pad : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }
}
