package nl.trede.regels;

import java.util.Collection;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * A stateful session for work done in rounds (the minimum-share rounds of a verdeling): facts stay
 * between rounds, and every round is recorded like a stateless run.
 */
public final class Regelsessie implements AutoCloseable {

    private final KieSession sessie;
    private final Spoor spoor = new Spoor();

    Regelsessie(KieBase kieBase) {
        sessie = kieBase.newKieSession();
        sessie.addEventListener((AgendaEventListener) spoor);
        sessie.addEventListener((RuleRuntimeEventListener) spoor);
    }

    /** Inserts the facts and fires; returns what this round concluded and which rules fired in it. */
    public Uitvoering voerUit(Collection<?> feiten) {
        Uitvoering voor = spoor.uitvoering();
        feiten.forEach(sessie::insert);
        sessie.fireAllRules();
        Uitvoering na = spoor.uitvoering();
        return new Uitvoering(na.conclusies().subList(voor.conclusies().size(), na.conclusies().size()),
                na.gevuurd().subList(voor.gevuurd().size(), na.gevuurd().size()));
    }

    @Override
    public void close() {
        sessie.dispose();
    }
}
