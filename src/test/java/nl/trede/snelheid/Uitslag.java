package nl.trede.snelheid;

import java.util.Arrays;
import java.util.Locale;

/**
 * The figures of one measurement: how many calls, how many answered otherwise than expected (with the
 * first such answer), median and p95 of the time to the last byte, calls per second over the whole
 * phase, the size of an answer, and the load average of the machine when it ended.
 */
record Uitslag(String naam, int clients, int aantal, int fouten, String eersteFout, double mediaanMs, double p95Ms,
               double perSeconde, long bytes, String load) {

    static Uitslag van(String naam, int clients, long[] nanos, int fouten, String eersteFout, long wandNanos, long bytes) {
        long[] gesorteerd = nanos.clone();
        Arrays.sort(gesorteerd);
        return new Uitslag(naam, clients, gesorteerd.length, fouten, eersteFout, percentiel(gesorteerd, 0.50),
                percentiel(gesorteerd, 0.95), gesorteerd.length / (wandNanos / 1e9), bytes, Load.nu());
    }

    /** Nearest rank: the smallest value with at least that share of all values at or below it. */
    static double percentiel(long[] gesorteerd, double deel) {
        if (gesorteerd.length == 0) {
            return Double.NaN;
        }
        int rang = (int) Math.ceil(deel * gesorteerd.length);
        return gesorteerd[Math.max(rang, 1) - 1] / 1e6;
    }

    static String kop() {
        return String.format(Locale.ROOT, "%-66s %4s %6s %9s %9s %8s %8s %6s  %s", "wat", "cl", "n", "mediaan", "p95",
                "per s", "KB", "fout", "load (1/5/15 min)");
    }

    String regel() {
        return String.format(Locale.ROOT, "%-66s %4d %6d %7.1fms %7.1fms %8.1f %8.1f %6d  %s", afgekort(naam), clients,
                aantal, mediaanMs, p95Ms, perSeconde, bytes / 1024.0, fouten, load)
                + (eersteFout == null ? "" : "\n      eerste fout: " + eersteFout);
    }

    private static String afgekort(String tekst) {
        return tekst.length() <= 66 ? tekst : tekst.substring(0, 63) + "...";
    }
}
