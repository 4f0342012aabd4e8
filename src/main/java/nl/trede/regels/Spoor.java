package nl.trede.regels;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Records every fired rule with the facts it matched and the facts its action inserted, and tells the
 * session's {@link Sessietoezicht.Teller} of each firing.
 */
final class Spoor extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final Sessietoezicht.Teller teller;
    private final List<GevuurdeRegel> gevuurd = new ArrayList<>();
    private final List<Object> conclusies = new ArrayList<>();
    private List<Object> lopendeConclusies;

    Spoor(Sessietoezicht.Teller teller) {
        this.teller = teller;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        teller.vuurt(event.getKieRuntime());
        lopendeConclusies = new ArrayList<>();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule regel = event.getMatch().getRule();
        Object grondslag = regel.getMetaData().get("grondslag");
        gevuurd.add(new GevuurdeRegel(gevuurd.size() + 1, regel.getName(), regel.getPackageName(),
                grondslag == null ? null : grondslag.toString(),
                List.copyOf(event.getMatch().getObjects()), List.copyOf(lopendeConclusies)));
        lopendeConclusies = null;
        teller.gevuurd(regel);
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

    Uitvoering uitvoering() {
        return new Uitvoering(List.copyOf(conclusies), List.copyOf(gevuurd));
    }
}
