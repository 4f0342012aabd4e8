package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import nl.trede.publicatie.Briefcontrole;
import org.junit.jupiter.api.Test;

/** A letter template is part of the rules (domain brieven): a bad one refuses the domain at validation, on its line. */
class SjabloonInDeRegelsetTest {

    @Test
    void eenSjabloonDatJavaAanroeptHoudtDeRegelsetTegen() {
        SortedMap<String, String> bestanden = RegelsetBron.domein(Path.of("rules"), "brieven");
        String brief = bestanden.get("brieven/toezichtbrief.html");
        String regel = "<h1 th:text=\"${brief.titel}\">Toezichtbrief</h1>";
        assertThat(brief).contains(regel);
        bestanden.put("brieven/toezichtbrief.html", brief.replace(regel,
                "<h1 th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\">Toezichtbrief</h1>"));
        int regelnummer = (int) brief.substring(0, brief.indexOf(regel)).chars().filter(c -> c == '\n').count() + 1;

        RegelsetValidator validator = new RegelsetValidator(Testregels.werkers(), ScenarioTest.UITVOERDERS, List.of(Briefcontrole.sjablonen()),
                Regelbudget.STANDAARD);
        Validatie validatie = validator.valideer(bestanden);
        assertThat(validatie.geldig()).isFalse();
        assertThat(validatie.fouten()).extracting(Regelsetfout::plek, Regelsetfout::melding).singleElement()
                .satisfies(f -> {
                    assertThat((String) f.toList().get(0)).startsWith("brieven/toezichtbrief.html:" + regelnummer + ":");
                    assertThat((String) f.toList().get(1)).contains("T(...) verwijst naar een Java-type");
                });
        // The version is a hash over every file, the template included: a changed letter is a new version.
        assertThat(validatie.versie()).isNotEqualTo(Regelset.versieVan(RegelsetBron.domein(Path.of("rules"), "brieven")));
    }
}
