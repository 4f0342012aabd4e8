package nl.trede.regels;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A rule session was halted: it fired more often than its budget allows, or took longer. Names the
 * rules that fired most, so a policy writer knows where to look; nothing of the session is used.
 */
public class RegelsOverschredenException extends IllegalStateException {

    /** How often one rule fired in the halted session. */
    public record Telling(String regel, String pakket, long keer) {
    }

    private final List<Telling> meestGevuurd;

    RegelsOverschredenException(String reden, List<Telling> meestGevuurd) {
        super("De regels zijn gestopt: " + reden + ". " + (meestGevuurd.isEmpty()
                ? "Er vuurde geen enkele regel; een voorwaarde die veel feiten met elkaar combineert kost te veel tijd."
                : "Het vaakst vuurden: " + meestGevuurd.stream()
                        .map(t -> "'" + t.regel() + "' (" + t.pakket() + ", " + getal(t.keer()) + " keer)")
                        .collect(Collectors.joining(", "))
                        + ". Een regel die feiten invoegt waardoor zij (of een andere regel) opnieuw vuurt, stopt nooit vanzelf."));
        this.meestGevuurd = List.copyOf(meestGevuurd);
    }

    /** The rules that fired most, most first. */
    public List<Telling> meestGevuurd() {
        return meestGevuurd;
    }

    static String getal(long getal) {
        return String.format(Locale.forLanguageTag("nl-NL"), "%,d", getal);
    }
}
