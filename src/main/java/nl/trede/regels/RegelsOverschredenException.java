package nl.trede.regels;

import java.util.List;
import java.util.stream.Collectors;
import nl.trede.regels.werker.Bericht;
import nl.trede.regels.werker.Getal;

/**
 * A rule session was halted: it fired more often than its budget allows, or took longer. Names the
 * rules that fired most, so a policy writer knows where to look; nothing of the session is used.
 */
public class RegelsOverschredenException extends IllegalStateException {

    /** How often one rule fired in the halted session. */
    public record Telling(String regel, String pakket, long keer) {
    }

    /** The rule that took the most time; {@code bezig} when it was still running as the time ran out. */
    public record Langst(String regel, String pakket, long ms, boolean bezig) {
    }

    private final List<Telling> meestGevuurd;
    private final Langst langst;

    RegelsOverschredenException(String reden, List<Telling> meestGevuurd, Langst langst) {
        super("De regels zijn gestopt: " + reden + ". " + (langst != null && langst.bezig()
                ? "De actie van '" + langst.regel() + "' (" + langst.pakket() + ") liep nog na " + Getal.duur(langst.ms())
                + ": zij houdt zelf niet op. " : "")
                + (meestGevuurd.isEmpty() ? langst != null ? "" : "Er vuurde geen enkele regel; een voorwaarde die veel feiten met elkaar combineert kost te veel tijd."
                : "Het vaakst vuurden: " + meestGevuurd.stream()
                        .map(t -> "'" + t.regel() + "' (" + t.pakket() + ", " + getal(t.keer()) + " keer)")
                        .collect(Collectors.joining(", "))
                        + ". Een regel die feiten invoegt waardoor zij (of een andere regel) opnieuw vuurt, stopt nooit vanzelf.")
                + (langst != null && !langst.bezig() ? " Het langst liep '" + langst.regel() + "' (" + langst.pakket() + ", "
                + Getal.duur(langst.ms()) + ")." : ""));
        this.meestGevuurd = List.copyOf(meestGevuurd);
        this.langst = langst;
    }

    /** The overrun as the worker told it. */
    static RegelsOverschredenException van(Bericht.Overschreden bericht) {
        return new RegelsOverschredenException(bericht.reden(), bericht.top().stream()
                .map(t -> new Telling(t.regel(), t.pakket(), t.keer())).toList(), bericht.langst() == null ? null
                : new Langst(bericht.langst().regel(), bericht.langst().pakket(), bericht.langst().ms(), bericht.langst().bezig()));
    }

    /** The rule that ran longest, where known. */
    public java.util.Optional<Langst> langst() {
        return java.util.Optional.ofNullable(langst);
    }

    /** The rules that fired most, most first. */
    public List<Telling> meestGevuurd() {
        return meestGevuurd;
    }

    static String getal(long getal) {
        return Getal.van(getal);
    }
}
