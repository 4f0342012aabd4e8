package nl.trede.bestand;

/**
 * The values a whole-number column accepts, both ends included. Every count has one, so a typo
 * like 999999999 is refused at the cell instead of overflowing a sum later.
 */
public record Bereik(int min, int max) {

    /** A number of people or places: 0 to 1,000,000 (the Netherlands houses fewer than 100,000 a year). */
    public static final Bereik AANTAL = new Bereik(0, 1_000_000);
    /** A balance that may be negative (a voorsprong, a correction): -1,000,000 to 1,000,000. */
    public static final Bereik SALDO = new Bereik(-1_000_000, 1_000_000);

    public Bereik {
        if (min > max) {
            throw new IllegalArgumentException("Bereik " + min + " tot " + max + " is leeg");
        }
    }
}
