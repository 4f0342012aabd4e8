package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.trede.beoordeling.Ladderscenarios;
import nl.trede.verdeling.Verdeelscenarios;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario in {@code rules/} as a test of its own, named after its domain and the scenario:
 * {@code mvn -q test -Dtest=ScenarioTest} runs them from the command line (exit code 1 when one
 * fails). No Spring, no database: each domain of {@code rules/} (every kader, the verdeelbesluit)
 * compiled as it is now, its scenarios run against its own rules.
 */
class ScenarioTest {

    /** One runner per soort: the beans Spring hands to the validator, listed by hand because no Spring runs here. */
    static final List<ScenarioUitvoerder> UITVOERDERS = List.of(Ladderscenarios.uitvoerder(), Verdeelscenarios.uitvoerder());

    @TestFactory
    Stream<DynamicTest> scenarios() {
        List<Regelsetfout> indeling = new ArrayList<>();
        return Domein.verdeel(RegelsetBron.uitMap(Path.of("rules")), indeling).entrySet().stream()
                .flatMap(d -> tests(d.getValue()).map(t -> DynamicTest.dynamicTest(d.getKey() + ": " + t.getDisplayName(),
                        t.getExecutable())));
    }

    static Stream<DynamicTest> tests(SortedMap<String, String> bestanden) {
        List<Regelsetfout> fouten = new ArrayList<>();
        List<Scenario> scenarios = ScenarioLezer.lees(bestanden, fouten);
        Regelset regelset;
        try {
            regelset = RegelsetCompiler.compileer(Testregels.werkers(), bestanden);
        } catch (OngeldigeRegelsetException e) {
            return Stream.of(DynamicTest.dynamicTest("De regelset compileert", () -> fail(e.getMessage())));
        }
        Stream<DynamicTest> leesfouten = fouten.stream()
                .map(f -> DynamicTest.dynamicTest("Scenariobestand " + f.bestand(), () -> fail(f.toString())));
        return Stream.concat(leesfouten, scenarios.stream().map(s -> DynamicTest.dynamicTest(s.naam(), () -> {
            ScenarioUitvoerder uitvoerder = UITVOERDERS.stream().filter(u -> u.soort().equals(s.soort())).findFirst()
                    .orElseThrow(() -> new AssertionError("Scenario '" + s.naam() + "': onbekende soort " + s.soort()));
            List<String> verschillen = uitvoerder.toets(regelset, s);
            if (!verschillen.isEmpty()) {
                fail("Scenario '" + s.naam() + "' (" + s.bestand() + ") faalt:\n  " + String.join("\n  ", verschillen));
            }
        })));
    }

    @Test
    void eenFalendScenarioFaaltMetZijnNaamEnHetVerschil() {
        SortedMap<String, String> bestanden = new TreeMap<>(RegelsetBron.domein(Path.of("rules"), "interventieladder/standaard"));
        String pad = "interventieladder/standaard/scenarios/koppeling-onbekend.yaml";
        bestanden.put(pad, bestanden.get(pad).replace("trede: 2,", "trede: 3,"));
        DynamicTest westerveld = tests(bestanden).filter(t -> t.getDisplayName().equals("Westerveld 2025-1, koppeling onbekend"))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> westerveld.getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Scenario 'Westerveld 2025-1, koppeling onbekend'")
                .hasMessageContaining("GM1701: trede verwacht 3, berekend 2");
    }
}
