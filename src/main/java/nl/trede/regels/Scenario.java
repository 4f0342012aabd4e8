package nl.trede.regels;

import java.util.Map;

/**
 * A case written by a policy writer in {@code rules/scenarios/**.yaml}: its name, its legal source,
 * which rules it tests ({@code soort}, e.g. {@code interventieladder}) and the rest of the file
 * (facts and expected outcome), which the {@link ScenarioUitvoerder} of that soort reads.
 */
public record Scenario(String bestand, String naam, String bron, String soort, Map<String, Object> gegevens) {

    @Override
    public String toString() {
        return naam + " (" + bestand + ")";
    }
}
