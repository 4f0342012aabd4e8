package nl.trede.regels;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reading the fields of a {@link Scenario} and comparing its expectations, shared by every
 * {@link ScenarioUitvoerder} so that policy writers get the same messages whatever soort they test.
 */
public final class Scenariovelden {

    /** As imports: no count above a million, so the rules' int arithmetic cannot overflow. */
    static final int HOOGSTENS = 1_000_000;
    /** The fields that may be negative (a voorsprong, a correction downwards); every other number is a count. */
    private static final Set<String> MET_TEKEN = Set.of("stand_begin", "correcties");

    private Scenariovelden() {
    }

    /** A non-empty list of maps (one per gemeente); adds a message and returns empty when it is not. */
    public static List<Map<?, ?>> lijst(Object waarde, String veld, List<String> verschillen) {
        if (!(waarde instanceof List<?> lijst) || lijst.isEmpty() || !lijst.stream().allMatch(Map.class::isInstance)) {
            verschillen.add("'" + veld + "' ontbreekt of is geen lijst van gemeenten met hun velden");
            return List.of();
        }
        return lijst.stream().<Map<?, ?>>map(m -> (Map<?, ?>) m).toList();
    }

    public static String tekst(Map<?, ?> rij, String veld) {
        Object waarde = rij.get(veld);
        if (waarde == null || String.valueOf(waarde).isBlank()) {
            throw new IllegalArgumentException("'" + veld + "' ontbreekt");
        }
        return String.valueOf(waarde).trim();
    }

    public static int getal(Map<?, ?> rij, String veld) {
        Integer waarde = nulbaar(rij, veld);
        if (waarde == null) {
            throw new IllegalArgumentException("'" + veld + "' ontbreekt");
        }
        return waarde;
    }

    /**
     * A whole number between 0 and a million, or for {@code stand_begin} and {@code correcties}
     * between minus and plus a million; null when absent.
     */
    public static Integer nulbaar(Map<?, ?> rij, String veld) {
        Object waarde = rij.get(veld);
        if (waarde == null) {
            return null;
        }
        if (!(waarde instanceof Integer || waarde instanceof Long || waarde instanceof BigInteger)) {
            throw new IllegalArgumentException("'" + veld + "' is geen geheel getal: " + waarde);
        }
        BigInteger getal = new BigInteger(waarde.toString());
        int laagste = MET_TEKEN.contains(veld) ? -HOOGSTENS : 0;
        if (getal.compareTo(BigInteger.valueOf(laagste)) < 0 || getal.compareTo(BigInteger.valueOf(HOOGSTENS)) > 0) {
            throw new IllegalArgumentException("'" + veld + "' is " + waarde + "; " + (laagste < 0
                    ? "dat ligt tussen -1.000.000 en 1.000.000" : "een aantal ligt tussen 0 en 1.000.000"));
        }
        return getal.intValueExact();
    }

    /** Adds "code: veld verwacht x, berekend y" when the scenario expects a value for the field and it differs. */
    public static void vergelijk(List<String> verschillen, String code, Map<?, ?> verwacht, String veld, Object berekend) {
        if (verwacht.containsKey(veld) && !Objects.equals(String.valueOf(verwacht.get(veld)).toLowerCase(),
                String.valueOf(berekend).toLowerCase())) {
            verschillen.add(code + ": " + veld + " verwacht " + verwacht.get(veld) + ", berekend " + berekend);
        }
    }
}
