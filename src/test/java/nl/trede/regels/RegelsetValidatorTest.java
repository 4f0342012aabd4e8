package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Validation before use: each kind of problem, as a line a policy writer can act on. */
class RegelsetValidatorTest {

    private final RegelsetValidator validator = new RegelsetValidator(Testregels.werkers(), ScenarioTest.UITVOERDERS);

    @Test
    void deMeegeleverdeRegelsetIsGeldig() {
        Validatie validatie = validator.valideer(RegelsetBron.domein(Path.of("rules"), "interventieladder/standaard"));
        assertThat(validatie.fouten()).isEmpty();
        assertThat(validatie.scenarios()).hasSizeGreaterThanOrEqualTo(11).allMatch(Scenarioresultaat::geslaagd);
        assertThat(validatie.meldingen()).last().asString().contains("geen fouten");
    }

    @Test
    void eenCompileerfoutNoemtBestandRegelEnKolom() {
        Validatie validatie = validator.valideer(met("interventieladder/standaard/uitkomst.drl", "totaalopgave <= $r", "totaalopgave <= $onbekend"));
        assertThat(validatie.geldig()).isFalse();
        assertThat(validatie.regelset()).isNull();
        assertThat(validatie.fouten()).first().satisfies(f -> {
            assertThat(f.bestand()).isEqualTo("interventieladder/standaard/uitkomst.drl");
            assertThat(f.regel()).isEqualTo(regelVan("interventieladder/standaard/uitkomst.drl", "totaalopgave <= $r"));
            assertThat(f.kolom()).isPositive();
            assertThat(f.toString()).startsWith("interventieladder/standaard/uitkomst.drl:" + f.regel() + ":" + f.kolom() + ": ");
        });
    }

    @Test
    void eenOnbekendeParameterWordtGemeld() {
        Validatie validatie = validator.valideer(met("interventieladder/standaard/uitkomst.drl",
                "Parameter( naam == \"hoogste_voorgestelde_trede\", geheel > $v )", "Parameter( naam == \"hoogste_trede\", geheel > $v )"));
        assertThat(validatie.fouten()).anySatisfy(f -> {
            assertThat(f.bestand()).isEqualTo("interventieladder/standaard/uitkomst.drl");
            assertThat(f.regel()).isPositive();
            assertThat(f.melding()).startsWith("Onbekende parameter 'hoogste_trede'");
        });
    }

    @Test
    void eenUitlegNoemtParametersBijNaamEnToontHunWaarde() {
        // rules/monitoring/signaal.drl: "ten minste {monitoring_grens_oranje}% maar minder dan {monitoring_grens_groen}%";
        // parameters/monitoring.yaml gives 75 and 100 from 2024-01-01.
        Validatie goed = validator.valideer(RegelsetBron.domein(Path.of("rules"), "monitoring"));
        assertThat(goed.fouten()).isEmpty();
        assertThat(goed.regelset().regels(LocalDate.of(2025, 1, 1))).filteredOn(r -> r.naam().equals("Oranje: achter op schema"))
                .singleElement().extracting(RegelInfo::uitleg)
                .isEqualTo("Een realisatie van ten minste 75% maar minder dan 100% van het indicatief schema is oranje.");

        Validatie fout = validator.valideer(met("interventieladder/standaard/uitkomst.drl",
                "een hogere trede is een besluit van de toezichthouder.", "boven {hoogste_trede} beslist de toezichthouder."));
        assertThat(fout.fouten()).extracting(Regelsetfout::toString).containsExactly("interventieladder/standaard/uitkomst.drl:"
                + regelVan("interventieladder/standaard/uitkomst.drl", "rule \"Taakstelling niet behaald, hoogste")
                + ": De @uitleg van 'Taakstelling niet behaald, hoogste voorgestelde trede bereikt' noemt {hoogste_trede}, maar er is "
                + "geen parameter 'hoogste_trede'; bekend zijn: hoogste_voorgestelde_trede, koppeling_peildatum_eerste_helft, "
                + "koppeling_peildatum_tweede_helft, treden");
    }

    @Test
    void eenParameterZonderBronWordtGeweigerd() {
        Validatie validatie = validator.valideer(met("interventieladder/standaard/parameters/interventieladder.yaml",
                "      bron: \"Gemeentewet (BWBR0005416), art. 124: indeplaatsstelling (trede 5) is een besluit van Gedeputeerde "
                        + "Staten; lezing van trede: de regels stellen ten hoogste trede 4 voor\"\n", ""));
        assertThat(validatie.fouten()).extracting(Regelsetfout::toString)
                .anyMatch(m -> m.startsWith("interventieladder/standaard/parameters/interventieladder.yaml: De parameter 'hoogste_voorgestelde_trede', waarde 1: 'bron' ontbreekt"));
    }

    @Test
    void eenFalendScenarioWordtGemeldMetZijnNaam() {
        Validatie validatie = validator.valideer(met("interventieladder/standaard/scenarios/koppeling-onbekend.yaml", "trede: 2,", "trede: 3,"));
        assertThat(validatie.fouten()).extracting(Regelsetfout::toString).containsExactly(
                "interventieladder/standaard/scenarios/koppeling-onbekend.yaml: Scenario 'Westerveld 2025-1, koppeling onbekend' faalt: "
                        + "GM1701: trede verwacht 3, berekend 2");
    }

    @Test
    void eenGatInDeLadderWordtOpHetRasterGevonden() {
        // Without the rule for "taakstelling behaald, achterstand niet ingelopen" such a gemeente gets no trede.
        SortedMap<String, String> bestanden = new TreeMap<>(RegelsetBron.domein(Path.of("rules"), "interventieladder/standaard"));
        String uitkomst = bestanden.get("interventieladder/standaard/uitkomst.drl");
        bestanden.put("interventieladder/standaard/uitkomst.drl",
                uitkomst.substring(0, uitkomst.indexOf("rule \"Taakstelling behaald, achterstand nog niet ingelopen\"")));
        bestanden.keySet().removeIf(p -> p.contains("/scenarios/"));
        Validatie validatie = validator.valideer(bestanden);
        // Without scenarios no rule fires in one (each is named); the grid names the gap.
        assertThat(validatie.fouten()).filteredOn(f -> !f.melding().contains("vuurt in geen enkel scenario")).singleElement().satisfies(f -> {
            assertThat(f.bestand()).isEqualTo("interventieladder/");
            // Every grid case that reaches its ondergrens but not its totaalopgave is left without a trede.
            assertThat(f.melding()).matches("(?s)Onvolledig: periode \\d{4}-[12]: .*").contains(" van de 2700 gemeenten kregen niet precies één uitkomst")
                    .contains("De regels gaven de rastercijfers B").contains("geen trede");
        });
    }

    /**
     * At start-up the domains are validated side by side: each gets the outcome it gets alone (a broken kader
     * next to two good domains stays the only one refused, the others pass the same scenarios), in the domains' order.
     */
    @Test
    void tegelijkGevalideerdKrijgtElkDomeinDeUitkomstDieHetAlleenKrijgt() {
        SortedMap<String, SortedMap<String, String>> perDomein = new TreeMap<>();
        for (String domein : List.of("verdeelbesluit", "interventieladder/utrecht-2024", "interventieladder/standaard")) {
            perDomein.put(domein, RegelsetBron.domein(Path.of("rules"), domein));
        }
        perDomein.get("interventieladder/standaard").put("interventieladder/standaard/kapot.drl", RegelsetTest.KAPOT);

        SortedMap<String, Validatie> tegelijk = validator.valideerTegelijk(perDomein);

        assertThat(tegelijk.keySet()).containsExactly("interventieladder/standaard", "interventieladder/utrecht-2024", "verdeelbesluit");
        perDomein.forEach((domein, bestanden) -> {
            Validatie alleen = validator.valideer(bestanden);
            assertThat(tegelijk.get(domein).versie()).as(domein).isEqualTo(alleen.versie());
            assertThat(tegelijk.get(domein).meldingen()).as(domein).isEqualTo(alleen.meldingen());
        });
        assertThat(tegelijk.get("interventieladder/standaard").fouten()).first().asString()
                .startsWith("interventieladder/standaard/kapot.drl:5:");
        assertThat(tegelijk.get("interventieladder/utrecht-2024").geldig()).isTrue();
        assertThat(tegelijk.get("verdeelbesluit").geldig()).isTrue();
    }

    private static SortedMap<String, String> met(String pad, String oud, String nieuw) {
        SortedMap<String, String> bestanden = new TreeMap<>(RegelsetBron.domein(Path.of("rules"), "interventieladder/standaard"));
        assertThat(bestanden.get(pad)).contains(oud);
        bestanden.put(pad, bestanden.get(pad).replace(oud, nieuw));
        return bestanden;
    }

    private static int regelVan(String pad, String tekst) {
        String[] regels = RegelsetBron.domein(Path.of("rules"), "interventieladder/standaard").get(pad).split("\n");
        for (int i = 0; i < regels.length; i++) {
            if (regels[i].contains(tekst)) {
                return i + 1;
            }
        }
        throw new AssertionError(tekst);
    }
}
