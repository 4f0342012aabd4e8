package nl.trede.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
        Kop kop;
        try {
            kop = YamlBestand.leesDocument(inhoud, document.nummer(), Kop.class);
        } catch (YamlBestand.Fout e) {
            // naam: [Assen] is a list where a text belongs: a finding on its line, never a validation that breaks off.
            fouten.add(new Regelsetfout(pad, e.regel(), e.getMessage()));
            return;
        }
        String naam = tekst(kop.naam());
        String bron = tekst(kop.bron());
        String soort = kop.soort() != null ? tekst(kop.soort()) : Domein.van(pad).map(Domein::soort).orElse("");
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

    /** What every scenario has, whatever its soort; the rest is read by the scenario runner of its soort. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Kop(String naam, String bron, String soort) {
    }

    private static String tekst(String waarde) {
        return waarde == null ? "" : waarde.trim();
    }
}
