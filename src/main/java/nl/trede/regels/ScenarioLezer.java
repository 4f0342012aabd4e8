package nl.trede.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import tools.jackson.databind.JsonNode;

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
                for (YamlBestand.Document document : YamlBestand.documenten(inhoud)) {
                    lees(pad, inhoud, document, fouten, scenarios);
                }
            } catch (YamlBestand.Fout e) {
                fouten.add(new Regelsetfout(pad, e.regel(), e.getMessage()));
            }
        });
        return scenarios;
    }

    private static void lees(String pad, String inhoud, YamlBestand.Document document, List<Regelsetfout> fouten,
                             List<Scenario> scenarios) {
        JsonNode velden = document.inhoud();
        if (velden == null || velden.isNull() || velden.isMissingNode()) {
            return;
        }
        if (!velden.isObject()) {
            fouten.add(new Regelsetfout(pad, document.regel(),
                    "Een scenario is een lijst velden: naam, bron, soort, de feiten en 'verwacht'"));
            return;
        }
        String naam = tekst(velden.get("naam"));
        String bron = tekst(velden.get("bron"));
        String soort = velden.has("soort") ? tekst(velden.get("soort")) : Domein.van(pad).map(Domein::soort).orElse("");
        if (naam.isEmpty()) {
            fouten.add(new Regelsetfout(pad, document.regel(), "Het scenario heeft geen 'naam'"));
        } else if (bron.isEmpty()) {
            fouten.add(new Regelsetfout(pad, document.regel(), "Het scenario '" + naam + "' heeft geen 'bron'; noem waar de getallen vandaan komen"));
        } else if (soort.isEmpty()) {
            fouten.add(new Regelsetfout(pad, document.regel(), "Het scenario '" + naam + "' heeft geen 'soort' (bijvoorbeeld interventieladder)"));
        } else {
            scenarios.add(new Scenario(pad, naam, bron, soort, inhoud, document.nummer()));
        }
    }

    private static String tekst(JsonNode waarde) {
        return waarde == null || waarde.isNull() ? "" : waarde.asString().trim();
    }
}
