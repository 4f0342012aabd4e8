package nl.trede.beoordeling;

import nl.trede.regels.Feit;

/** Totaalopgave {@code O = B + T + C} and stand einde {@code E = O - R}. */
@Feit("Opgave")
public record Opgave(String gemeente, int totaalopgave, int standEinde, String uitleg) implements Conclusie {
}
