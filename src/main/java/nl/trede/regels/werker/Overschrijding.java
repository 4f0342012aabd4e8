package nl.trede.regels.werker;

import java.util.List;

/**
 * A session past its budget inside the worker: why, the rules that fired most, and the rule that took the most time
 * ({@code bezig}: it was still running when the budget ran out, so its action itself does not end).
 */
final class Overschrijding extends RuntimeException {

    record Telling(String regel, String pakket, long keer) {
    }

    record Langst(String regel, String pakket, long ms, boolean bezig) {
    }

    private final String reden;
    private final transient List<Telling> top;
    private final transient Langst langst;

    Overschrijding(String reden, List<Telling> top, Langst langst) {
        super(reden, null, false, false);
        this.reden = reden;
        this.top = top;
        this.langst = langst;
    }

    /** As the app gets it; {@code werkerStopt} when the worker ends itself after answering. */
    Bericht.Overschreden bericht(boolean werkerStopt) {
        return new Bericht.Overschreden(reden, top.stream().map(t -> new Bericht.Telling(t.regel(), t.pakket(), t.keer())).toList(),
                langst == null ? null : new Bericht.Langst(langst.regel(), langst.pakket(), langst.ms(), langst.bezig()), werkerStopt);
    }
}
