package nl.trede.beoordeling;

/** The trede that follows from one maatstaf, by one of the four outcomes of the ladder. */
public record Uitkomst(String gemeente, Grondslag maatstaf, int trede, String uitleg) implements Conclusie {
}
