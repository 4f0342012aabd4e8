package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.trede.beoordeling.Ladderscenarios;
import org.junit.jupiter.api.Test;

/**
 * A parameter with a new value from a date: the value is picked by the assessed period, never by
 * today's date. Here the hoogste voorgestelde trede drops from 4 to 3 on 1 January 2061.
 */
class GedateerdeParameterTest {

    private static final String NIEUWE_WAARDE = """
                - vanaf: 2061-01-01
                  waarde: 3
                  bron: "Testwaarde: gedateerde parameter"
            """;

    @Test
    void dezelfdeCijfersVoorEnNaDeIngangsdatumGevenDeUitkomstVanDeWaardeDieToenGold() {
        SortedMap<String, String> bestanden = new TreeMap<>(RegelsetBron.domein(Path.of("rules"), "interventieladder/standaard"));
        String pad = "interventieladder/standaard/parameters/interventieladder.yaml";
        String bron = "      bron: \"Gemeentewet (BWBR0005416), art. 124: indeplaatsstelling (trede 5) is een besluit van Gedeputeerde "
                + "Staten; lezing van trede: de regels stellen ten hoogste trede 4 voor\"\n";
        assertThat(bestanden.get(pad)).contains(bron);
        bestanden.put(pad, bestanden.get(pad).replace(bron, bron + NIEUWE_WAARDE));
        Regelset regelset = RegelsetCompiler.compileer(Testregels.werkers(), bestanden);
        ScenarioUitvoerder uitvoerder = Ladderscenarios.uitvoerder();

        // Trede 3, taakstelling niet behaald (ondergrens 20 > 5): in 2060-2 gold 4 (3 -> 4),
        // in 2061-1 geldt 3 (blijft 3, en de uitleg noemt de waarde).
        assertThat(uitvoerder.toets(regelset, scenario("2060-2", "trede: 4, "
                + "uitleg_bevat: \"Gebruikte parameter: hoogste voorgestelde trede 4, geldig vanaf 1 januari 2014\""))).isEmpty();
        assertThat(uitvoerder.toets(regelset, scenario("2061-1", "trede: 3, "
                + "uitleg_bevat: \"Gebruikte parameter: hoogste voorgestelde trede 3, geldig vanaf 1 januari 2061\""))).isEmpty();
        // And the other way round the difference names the value that was in force.
        assertThat(uitvoerder.toets(regelset, scenario("2061-1", "trede: 4")))
                .containsExactly("GM0344: trede verwacht 4, berekend 3");
    }

    private static Scenario scenario(String periode, String verwacht) {
        return new Scenario("test", "hoogste trede " + periode, "test", "interventieladder", """
                periode: %s
                gemeenten:
                  - { gemeente: GM0344, taakstelling: 20, stand_begin: 0, realisatie: 5, vorige_trede: 3 }
                verwacht:
                  - { gemeente: GM0344, %s }
                """.formatted(periode, verwacht), 0);
    }

    @Test
    void eenSessieKrijgtDeParametersOpNaamBijElkeStart() {
        Regelset regelset = RegelsetCompiler.compileer(Testregels.werkers(), new TreeMap<>(RegelsetBron.domein(Path.of("rules"), "interventieladder/standaard")));
        List<String> namen = regelset.parameters().feitenOp(LocalDate.of(2025, 1, 1)).stream().map(Parameter::naam).toList();
        assertThat(namen).hasSizeGreaterThan(1).isSorted();
    }
}
