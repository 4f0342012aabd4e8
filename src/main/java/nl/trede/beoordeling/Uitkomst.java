package nl.trede.beoordeling;

import nl.trede.regels.Feit;

/** The trede that follows from one maatstaf, by one of the four outcomes of the ladder. */
@Feit("Uitkomst")
public record Uitkomst(String gemeente, Grondslag maatstaf, int trede, String uitleg) implements Conclusie {
}
