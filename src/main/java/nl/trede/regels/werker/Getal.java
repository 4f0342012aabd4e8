package nl.trede.regels.werker;

import java.util.Locale;

/** Numbers and durations as a Dutch reader writes them: "1.020", "10 seconden". */
public final class Getal {

    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");

    private Getal() {
    }

    public static String van(long getal) {
        return String.format(NEDERLANDS, "%,d", getal);
    }

    public static String duur(long ms) {
        if (ms % 1000 == 0) {
            long s = ms / 1000;
            return s + (s == 1 ? " seconde" : " seconden");
        }
        return ms < 1000 ? ms + " milliseconden" : String.format(NEDERLANDS, "%.1f seconden", ms / 1000.0);
    }
}
