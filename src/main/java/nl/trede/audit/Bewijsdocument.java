package nl.trede.audit;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import tools.jackson.databind.JsonNode;

/**
 * The document a receipt holds, stored in canonical JSON ({@link CanoniekeJson}). Its form, shared by
 * every soort:
 * <ul>
 * <li>{@code soort}: BEOORDELING or VERDELING;</li>
 * <li>{@code engine}: {@code drools} and {@code trede}, the versions that computed it;</li>
 * <li>{@code regelset}: its {@code versie} and, per file path, the SHA-256 of that file
 *     ({@code bestanden}); the files themselves are kept per version in {@code regelset_bestand};</li>
 * <li>{@code feiten}: every fact the engine was given, as {@code {"type": <stable fact name>, "waarde": {...}}};</li>
 * <li>{@code regels}: every fired rule in firing order: {@code volgnummer}, {@code regel}, {@code pakket},
 *     {@code grondslag}, the facts it matched ({@code feiten}) and inserted ({@code conclusies});</li>
 * <li>{@code uitkomst}: the outcome users see.</li>
 * </ul>
 * Then, per soort, what the document is about (see the records). Receipts written before November 2026
 * name fact types by their Java class name; both are read.
 */
sealed interface Bewijsdocument permits Bewijsdocument.Beoordeling, Bewijsdocument.Verdeling {

    record Engine(String drools, String trede) {
    }

    record Regelsetbron(String versie, SortedMap<String, String> bestanden) {
    }

    record Feit(String type, JsonNode waarde) {

        /** Whether this fact is of the named type; older receipts name it with its Java package. */
        boolean is(String naam) {
            return type.equals(naam) || type.endsWith("." + naam);
        }
    }

    record Regel(int volgnummer, String regel, String pakket, String grondslag, List<Feit> feiten, List<Feit> conclusies) {
    }

    /** A beoordeling: its ronde, id, gemeente and period, and the engine's outcome. */
    record Beoordeling(String soort, Engine engine, Regelsetbron regelset, List<Feit> feiten, List<Regel> regels,
                       long ronde, long beoordeling, String gemeente, String periode, Herhaling.Uitkomst uitkomst)
            implements Bewijsdocument {

        /** The first fact of {@code naam}, or null. */
        JsonNode feit(String naam) {
            return feiten.stream().filter(f -> f.is(naam)).map(Feit::waarde).findFirst().orElse(null);
        }

        /** The gemeente's name as the engine had it. */
        String gemeenteNaam() {
            return feiten.stream().map(Feit::waarde).filter(w -> w.has("gemeenteNaam"))
                    .map(w -> w.get("gemeenteNaam").asString()).findFirst().orElse(gemeente);
        }
    }

    /**
     * A verdeling: its id and province, the date its parameters were picked by, the request as
     * received ({@code invoer}), the validated input with every gemeente's code, name and province as
     * they were that day ({@code gevalideerd}; a later gemeentelijke herindeling does not change a
     * replay), whether it is a published besluit taken over, and per gemeente its numbers.
     */
    record Verdeling(String soort, Engine engine, Regelsetbron regelset, List<Feit> feiten, List<Regel> regels,
                     long verdeling, String provincie, String parameterdatum, JsonNode invoer, JsonNode gevalideerd,
                     Boolean gepubliceerd, Map<String, VerdelingHerhaling.Aandeel> uitkomst) implements Bewijsdocument {
    }
}
