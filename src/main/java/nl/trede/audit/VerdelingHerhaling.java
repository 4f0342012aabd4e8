package nl.trede.audit;

import java.util.List;

/** A stored verdeling computed again from its receipt with its own rule-set version: per gemeente the same or not. */
public record VerdelingHerhaling(long verdeling, String regelsetVersie, int identiek, int verschillend,
                                 List<Gemeente> gemeenten) {

    public record Gemeente(String gemeente, String gemeenteNaam, Aandeel vastgelegd, Aandeel herhaald, boolean identiek) {
    }

    /** A gemeente's numbers in the besluit and its shares of the restopgave. */
    public record Aandeel(int regulier, int amv, Integer restRegulier, Integer restAmv) {
    }
}
