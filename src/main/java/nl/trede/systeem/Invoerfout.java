package nl.trede.systeem;

/**
 * One thing wrong with what a user sent, where to find it: the row (1 is the header row of a CSV
 * file; null for JSON), the column or field, and a Dutch message that says what to do.
 */
public record Invoerfout(Integer rij, String kolom, String melding) {
}
