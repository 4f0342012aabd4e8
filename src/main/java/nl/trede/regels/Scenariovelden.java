package nl.trede.regels;

import java.util.List;
import java.util.Objects;

/**
 * Checking the fields of a {@link Scenario} once Jackson has bound them to the record of its soort, and
 * comparing its expectations, shared by every {@link ScenarioUitvoerder} so that policy writers get the
 * same messages whatever soort they test. A field left out is null in the record.
 */
public final class Scenariovelden {

    /** As imports: no count above a million, so the rules' int arithmetic cannot overflow. */
    static final int HOOGSTENS = 1_000_000;

    private Scenariovelden() {
    }

    /** The list when it holds at least one row; adds a message and returns empty when it does not. */
    public static <T> List<T> lijst(List<T> waarde, String veld, List<String> verschillen) {
        if (waarde == null || waarde.isEmpty() || waarde.contains(null)) {
            verschillen.add("'" + veld + "' ontbreekt of is geen lijst van gemeenten met hun velden");
            return List.of();
        }
        return waarde;
    }

    public static String tekst(String waarde, String veld) {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException("'" + veld + "' ontbreekt");
        }
        return waarde.trim();
    }

    /** A count between 0 and a million. */
    public static int getal(Integer waarde, String veld) {
        return binnen(verplicht(waarde, veld), veld, 0);
    }

    /** A figure that may be negative (a voorsprong, a correction downwards): between minus and plus a million. */
    public static int metTeken(Integer waarde, String veld) {
        return binnen(verplicht(waarde, veld), veld, -HOOGSTENS);
    }

    /** A count between 0 and a million, or null when absent. */
    public static Integer nulbaar(Integer waarde, String veld) {
        return waarde == null ? null : binnen(waarde, veld, 0);
    }

    private static int verplicht(Integer waarde, String veld) {
        if (waarde == null) {
            throw new IllegalArgumentException("'" + veld + "' ontbreekt");
        }
        return waarde;
    }

    private static int binnen(int waarde, String veld, int laagste) {
        if (waarde < laagste || waarde > HOOGSTENS) {
            throw new IllegalArgumentException("'" + veld + "' is " + waarde + "; " + (laagste < 0
                    ? "dat ligt tussen -1.000.000 en 1.000.000" : "een aantal ligt tussen 0 en 1.000.000"));
        }
        return waarde;
    }

    /** Adds "code: veld verwacht x, berekend y" when the scenario expects a value for the field and it differs. */
    public static void vergelijk(List<String> verschillen, String code, String veld, Object verwacht, Object berekend) {
        if (verwacht != null && !Objects.equals(String.valueOf(verwacht).toLowerCase(), String.valueOf(berekend).toLowerCase())) {
            verschillen.add(code + ": " + veld + " verwacht " + verwacht + ", berekend " + berekend);
        }
    }
}
