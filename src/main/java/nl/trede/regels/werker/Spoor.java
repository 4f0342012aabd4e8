package nl.trede.regels.werker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.trede.regels.GevuurdeRegel;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieRuntime;

/**
 * Records every fired rule with the facts it matched and the facts its action inserted, counts the firings per rule
 * and the time each rule took, and halts the session past the fire limit or the deadline. Drools notifies one listener
 * per firing, this one. A firing that never returns cannot be halted from here: the worker's watchdog reads
 * {@link #langst()} and the app kills the process.
 */
final class Spoor extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private static final int TOP = 3;

    private final List<GevuurdeRegel> gevuurd = new ArrayList<>();
    private final List<Object> conclusies = new ArrayList<>();
    private final Map<Rule, long[]> perRegel = new ConcurrentHashMap<>();
    private final long vuurlimietBasis;
    private final long vuurlimietPerFeit;
    private List<Object> lopendeConclusies;
    private long feiten;
    private long keer;
    private volatile long deadline;
    private volatile long tijdMs;
    private volatile Rule lopend;
    private volatile long lopendSinds;
    private KieRuntime runtime;
    private String reden;

    Spoor(long vuurlimietBasis, long vuurlimietPerFeit) {
        this.vuurlimietBasis = vuurlimietBasis;
        this.vuurlimietPerFeit = vuurlimietPerFeit;
    }

    /** Before a round: the facts it adds (the fire limit grows with them) and its time. */
    void ronde(long nieuweFeiten, long tijdMs) {
        feiten += nieuweFeiten;
        this.tijdMs = tijdMs;
        deadline = System.nanoTime() + tijdMs * 1_000_000L;
        reden = null;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        runtime = event.getKieRuntime();
        lopendeConclusies = new ArrayList<>();
        lopendSinds = System.nanoTime();
        lopend = event.getMatch().getRule();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule regel = event.getMatch().getRule();
        long nu = System.nanoTime();
        long[] telling = perRegel.computeIfAbsent(regel, r -> new long[2]);
        telling[0]++;
        telling[1] += nu - lopendSinds;
        lopend = null;
        Object grondslag = regel.getMetaData().get("grondslag");
        gevuurd.add(new GevuurdeRegel(gevuurd.size() + 1, regel.getName(), regel.getPackageName(),
                grondslag == null ? null : grondslag.toString(),
                List.copyOf(event.getMatch().getObjects()), List.copyOf(lopendeConclusies)));
        lopendeConclusies = null;
        keer++;
        long limiet = vuurlimietBasis + vuurlimietPerFeit * feiten;
        if (keer > limiet) {
            stop("zij vuurden meer dan " + Getal.van(limiet) + " keer in één sessie (grens: " + Getal.van(vuurlimietBasis)
                    + " plus " + vuurlimietPerFeit + " per feit, bij " + Getal.van(feiten) + " feiten)");
        } else if (nu > deadline) {
            stop("zij waren na " + Getal.duur(tijdMs) + " niet klaar (" + Getal.van(keer) + " keer gevuurd)");
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null && lopendeConclusies != null) {
            lopendeConclusies.add(event.getObject());
            conclusies.add(event.getObject());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Facts are immutable records; rules conclude by inserting, never by modifying.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // Idem: nothing is retracted.
    }

    private void stop(String waarom) {
        if (reden == null) {
            reden = waarom;
        }
        if (runtime != null) {
            runtime.halt();
        }
    }

    /** After a round: what it concluded, or the overrun that halted it. */
    Resultaat resultaat(int conclusiesVoor, int gevuurdVoor) {
        if (reden != null) {
            throw overschrijding(reden);
        }
        return new Resultaat(List.copyOf(conclusies.subList(conclusiesVoor, conclusies.size())),
                List.copyOf(gevuurd.subList(gevuurdVoor, gevuurd.size())));
    }

    int aantalConclusies() {
        return conclusies.size();
    }

    int aantalGevuurd() {
        return gevuurd.size();
    }

    /** The overrun as it stands now: for the watchdog, while a firing is still running past the deadline. */
    Overschrijding overschrijding(String waarom) {
        List<Overschrijding.Telling> top = perRegel.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<Rule, long[]> e) -> e.getValue()[0]).reversed())
                .limit(TOP)
                .map(e -> new Overschrijding.Telling(e.getKey().getName(), e.getKey().getPackageName(), e.getValue()[0]))
                .toList();
        return new Overschrijding(waarom, top, langst());
    }

    /** The rule that took the most time, the one still running included: where a runaway action is. */
    Overschrijding.Langst langst() {
        Rule nuBezig = lopend;
        long sinds = lopendSinds;
        Overschrijding.Langst beste = null;
        for (Map.Entry<Rule, long[]> e : perRegel.entrySet()) {
            long ns = e.getValue()[1] + (e.getKey().equals(nuBezig) ? System.nanoTime() - sinds : 0);
            if (beste == null || ns / 1_000_000 > beste.ms()) {
                beste = new Overschrijding.Langst(e.getKey().getName(), e.getKey().getPackageName(), ns / 1_000_000, false);
            }
        }
        if (nuBezig != null && !perRegel.containsKey(nuBezig)) {
            long ms = (System.nanoTime() - sinds) / 1_000_000;
            if (beste == null || ms >= beste.ms()) {
                beste = new Overschrijding.Langst(nuBezig.getName(), nuBezig.getPackageName(), ms, true);
            }
        } else if (beste != null && nuBezig != null && nuBezig.getName().equals(beste.regel())
                && nuBezig.getPackageName().equals(beste.pakket())) {
            beste = new Overschrijding.Langst(beste.regel(), beste.pakket(), beste.ms(), true);
        }
        return beste;
    }
}
