package nl.trede.systeem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * The Dutch words of every error a user or API client can get: a title per HTTP status, what to do
 * next, and for Spring's own exceptions a detail that names the parameter, field or format.
 */
final class Foutmeldingen {

    private Foutmeldingen() {
    }

    static String titel(int status) {
        return switch (status) {
            case 400 -> "Onjuist verzoek";
            case 401 -> "Niet aangemeld";
            case 403 -> "Geen toegang";
            case 404 -> "Niet gevonden";
            case 405 -> "Methode niet toegestaan";
            case 406 -> "Formaat niet leverbaar";
            case 408 -> "Te traag";
            case 413 -> "Te groot";
            case 415 -> "Formaat niet ondersteund";
            case 422 -> "Ongeldige invoer";
            case 429 -> "Te veel pogingen";
            case 503 -> "Te druk";
            default -> status >= 500 ? "Fout in trede" : "Verzoek niet uitgevoerd";
        };
    }

    /** What a person can do about an error of this status, when nothing more specific is known. */
    static String watTeDoen(int status) {
        return switch (status) {
            case 400 -> "Controleer het adres en de ingevulde waarden, en probeer het opnieuw.";
            case 401 -> "Meld u aan en probeer het opnieuw.";
            case 403 -> "Lezen mag elke rol; de regels wijzigen mag een beleidsmedewerker; cijfers invoeren, rondes "
                    + "starten en verdelingen maken mag een toezichthouder. Meld u aan met een rol die dit mag.";
            case 404 -> "Controleer het adres, of ga via het menu naar wat u zoekt.";
            case 405 -> "Dit kan zo niet; ga terug en gebruik de knop of het formulier op de pagina.";
            case 408 -> "Verstuur het opnieuw; lukt het niet, dan over een snellere verbinding of in kleinere delen.";
            case 413 -> "Wat u stuurde is groter dan trede aanneemt: een bestand boven de grens die de invoerpagina noemt, "
                    + "of een formulier of JSON-document zonder bestand boven 1 MB. Maak het kleiner of splits het.";
            case 429 -> "Wacht even en probeer het dan opnieuw.";
            case 503 -> "Probeer het over een halve minuut opnieuw.";
            default -> status >= 500
                    ? "Er ging iets mis in trede, niet in wat u deed. Probeer het over enkele minuten opnieuw; "
                    + "gaat het weer mis, meld het dan aan beheer met het tijdstip van de fout."
                    : "Controleer wat u stuurde en probeer het opnieuw.";
        };
    }

    /** A form whose CSRF token no longer matches the session. */
    static final String FORMULIER_VERLOPEN = "Het formulier is verlopen: u was lang weg, of bent intussen opnieuw "
            + "aangemeld. Ga terug, laad de pagina opnieuw en probeer het nog eens.";

    /** Why a logged-in person may not do this: the roles they have. */
    static String geenToegang(Authentication wie) {
        List<Rol> rollen = wie == null ? List.of() : Rol.van(wie.getAuthorities());
        return rollen.isEmpty() ? "Dit mag niet zonder rol."
                : "Dit mag niet met de rol " + rollen.stream().map(Rol::tekst).collect(Collectors.joining(" of ")) + ".";
    }

    /** The Dutch detail of one of Spring MVC's own exceptions; null when trede has no better words for it. */
    static String detail(Exception e) {
        if (e instanceof HttpMessageNotReadableException onleesbaar) {
            return onleesbaar(onleesbaar);
        }
        if (e instanceof HttpMediaTypeNotSupportedException m) {
            return "Het formaat " + (m.getContentType() == null ? "(geen Content-Type)" : "'" + m.getContentType() + "'")
                    + " wordt hier niet aangenomen; stuur " + soorten(m.getSupportedMediaTypes()) + ".";
        }
        if (e instanceof HttpMediaTypeNotAcceptableException m) {
            return "trede kan dit niet leveren in het gevraagde formaat (Accept); vraag "
                    + soorten(m.getSupportedMediaTypes()) + ".";
        }
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            return "De methode " + m.getMethod() + " kan hier niet"
                    + (m.getSupportedMethods() == null ? "." : "; wel: " + String.join(", ", m.getSupportedMethods()) + ".");
        }
        if (e instanceof MissingServletRequestParameterException m) {
            return "De parameter '" + m.getParameterName() + "' ontbreekt; geef hem mee, zoals ?"
                    + m.getParameterName() + "=...";
        }
        if (e instanceof MissingServletRequestPartException m) {
            return "Het onderdeel '" + m.getRequestPartName() + "' (een bestand of veld) ontbreekt in het formulier.";
        }
        if (e instanceof TypeMismatchException m) {
            String naam = m.getPropertyName() == null ? "een parameter" : "'" + m.getPropertyName() + "'";
            return "'" + m.getValue() + "' is geen geldige waarde voor " + naam + ": verwacht " + verwacht(m.getRequiredType()) + ".";
        }
        if (e instanceof NoResourceFoundException m) {
            return "Het adres /" + m.getResourcePath() + " bestaat niet.";
        }
        if (e instanceof NoHandlerFoundException m) {
            return "Het adres " + m.getRequestURL() + " bestaat niet.";
        }
        return null;
    }

    private static String onleesbaar(HttpMessageNotReadableException e) {
        if (!(e.getMostSpecificCause() instanceof JacksonException json)) {
            return "Het verzoek heeft geen leesbare inhoud; stuur JSON zoals in de API-documentatie (/api/v1/docs).";
        }
        StringBuilder detail = new StringBuilder("De JSON is niet te lezen");
        TokenStreamLocation plek = json.getLocation();
        if (plek != null && plek.getLineNr() > 0) {
            detail.append(" (regel ").append(plek.getLineNr()).append(", kolom ").append(plek.getColumnNr()).append(')');
        }
        String veld = veld(json.getPath());
        if (!veld.isEmpty()) {
            detail.append(": het veld '").append(veld).append("' heeft een waarde van de verkeerde soort of is onbekend");
        } else {
            detail.append(": controleer haakjes, aanhalingstekens en komma's");
        }
        return detail.append(". Zie de API-documentatie (/api/v1/docs) voor de velden.").toString();
    }

    private static String veld(List<JacksonException.Reference> pad) {
        StringBuilder veld = new StringBuilder();
        for (JacksonException.Reference stap : pad) {
            if (stap.getPropertyName() != null) {
                veld.append(veld.isEmpty() ? "" : ".").append(stap.getPropertyName());
            } else if (stap.getIndex() >= 0) {
                veld.append('[').append(stap.getIndex()).append(']');
            }
        }
        return veld.toString();
    }

    private static String soorten(List<?> soorten) {
        return soorten.isEmpty() ? "een ander formaat" : soorten.stream().map(Object::toString).collect(Collectors.joining(" of "));
    }

    private static String verwacht(Class<?> type) {
        if (type == null) {
            return "een andere waarde";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "een geheel getal (zonder punt of komma, niet te groot)";
        }
        if (type == LocalDate.class) {
            return "een datum als jjjj-mm-dd, zoals 2025-11-01";
        }
        if (type == LocalDateTime.class || Temporal.class.isAssignableFrom(type)) {
            return "een tijdstip";
        }
        if (type.isEnum()) {
            return "een van " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return "een andere waarde";
    }
}
