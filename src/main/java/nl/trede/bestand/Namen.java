package nl.trede.bestand;

import java.text.Normalizer;
import java.util.Locale;

/** Names compared as people type them: without accents, case, spaces or punctuation. */
public final class Namen {

    private Namen() {
    }

    /** "Súdwest-Fryslân" and "sudwest fryslan" give the same key; so do "stand_2025_01_01" and "Stand 2025-01-01". */
    public static String sleutel(String naam) {
        String zonderAccenten = Normalizer.normalize(naam == null ? "" : naam, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return zonderAccenten.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
