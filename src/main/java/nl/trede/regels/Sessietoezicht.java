package nl.trede.regels;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieRuntime;

/**
 * Keeps every session of one compiled rule set within its {@link Regelbudget}. A session runs on a
 * daemon thread of its own while the caller waits at most the time budget: a runaway session is
 * halted, the caller gets a {@link RegelsOverschredenException} and goes on (a request answers, start-up
 * continues, SIGTERM is not blocked), and no thread of a session keeps the JVM alive.
 * <p>
 * A candidate rule set (being validated) stops at its first overrun: every later session fails at
 * once with the same exception, so refusing a runaway candidate costs one budget, not one per
 * scenario. While the validator watches ({@link #neemWaar}), the names of the rules that fire are
 * collected, for the coverage check.
 */
final class Sessietoezicht {

    /** Beyond the budget, how long the caller waits for a session that does not reach a firing to halt itself. */
    private static final Duration MARGE = Duration.ofMillis(500);
    private static final int TOP = 3;
    private static final AtomicInteger NUMMER = new AtomicInteger();
    private static final ExecutorService SESSIES = Executors.newCachedThreadPool(taak -> {
        Thread draad = new Thread(taak, "regelsessie-" + NUMMER.incrementAndGet());
        draad.setDaemon(true);
        return draad;
    });

    private final Regelbudget budget;
    private final boolean kandidaat;
    private final AtomicReference<RegelsOverschredenException> overschrijding = new AtomicReference<>();
    private final AtomicReference<Set<String>> waarneming = new AtomicReference<>();

    private Sessietoezicht(Regelbudget budget, boolean kandidaat) {
        this.budget = budget;
        this.kandidaat = kandidaat;
    }

    /** For the active rule set and stored versions: each session on its own. */
    static Sessietoezicht inGebruik(Regelbudget budget) {
        return new Sessietoezicht(budget, false);
    }

    /** For a rule set under validation or impact: the first overrun ends every later session. */
    static Sessietoezicht kandidaat(Regelbudget budget) {
        return new Sessietoezicht(budget, true);
    }

    Regelbudget budget() {
        return budget;
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

    Teller teller() {
        return new Teller();
    }

    /** Runs one session (or one round of a stateful one) on a session thread, within the budget. */
    <T> T voerUit(Teller teller, Callable<T> sessie) {
        RegelsOverschredenException eerder = overschrijding.get();
        if (kandidaat && eerder != null) {
            throw eerder;
        }
        teller.begin();
        Future<T> taak = SESSIES.submit(sessie);
        try {
            T uitkomst = taak.get(budget.tijd().plus(MARGE).toMillis(), TimeUnit.MILLISECONDS);
            teller.controleer();
            return uitkomst;
        } catch (TimeoutException e) {
            teller.stop("zij waren na " + seconden(budget.tijd()) + " niet klaar");
            taak.cancel(true);
            throw teller.overschreden();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            teller.stop("zij werden onderbroken");
            taak.cancel(true);
            throw teller.overschreden();
        } catch (ExecutionException e) {
            throw oorzaak(e);
        }
    }

    /** What a task on another thread threw, for its caller to throw as its own; an {@link Error} is thrown here. */
    static RuntimeException oorzaak(ExecutionException e) {
        if (e.getCause() instanceof Error fout) {
            throw fout;
        }
        return e.getCause() instanceof RuntimeException fout ? fout : new IllegalStateException(e.getCause());
    }

    private static String seconden(Duration tijd) {
        return tijd.toMillis() % 1000 == 0 ? tijd.toSeconds() + (tijd.toSeconds() == 1 ? " seconde" : " seconden")
                : tijd.toMillis() + " milliseconden";
    }

    /**
     * Counts the firings of one session (all rounds of a stateful one) per rule and halts the
     * session past the fire limit or the time budget. Told by the session's {@link Spoor}, so that
     * Drools notifies one listener per firing rather than two.
     */
    final class Teller {

        private final Map<Rule, LongAdder> perRegel = new ConcurrentHashMap<>();
        private final AtomicLong gevuurd = new AtomicLong();
        private long feiten;
        private volatile long limiet = budget.vuurlimiet(0);
        private volatile long deadline;
        private volatile KieRuntime runtime;
        private volatile String reden;

        /** The facts the caller puts in; the fire limit grows with them. */
        void erbij(long aantal) {
            feiten += aantal;
            limiet = budget.vuurlimiet(feiten);
        }

        private void begin() {
            deadline = System.nanoTime() + budget.tijd().toNanos();
        }

        /** Before a rule fires: the session to halt, the same for every firing. */
        void vuurt(KieRuntime sessie) {
            if (runtime == null) {
                runtime = sessie;
            }
        }

        /** After a rule fired. */
        void gevuurd(Rule regel) {
            perRegel.computeIfAbsent(regel, k -> new LongAdder()).increment();
            Set<String> waar = waarneming.get();
            if (waar != null) {
                waar.add(regel.getPackageName() + "/" + regel.getName());
            }
            long keer = gevuurd.incrementAndGet();
            if (keer > limiet) {
                stop("zij vuurden meer dan " + RegelsOverschredenException.getal(limiet) + " keer in één sessie (grens: "
                        + RegelsOverschredenException.getal(budget.vuurlimietBasis()) + " plus " + budget.vuurlimietPerFeit()
                        + " per feit, bij " + RegelsOverschredenException.getal(feiten) + " feiten)");
            } else if (System.nanoTime() > deadline) {
                stop("zij waren na " + seconden(budget.tijd()) + " niet klaar (" + RegelsOverschredenException.getal(keer)
                        + " keer gevuurd)");
            }
        }

        private void stop(String waarom) {
            if (reden == null) {
                reden = waarom;
            }
            KieRuntime sessie = runtime;
            if (sessie != null) {
                sessie.halt();
            }
        }

        private void controleer() {
            if (reden != null) {
                throw overschreden();
            }
        }

        private RegelsOverschredenException overschreden() {
            List<RegelsOverschredenException.Telling> top = perRegel.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<Rule, LongAdder> e) -> e.getValue().sum()).reversed())
                    .limit(TOP)
                    .map(e -> new RegelsOverschredenException.Telling(e.getKey().getName(), e.getKey().getPackageName(),
                            e.getValue().sum()))
                    .toList();
            RegelsOverschredenException fout = new RegelsOverschredenException(reden, top);
            if (kandidaat) {
                overschrijding.compareAndSet(null, fout);
            }
            return fout;
        }
    }
}
