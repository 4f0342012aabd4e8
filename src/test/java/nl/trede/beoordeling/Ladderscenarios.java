package nl.trede.beoordeling;

import nl.trede.regels.ScenarioUitvoerder;

/** The interventieladder's scenario runner for the tests of the rule set's validation, as regels sees it. */
public final class Ladderscenarios {

    private Ladderscenarios() {
    }

    public static ScenarioUitvoerder uitvoerder() {
        return new InterventieladderScenarios();
    }
}
