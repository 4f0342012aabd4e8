package nl.trede.regels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A stateful session for work done in rounds (the minimum-share rounds of a verdeling): facts stay between rounds, in
 * the one worker lent to this session, and every round is recorded like a stateless run. Each round has the time
 * budget; the fire limit counts over all rounds, against all facts put in so far.
 */
public final class Regelsessie implements AutoCloseable {

    private final Regelset regelset;
    private final Werkerpool.Lening werker;
    private final long nummer = Werkerproces.nieuweSessie();
    /** Every fact of this session's rounds, in the order the worker counts them. */
    private final List<Object> feiten = new ArrayList<>();
    private boolean gestopt;

    Regelsessie(Regelset regelset, Werkerpool.Lening werker) {
        this.regelset = regelset;
        this.werker = werker;
    }

    /** Inserts the facts and fires; returns what this round concluded and which rules fired in it. */
    public Uitvoering voerUit(Collection<?> nieuw) {
        if (gestopt) {
            throw new IllegalStateException("Deze regelsessie is gestopt omdat zij haar budget overschreed");
        }
        try {
            return regelset.toezicht().voerUit(() -> werker.voerUit(regelset, nummer, new Feitvertaling(nieuw, feiten)));
        } catch (RegelsOverschredenException e) {
            gestopt = true;
            throw e;
        }
    }

    @Override
    public void close() {
        if (!gestopt) {
            werker.sluit(nummer);
        }
        werker.close();
    }
}
