package nl.trede.audit;

import java.util.List;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.Grondslag;

/** A stored run re-run from its receipts with the rule files of its own version: per gemeente the same or not. */
public record Herhaling(long rondeId, String regelsetVersie, int identiek, int verschillend, List<Gemeente> gemeenten) {

    public record Gemeente(String gemeente, String gemeenteNaam, Uitkomst vastgelegd, Uitkomst herhaald, boolean identiek) {
    }

    /** The engine's outcome of a beoordeling as a receipt records it; {@code trede} is the proposed trede. */
    public record Uitkomst(int trede, String grondslag, int standEinde, int tredeOpTotaalopgave,
                           boolean koppelingstekortGunstig) {

        static Uitkomst van(Beoordeling b) {
            return new Uitkomst(b.voorgesteldeTrede(), b.grondslag().name(), b.standEinde(), b.tredeOpTotaalopgave(),
                    b.koppelingstekortGunstig());
        }

        /**
         * Every part of the outcome in words, so that two outcomes read alike exactly when they are equal:
         * a comparison or replay that calls two outcomes different shows where ("trede 2 op het
         * koppelingstekort, gunstiger dan trede 3 op de totaalopgave" against "... trede 2 op de totaalopgave").
         */
        public String inWoorden() {
            StringBuilder tekst = new StringBuilder("trede " + trede + " op " + Grondslag.valueOf(grondslag).inZin());
            if (koppelingstekortGunstig) {
                tekst.append(", gunstiger dan trede ").append(tredeOpTotaalopgave).append(" op de totaalopgave");
            } else if (tredeOpTotaalopgave != trede || Grondslag.KOPPELINGSTEKORT.name().equals(grondslag)) {
                tekst.append(", op de totaalopgave trede ").append(tredeOpTotaalopgave);
            }
            return tekst.append(", stand einde ").append(standEinde).toString();
        }
    }
}
