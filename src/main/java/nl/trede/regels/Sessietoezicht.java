package nl.trede.regels;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The app's side of the budget of one compiled rule set: the {@link Regelbudget} its sessions get in the worker (which
 * halts them past the fire limit and is killed past the time), whether it is a candidate, and what the validator watches.
 * <p>
 * A candidate rule set (being validated) stops at its first overrun: every later session fails at once with the same
 * exception, so refusing a runaway candidate costs one budget, not one per scenario. While the validator watches
 * ({@link #neemWaar}), the names of the rules that fire are collected, for the coverage check.
 */
final class Sessietoezicht {

    private final Regelbudget budget;
    private final boolean kandidaat;
    private final AtomicReference<RegelsOverschredenException> overschrijding = new AtomicReference<>();
    private final AtomicReference<Set<String>> waarneming = new AtomicReference<>();

    private Sessietoezicht(Regelbudget budget, boolean kandidaat) {
        this.budget = budget;
        this.kandidaat = kandidaat;
    }

    /** For the rules in use and stored versions: each session on its own, in a worker for rules in use. */
    static Sessietoezicht inGebruik(Regelbudget budget) {
        return new Sessietoezicht(budget, false);
    }

    /** For a rule set under validation or impact: in a proof worker, and the first overrun ends every later session. */
    static Sessietoezicht kandidaat(Regelbudget budget) {
        return new Sessietoezicht(budget, true);
    }

    Regelbudget budget() {
        return budget;
    }

    boolean isKandidaat() {
        return kandidaat;
    }

    Optional<RegelsOverschredenException> overschrijding() {
        return Optional.ofNullable(overschrijding.get());
    }

    /** Runs {@code werk} and returns the rules ({@code pakket/naam}) that fired in its sessions. */
    Set<String> neemWaar(Runnable werk) {
        Set<String> gevuurd = ConcurrentHashMap.newKeySet();
        waarneming.set(gevuurd);
        try {
            werk.run();
        } finally {
            waarneming.set(null);
        }
        return Set.copyOf(gevuurd);
    }

    /** One session (or round) run by {@code sessie}, with what this rule set's budget and watching add to it. */
    Uitvoering voerUit(Supplier<Uitvoering> sessie) {
        RegelsOverschredenException eerder = overschrijding.get();
        if (kandidaat && eerder != null) {
            throw eerder;
        }
        Uitvoering uitvoering;
        try {
            uitvoering = sessie.get();
        } catch (RegelsOverschredenException e) {
            if (kandidaat) {
                overschrijding.compareAndSet(null, e);
            }
            throw e;
        }
        Set<String> waar = waarneming.get();
        if (waar != null) {
            uitvoering.gevuurd().forEach(r -> waar.add(r.pakket() + "/" + r.regel()));
        }
        return uitvoering;
    }
}
