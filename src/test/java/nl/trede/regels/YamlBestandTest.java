package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.trede.beoordeling.Ladderscenarios;
import org.junit.jupiter.api.Test;

/**
 * The rule set's YAML bound to records: a field the record does not know, a value of the wrong kind
 * and broken YAML are refused in Dutch with the file, its line and the field.
 */
class YamlBestandTest {

    private static final String KADER = "interventieladder/standaard/kader.yaml";

    @Test
    void eenOnbekendVeldInEenParameterbestandNoemtRegelEnVeld() {
        assertThat(fouten("parameters/extra.yaml", """
                drempel:
                  omschrijving: test
                  waarden:
                    - vanaf: 2025-01-01
                      waarde: 3
                      bronn: typefout
                """)).containsExactly(new Regelsetfout("parameters/extra.yaml", 6,
                "'drempel', 'waarden', rij 1: onbekend veld 'bronn'; bekend zijn: bron, vanaf, waarde"));
    }

    @Test
    void eenDatumDieGeenDatumIsNoemtRegelEnVeld() {
        assertThat(fouten("parameters/extra.yaml", """
                drempel:
                  omschrijving: test
                  waarden:
                    - vanaf: 1 januari 2025
                      waarde: 3
                      bron: test
                """)).singleElement().satisfies(f -> {
                    assertThat(f.regel()).isEqualTo(4);
                    assertThat(f.melding()).startsWith("'drempel', 'waarden', rij 1, 'vanaf': hoort een datum (JJJJ-MM-DD) te zijn");
                });
    }

    @Test
    void eenParameterTweeKeerInHetzelfdeBestandWordtGeweigerd() {
        assertThat(fouten("parameters/extra.yaml", """
                drempel:
                  waarden: [{ vanaf: 2025-01-01, waarde: 3, bron: test }]
                drempel:
                  waarden: [{ vanaf: 2025-01-01, waarde: 4, bron: test }]
                """)).singleElement().satisfies(f -> {
                    assertThat(f.regel()).isEqualTo(3);
                    assertThat(f.melding()).startsWith("Geen geldige YAML").contains("drempel");
                });
    }

    @Test
    void eenTikfoutInKaderYamlWordtGeweigerdInPlaatsVanGenegeerd() {
        SortedMap<String, String> bestanden = new TreeMap<>(RegelsetBron.domein(Path.of("rules"), "interventieladder/standaard"));
        assertThat(bestanden.get(KADER)).contains("\ntoelichting:");
        bestanden.put(KADER, bestanden.get(KADER).replace("\ntoelichting:", "\ntoelichtng:"));
        int regel = bestanden.get(KADER).substring(0, bestanden.get(KADER).indexOf("toelichtng:")).split("\n", -1).length;
        assertThatThrownBy(() -> RegelsetCompiler.compileer(Testregels.werkers(), bestanden))
                .isInstanceOfSatisfying(OngeldigeRegelsetException.class, e -> assertThat(e.fouten()).containsExactly(
                        new Regelsetfout(KADER, regel, "onbekend veld 'toelichtng'; bekend zijn: bron, naam, provincies, "
                                + "toelichting, tot, vanaf")));
    }

    @Test
    void gebrokenYamlNoemtDeRegel() {
        assertThat(fouten("parameters/extra.yaml", """
                drempel:
                  omschrijving: test
                  waarden: [{ vanaf: 2025-01-01
                """)).singleElement().satisfies(f -> {
                    assertThat(f.regel()).isGreaterThanOrEqualTo(3);
                    assertThat(f.melding()).startsWith("Geen geldige YAML: ");
                });
    }

    @Test
    void eenTikfoutInEenScenarioNoemtRegelRijEnVeld() {
        assertThat(toets("""
                naam: tikfout
                bron: handberekening
                periode: 2025-1
                gemeenten:
                  - { gemeente: GM0344, taakstellng: 20, stand_begin: 0, realisatie: 5 }
                verwacht:
                  - { gemeente: GM0344, trede: 2 }
                """)).singleElement().asString().startsWith("regel 5, 'gemeenten', rij 1: onbekend veld 'taakstellng'; bekend zijn: "
                + "correcties, gemeente, naam, realisatie, stand_begin, taakstelling, tijdig_gekoppeld, vorige_trede");
    }

    @Test
    void eenGetalVoorbijHetIntBereikInEenScenarioNoemtRegelRijEnVeld() {
        assertThat(toets("""
                naam: te groot
                bron: handberekening
                periode: 2025-1
                gemeenten:
                  - gemeente: GM0344
                    taakstelling: 99999999999
                    stand_begin: 0
                    realisatie: 5
                verwacht:
                  - { gemeente: GM0344, trede: 2 }
                """)).containsExactly("regel 6, 'gemeenten', rij 1, 'taakstelling': is te groot voor een geheel getal");
    }

    @Test
    void eenTweedeScenarioInHetBestandWordtGelezenMetDeRegelsVanHetHeleBestand() {
        assertThat(toets("""
                naam: eerste
                bron: handberekening
                periode: 2025-1
                gemeenten: [{ gemeente: GM0344, taakstelling: 20, stand_begin: 0, realisatie: 5 }]
                verwacht: [{ gemeente: GM0344, trede: 2 }]
                ---
                naam: tweede
                bron: handberekening
                periode: 2025-1
                gemeenten: [{ gemeente: GM0344, taakstelling: tien, stand_begin: 0, realisatie: 5 }]
                verwacht: [{ gemeente: GM0344, trede: 2 }]
                """)).containsExactly("regel 10, 'gemeenten', rij 1, 'taakstelling': hoort een geheel getal te zijn");
    }

    private static List<Regelsetfout> fouten(String pad, String inhoud) {
        List<Regelsetfout> fouten = new ArrayList<>();
        ParameterLezer.lees(new TreeMap<>(java.util.Map.of(pad, inhoud)), fouten);
        return fouten;
    }

    /** The differences of the file's last scenario, run against the standard kader. */
    private static List<String> toets(String inhoud) {
        List<Regelsetfout> fouten = new ArrayList<>();
        List<Scenario> scenarios = ScenarioLezer.lees(new TreeMap<>(java.util.Map.of("scenarios/test.yaml", inhoud)), fouten);
        assertThat(fouten).isEmpty();
        Regelset regelset = RegelsetCompiler.compileer(Testregels.werkers(), RegelsetBron.domein(Path.of("rules"), "interventieladder/standaard"));
        return Ladderscenarios.uitvoerder().toets(regelset, scenarios.get(scenarios.size() - 1));
    }
}
