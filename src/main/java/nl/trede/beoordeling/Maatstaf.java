package nl.trede.beoordeling;

import nl.trede.regels.Feit;

/**
 * The ondergrens on one grondslag: what the gemeente had to house this half-year for its
 * achterstand not to grow ({@code T + C}; with a koppelingstekort at most {@code G}).
 */
@Feit("Maatstaf")
public record Maatstaf(String gemeente, Grondslag grondslag, int ondergrens, String uitleg) implements Conclusie {
}
