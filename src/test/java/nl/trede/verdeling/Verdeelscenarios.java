package nl.trede.verdeling;

import nl.trede.regels.ScenarioUitvoerder;

/** The verdeelbesluit's scenario runner for the tests of the rule set's validation, as regels sees it. */
public final class Verdeelscenarios {

    private Verdeelscenarios() {
    }

    public static ScenarioUitvoerder uitvoerder() {
        return new VerdeelbesluitScenarios();
    }
}
