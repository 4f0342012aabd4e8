package nl.trede.beoordeling;

/** Totaalopgave {@code O = B + T + C} and stand einde {@code E = O - R}. */
public record Opgave(String gemeente, int totaalopgave, int standEinde, String uitleg) implements Conclusie {
}
