package nl.trede.regels;

import java.util.Collection;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * A stateful session for work done in rounds (the minimum-share rounds of a verdeling): facts stay
 * between rounds, and every round is recorded like a stateless run. Each round has the time budget;
 * the fire limit counts over all rounds, against all facts put in so far.
 */
public final class Regelsessie implements AutoCloseable {

    private final KieSession sessie;
    private final Spoor spoor;
    private final Sessietoezicht toezicht;
    private final Sessietoezicht.Teller teller;
    private boolean gestopt;

    Regelsessie(KieBase kieBase, Sessietoezicht toezicht) {
        this.toezicht = toezicht;
        this.teller = toezicht.teller();
        spoor = new Spoor(teller);
        sessie = kieBase.newKieSession();
        sessie.addEventListener((AgendaEventListener) spoor);
        sessie.addEventListener((RuleRuntimeEventListener) spoor);
    }

    /** Inserts the facts and fires; returns what this round concluded and which rules fired in it. */
    public Uitvoering voerUit(Collection<?> feiten) {
        if (gestopt) {
            throw new IllegalStateException("Deze regelsessie is gestopt omdat zij haar budget overschreed");
        }
        teller.erbij(feiten.size());
        Uitvoering voor = spoor.uitvoering();
        try {
            toezicht.voerUit(teller, () -> {
                feiten.forEach(sessie::insert);
                return sessie.fireAllRules();
            });
        } catch (RegelsOverschredenException e) {
            gestopt = true;
            throw e;
        }
        Uitvoering na = spoor.uitvoering();
        return new Uitvoering(na.conclusies().subList(voor.conclusies().size(), na.conclusies().size()),
                na.gevuurd().subList(voor.gevuurd().size(), na.gevuurd().size()));
    }

    @Override
    public void close() {
        // A halted round may still be running on its session thread; it is left to end there.
        if (!gestopt) {
            sessie.dispose();
        }
    }
}
