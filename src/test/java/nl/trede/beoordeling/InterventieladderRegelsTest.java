package nl.trede.beoordeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.trede.regels.GevuurdeRegel;
import nl.trede.regels.Regelset;
import nl.trede.regels.Testregels;
import nl.trede.regels.Uitvoering;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hand-calculated cases for every outcome of the ladder, run against the shipped rules in
 * {@code rules/}. Each case shows its arithmetic: O = B + T + C, E = O - R, ondergrens = T + C
 * (with a koppelingstekort at most G).
 */
class InterventieladderRegelsTest {

    private static final LocalDate PEILDATUM_2024_2 = LocalDate.of(2024, 10, 1);
    private static Regelset regelset;

    @BeforeAll
    static void compileer() {
        regelset = Testregels.compileer(Testregels.domein("interventieladder/standaard"));
    }

    record Uitslag(TredeVoorstel voorstel, Opgave opgave, List<String> uitleg, List<GevuurdeRegel> regels) {
    }

    private static Uitslag beoordeel(int t, int b, int c, int r, Integer g, int v) {
        List<Object> feiten = new ArrayList<>(regelset.parameters().feitenOp(LocalDate.of(2024, 7, 1)));
        feiten.add(new HalfjaarCijfers("GM0321", "Houten", "2024-2", t, b, c, r, g, v, PEILDATUM_2024_2));
        Uitvoering u = regelset.voerUit(feiten);
        assertThat(u.conclusies(TredeVoorstel.class)).as("precies een trede").hasSize(1);
        return new Uitslag(u.conclusies(TredeVoorstel.class).get(0), u.conclusies(Opgave.class).get(0),
                u.conclusies(Conclusie.class).stream().map(Conclusie::uitleg).toList(), u.gevuurd());
    }

    @Test
    void koppelingstekortTaakstellingNietBehaald() {
        // O = 20 + 30 + 0 = 50; G = 22 < 50: koppelingstekort. Ondergrens = min(30, 22) = 22; R = 20 < 22: one up.
        Uitslag u = beoordeel(30, 20, 0, 20, 22, 1);
        assertThat(u.voorstel().grondslag()).isEqualTo(Grondslag.KOPPELINGSTEKORT);
        assertThat(u.voorstel().trede()).isEqualTo(2);
        // On the totaalopgave: ondergrens 30, R = 20 < 30: also trede 2, so not more favourable.
        assertThat(u.voorstel().tredeOpTotaalopgave()).isEqualTo(2);
        assertThat(u.voorstel().koppelingstekortGunstig()).isFalse();
        assertThat(u.opgave().standEinde()).isEqualTo(30);
        assertThat(u.uitleg()).contains(
                "Op 1 oktober 2024 had COA 22 vergunninghouders aan Houten gekoppeld, minder dan de totaalopgave van 50: "
                        + "Houten wordt beoordeeld op het koppelingstekort.",
                "Ondergrens op het koppelingstekort: het kleinste van taakstelling plus correcties (30) en tijdig gekoppeld (22) = 22.",
                "Getoetst aan het koppelingstekort: gerealiseerd 20, minder dan de ondergrens 22 (totaalopgave 50): "
                        + "taakstelling niet behaald, achterstand 20 wordt achterstand 30; trede 1 -> 2.");
        assertThat(u.regels()).extracting(GevuurdeRegel::regel).contains("Koppelingstekort", "Ondergrens op het koppelingstekort");
    }

    @Test
    void koppelingstekortMaaktDeBeoordelingGunstiger() {
        // O = 50, G = 22: koppelingstekort, ondergrens 22. R = 24 >= 22 but < 50: stays on V = 1.
        // On the totaalopgave the ondergrens is 30 and 24 < 30: that would have been trede 2.
        Uitslag u = beoordeel(30, 20, 0, 24, 22, 1);
        assertThat(u.voorstel().trede()).isEqualTo(1);
        assertThat(u.voorstel().tredeOpTotaalopgave()).isEqualTo(2);
        assertThat(u.voorstel().koppelingstekortGunstig()).isTrue();
        assertThat(u.voorstel().uitleg()).isEqualTo("Beoordeeld op het koppelingstekort: blijft op trede 1. "
                + "Het koppelingstekort gaf een gunstiger beoordeling: op de totaalopgave was het trede 2 geweest.");
    }

    @Test
    void zonderTijdigGekoppeldGeenKoppelingstekort() {
        // G unknown: judged on the totaalopgave. O = 32 + 22 + 0 = 54, R = 12 < T + C = 22: trede 1 -> 2, E = 42
        // (Aa en Hunze 2025-1, the notitie 'Stand van zaken realisatie opgaven' (Bestuurlijke PRT Drenthe, 19 November 2025)).
        Uitslag u = beoordeel(22, 32, 0, 12, null, 1);
        assertThat(u.voorstel().grondslag()).isEqualTo(Grondslag.TOTAALOPGAVE);
        assertThat(u.voorstel().trede()).isEqualTo(2);
        assertThat(u.opgave().totaalopgave()).isEqualTo(54);
        assertThat(u.opgave().standEinde()).isEqualTo(42);
        assertThat(u.regels()).extracting(GevuurdeRegel::regel).contains("Koppeling onbekend").doesNotContain("Koppelingstekort");
        assertThat(u.uitleg()).contains("Getoetst aan de totaalopgave: gerealiseerd 12, minder dan de ondergrens 22 "
                + "(totaalopgave 54): taakstelling niet behaald, achterstand 32 wordt achterstand 42; trede 1 -> 2.");
    }

    @Test
    void tijdigVoldoendeGekoppeldIsGeenKoppelingstekort() {
        // O = 10 + 20 = 30; G = 30 is not less than O: judged on the totaalopgave. R = 25 >= 20: stays on 2.
        Uitslag u = beoordeel(20, 10, 0, 25, 30, 2);
        assertThat(u.voorstel().grondslag()).isEqualTo(Grondslag.TOTAALOPGAVE);
        assertThat(u.voorstel().trede()).isEqualTo(2);
        assertThat(u.regels()).extracting(GevuurdeRegel::regel)
                .contains("Tijdig voldoende gekoppeld", "Taakstelling behaald, achterstand nog niet ingelopen");
    }

    @Test
    void voorsprongVerlaagtDeTotaalopgave() {
        // B = -10 (voorsprong): O = -10 + 20 + 0 = 10; R = 12 >= 10: totaalopgave gerealiseerd, trede 3 -> 1.
        // E = 10 - 12 = -2: a voorsprong of 2 carried into the next period.
        Uitslag u = beoordeel(20, -10, 0, 12, null, 3);
        assertThat(u.voorstel().trede()).isEqualTo(1);
        assertThat(u.opgave().totaalopgave()).isEqualTo(10);
        assertThat(u.opgave().standEinde()).isEqualTo(-2);
        assertThat(u.opgave().uitleg()).isEqualTo("Totaalopgave 10 = stand begin -10 (voorsprong 10) + taakstelling 20 "
                + "+ correcties 0; gerealiseerd 12, stand einde -2 (voorsprong 2).");
    }

    @Test
    void correctiesTellenMeeInOpgaveEnOndergrens() {
        // O = 5 + 20 - 4 = 21; ondergrens = 20 - 4 = 16; R = 16: taakstelling behaald, E = 5 not yet made up: stays on 2.
        Uitslag u = beoordeel(20, 5, -4, 16, null, 2);
        assertThat(u.opgave().totaalopgave()).isEqualTo(21);
        assertThat(u.opgave().standEinde()).isEqualTo(5);
        assertThat(u.voorstel().trede()).isEqualTo(2);
        // One fewer housed (R = 15 < 16): not behaald, 2 -> 3.
        assertThat(beoordeel(20, 5, -4, 15, null, 2).voorstel().trede()).isEqualTo(3);
    }

    @Test
    void nulTaakstellingZonderAchterstandIsGerealiseerd() {
        // O = 0 + 0 + 0 = 0 and R = 0 >= 0: trede 1.
        assertThat(beoordeel(0, 0, 0, 0, null, 2).voorstel().trede()).isEqualTo(1);
    }

    @Test
    void nulTaakstellingMetAchterstandBlijftStaan() {
        // O = 5, ondergrens = 0; R = 0 >= 0 but < 5: the achterstand does not grow but is not made up: stays on 2.
        Uitslag u = beoordeel(0, 5, 0, 0, null, 2);
        assertThat(u.voorstel().trede()).isEqualTo(2);
        assertThat(u.opgave().standEinde()).isEqualTo(5);
    }

    @Test
    void hoogsteVoorgesteldeTredeWordtNietOverschreden() {
        // The parameter hoogste_voorgestelde_trede is 4. Not behaald from 3: up to 4; from 4: stays 4.
        assertThat(beoordeel(20, 0, 0, 5, null, 3).voorstel().trede()).isEqualTo(4);
        Uitslag opHoogste = beoordeel(20, 0, 0, 5, null, 4);
        assertThat(opHoogste.voorstel().trede()).isEqualTo(4);
        assertThat(opHoogste.regels()).extracting(GevuurdeRegel::regel)
                .contains("Taakstelling niet behaald, hoogste voorgestelde trede bereikt");
        // Indeplaatsstelling (5) is an officer's decision; the engine keeps it, it never proposes it.
        assertThat(beoordeel(20, 0, 0, 5, null, 5).voorstel().trede()).isEqualTo(5);
    }

    @Test
    void elkeRegelDraagtZijnGrondslag() {
        assertThat(regelset.regels()).filteredOn(r -> r.pakket().equals("interventieladder"))
                .hasSize(11)
                .allSatisfy(r -> {
                    assertThat(r.grondslag()).as(r.naam()).isNotBlank().doesNotStartWith("\"");
                    assertThat(r.uitleg()).as(r.naam()).isNotBlank();
                    assertThat(r.bestand()).as(r.naam()).startsWith("interventieladder/");
                });
    }
}
