package nl.trede.verdeling;

import static org.assertj.core.api.Assertions.assertThat;

import nl.trede.regels.Scenario;
import org.junit.jupiter.api.Test;

/** The runner's own checks; the scenarios themselves run in {@code ScenarioTest}. */
class VerdeelbesluitScenariosTest {

    private final VerdeelbesluitScenarios uitvoerder = new VerdeelbesluitScenarios();

    @Test
    void deRegelsVanNuKloppenOpHetHeleRaster() {
        assertThat(uitvoerder.volledigheid(Provincies.REGELSET)).isEmpty();
    }

    @Test
    void eenOnvolledigScenarioNoemtWatErOntbreektZonderTeRekenen() {
        Scenario scenario = new Scenario("x.yaml", "x", "handberekening", "verdeelbesluit", """
                provincie: Testland
                opgaveRegulier: 10
                opgaveAmv: 0
                gemeenten:
                  - { gemeente: GM0001, indicatiefRegulier: 10 }
                datum: 20-12-2024
                """, 0);
        assertThat(uitvoerder.toets(Provincies.REGELSET, scenario)).containsExactlyInAnyOrder(
                "'datum' is geen datum (jjjj-mm-dd): 20-12-2024",
                "'gemeenten', rij 1: 'indicatiefAmv' ontbreekt",
                "'verwacht' ontbreekt of is geen lijst van gemeenten met hun velden");
    }
}
