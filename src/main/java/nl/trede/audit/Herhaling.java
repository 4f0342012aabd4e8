package nl.trede.audit;

import java.util.List;
import nl.trede.beoordeling.Beoordeling;

/** A stored run re-run from its receipts with the rule files of its own version: per gemeente the same or not. */
public record Herhaling(long rondeId, String regelsetVersie, int identiek, int verschillend, List<Gemeente> gemeenten) {

    public record Gemeente(String gemeente, String gemeenteNaam, Uitkomst vastgelegd, Uitkomst herhaald, boolean identiek) {
    }

    /** The outcome of a beoordeling as a receipt records it. */
    public record Uitkomst(int trede, String grondslag, int standEinde, int tredeOpTotaalopgave,
                           boolean koppelingstekortGunstig) {

        static Uitkomst van(Beoordeling b) {
            return new Uitkomst(b.trede(), b.grondslag().name(), b.standEinde(), b.tredeOpTotaalopgave(),
                    b.koppelingstekortGunstig());
        }
    }
}
