package nl.trede.regels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.trede.regels.werker.Bericht;
import nl.trede.regels.werker.Kanaal;
import tools.jackson.databind.JsonNode;

/**
 * The facts of one session as data for a worker, and what the worker answered back as facts of trede: each conclusion
 * read into the record its stable type name ({@code @Feit}) stands for, and nothing else, so that whatever ran in the
 * worker cannot make the app build an object of its choosing. A fired rule's facts are the very objects put in or
 * concluded, as they were in the app before, so that callers can group them by identity.
 */
final class Feitvertaling {

    private final List<Object> invoer;
    private final List<Object> sessie;

    /** A stateless session: its facts are the only ones. */
    Feitvertaling(Collection<?> feiten) {
        this(feiten, new ArrayList<>());
    }

    /**
     * A round of a stateful session: {@code sessie} holds every fact of the earlier rounds in the order the worker
     * counts them (put in, then concluded), and gets this round's.
     */
    Feitvertaling(Collection<?> feiten, List<Object> sessie) {
        this.invoer = List.copyOf(feiten);
        this.sessie = sessie;
        sessie.addAll(invoer);
    }

    List<Bericht.Feitwaarde> feiten() {
        List<Bericht.Feitwaarde> waarden = new ArrayList<>(invoer.size());
        for (Object feit : invoer) {
            String type = Feittypen.naam(feit.getClass()).orElseThrow(() -> new IllegalArgumentException(
                    feit.getClass().getName() + " is geen feittype (@Feit); alleen feiten gaan naar de regels"));
            waarden.add(new Bericht.Feitwaarde(type, Kanaal.JSON.valueToTree(feit)));
        }
        return waarden;
    }

    Uitvoering uitvoering(Bericht.Uitgevoerd antwoord) {
        try {
            List<Object> conclusies = new ArrayList<>(antwoord.conclusies().size());
            for (Bericht.Feitwaarde c : antwoord.conclusies()) {
                Class<?> klasse = Feittypen.klasse(c.type()).orElseThrow(() -> new IllegalStateException(
                        "een conclusie van het onbekende type '" + c.type() + "'"));
                conclusies.add(Kanaal.JSON.treeToValue(c.waarde(), klasse));
            }
            sessie.addAll(conclusies);
            List<GevuurdeRegel> gevuurd = new ArrayList<>(antwoord.gevuurd().size());
            for (Bericht.Vuring v : antwoord.gevuurd()) {
                List<Object> feiten = new ArrayList<>(v.feiten().size());
                for (JsonNode f : v.feiten()) {
                    feiten.add(f.isInt() ? sessie.get(f.intValue()) : Kanaal.JSON.treeToValue(f.get("waarde"), Object.class));
                }
                List<Object> ingevoegd = new ArrayList<>(v.conclusies().size());
                v.conclusies().forEach(k -> ingevoegd.add(conclusies.get(k)));
                gevuurd.add(new GevuurdeRegel(v.volgnummer(), v.regel(), v.pakket(), v.grondslag(), List.copyOf(feiten),
                        List.copyOf(ingevoegd)));
            }
            return new Uitvoering(List.copyOf(conclusies), List.copyOf(gevuurd));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Het antwoord van de werker klopt niet: " + e.getMessage(), e);
        }
    }
}
