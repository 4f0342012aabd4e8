package nl.trede.regels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a domain's {@code scenarios/*.yaml}: one scenario per YAML document (several per file with
 * {@code ---}). Each needs {@code naam} and {@code bron}; {@code soort} defaults to the domain's
 * (every kader's scenarios are of soort {@code interventieladder}).
 */
final class ScenarioLezer {

    static final String MAP = "scenarios/";

    private ScenarioLezer() {
    }

    static List<Scenario> lees(SortedMap<String, String> bestanden, List<Regelsetfout> fouten) {
        List<Scenario> scenarios = new ArrayList<>();
        bestanden.forEach((pad, inhoud) -> {
            if (!(pad.startsWith(MAP) || pad.contains("/" + MAP)) || !(pad.endsWith(".yaml") || pad.endsWith(".yml"))) {
                return;
            }
            try {
                for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(inhoud)) {
                    lees(pad, document, fouten, scenarios);
                }
            } catch (YAMLException e) {
                fouten.add(new Regelsetfout(pad, 0, "Geen geldige YAML: " + e.getMessage()));
            }
        });
        return scenarios;
    }

    private static void lees(String pad, Object document, List<Regelsetfout> fouten, List<Scenario> scenarios) {
        if (document == null) {
            return;
        }
        if (!(document instanceof Map<?, ?> velden)) {
            fouten.add(new Regelsetfout(pad, 0, "Een scenario is een lijst velden: naam, bron, soort, de feiten en 'verwacht'"));
            return;
        }
        Map<String, Object> gegevens = new LinkedHashMap<>();
        velden.forEach((k, v) -> gegevens.put(String.valueOf(k), v));
        String naam = tekst(gegevens.get("naam"));
        String bron = tekst(gegevens.get("bron"));
        String soort = gegevens.containsKey("soort") ? tekst(gegevens.get("soort"))
                : Domein.van(pad).map(Domein::soort).orElse("");
        if (naam.isEmpty()) {
            fouten.add(new Regelsetfout(pad, 0, "Het scenario heeft geen 'naam'"));
        } else if (bron.isEmpty()) {
            fouten.add(new Regelsetfout(pad, 0, "Het scenario '" + naam + "' heeft geen 'bron'; noem waar de getallen vandaan komen"));
        } else if (soort.isEmpty()) {
            fouten.add(new Regelsetfout(pad, 0, "Het scenario '" + naam + "' heeft geen 'soort' (bijvoorbeeld interventieladder)"));
        } else {
            scenarios.add(new Scenario(pad, naam, bron, soort, Collections.unmodifiableMap(gegevens)));
        }
    }

    private static String tekst(Object waarde) {
        return waarde == null ? "" : String.valueOf(waarde).trim();
    }
}
