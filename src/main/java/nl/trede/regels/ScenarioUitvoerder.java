package nl.trede.regels;

import java.util.List;

/**
 * Runs the scenarios of one soort of rules (one folder of {@code rules/}) and checks that those
 * rules decide every case exactly once. Implemented by the capability that owns the facts (the
 * interventieladder by {@code beoordeling}), so this package stays free of their types; a new
 * soort (the verdeelbesluit) adds a bean, nothing here changes. Called from several threads at once (the
 * domains are validated side by side): an implementation keeps no state of a call.
 */
public interface ScenarioUitvoerder {

    /** The value of {@code soort} in a scenario file, and the folder of its rules. */
    String soort();

    /**
     * Runs the scenario's facts through the same code path as a real run, without storing, and
     * returns every difference from the expected outcome in Dutch; empty when it passes.
     */
    List<String> toets(Regelset regelset, Scenario scenario);

    /** Over a generated grid of facts, every case that got no outcome or several, in Dutch. */
    List<String> volledigheid(Regelset regelset);
}
