package nl.trede.regels;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code parameters/*.yaml}. Each top-level key is a parameter:
 * <pre>
 * hoogste_voorgestelde_trede:
 *   omschrijving: ...
 *   waarden:
 *     - vanaf: 2014-01-01
 *       waarde: 4
 *       bron: "..."
 * </pre>
 * Every value needs a date and a source; a parameter name may occur in one file only.
 */
final class ParameterLezer {

    static final String MAP = "parameters/";

    /** A parameter file: in a domain's {@code parameters/} folder (or, in a version stored before kaders, in {@code parameters/}). */
    static boolean isParameterbestand(String pad) {
        return (pad.startsWith(MAP) || pad.contains("/" + MAP)) && (pad.endsWith(".yaml") || pad.endsWith(".yml"));
    }

    private ParameterLezer() {
    }

    static Parameters lees(SortedMap<String, String> bestanden, List<Regelsetfout> fouten) {
        List<ParameterDefinitie> definities = new ArrayList<>();
        Map<String, String> bestandPerNaam = new HashMap<>();
        bestanden.forEach((pad, inhoud) -> {
            if (!isParameterbestand(pad)) {
                return;
            }
            Object document;
            try {
                document = new Yaml(new SafeConstructor(new LoaderOptions())).load(inhoud);
            } catch (YAMLException e) {
                fouten.add(new Regelsetfout(pad, 0, "Geen geldige YAML: " + e.getMessage()));
                return;
            }
            if (!(document instanceof Map<?, ?> parameters)) {
                fouten.add(new Regelsetfout(pad, 0, "Verwacht per parameter een naam met 'omschrijving' en 'waarden'"));
                return;
            }
            parameters.forEach((naam, definitie) -> {
                String eerder = bestandPerNaam.putIfAbsent(String.valueOf(naam), pad);
                if (eerder != null) {
                    fouten.add(new Regelsetfout(pad, 0, "De parameter '" + naam + "' staat ook in " + eerder));
                    return;
                }
                leesDefinitie(pad, String.valueOf(naam), definitie, fouten).ifPresent(definities::add);
            });
        });
        return new Parameters(definities);
    }

    private static Optional<ParameterDefinitie> leesDefinitie(
            String pad, String naam, Object definitie, List<Regelsetfout> fouten) {
        if (!(definitie instanceof Map<?, ?> velden) || !(velden.get("waarden") instanceof List<?> waarden)
                || waarden.isEmpty()) {
            fouten.add(new Regelsetfout(pad, 0, "De parameter '" + naam + "' heeft geen lijst 'waarden'"));
            return Optional.empty();
        }
        List<ParameterWaarde> gelezen = new ArrayList<>();
        for (int i = 0; i < waarden.size(); i++) {
            String plek = "De parameter '" + naam + "', waarde " + (i + 1);
            if (!(waarden.get(i) instanceof Map<?, ?> waarde)) {
                fouten.add(new Regelsetfout(pad, 0, plek + ": verwacht 'vanaf', 'waarde' en 'bron'"));
                continue;
            }
            LocalDate vanaf = datum(waarde.get("vanaf"));
            Object bron = waarde.get("bron");
            if (vanaf == null) {
                fouten.add(new Regelsetfout(pad, 0, plek + ": 'vanaf' ontbreekt of is geen datum (JJJJ-MM-DD)"));
            } else if (bron == null || String.valueOf(bron).isBlank()) {
                fouten.add(new Regelsetfout(pad, 0, plek + ": 'bron' ontbreekt; noem de wet, het beleidskader of de bron"));
            } else if (!waarde.containsKey("waarde")) {
                fouten.add(new Regelsetfout(pad, 0, plek + ": 'waarde' ontbreekt"));
            } else {
                gelezen.add(new ParameterWaarde(vanaf, waarde.get("waarde"), String.valueOf(bron).trim()));
            }
        }
        Object omschrijving = velden.get("omschrijving");
        return Optional.of(new ParameterDefinitie(naam, omschrijving == null ? "" : String.valueOf(omschrijving).trim(),
                pad, List.copyOf(gelezen)));
    }

    private static LocalDate datum(Object waarde) {
        if (waarde instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (waarde instanceof String tekst) {
            try {
                return LocalDate.parse(tekst.trim());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
