package nl.trede.verdeling;

import static nl.trede.verdeling.Provincies.criteria;
import static nl.trede.verdeling.Provincies.van;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Hand-calculated provinces, one per step of the Verdeelbesluit Overijssel 2024's method. */
class BerekeningTest {

    @Test
    void vultAanTotHetGemeenschappelijkePercentageEnGeeftWieMeerBiedtNiets() {
        // aangeboden 0 + 20 + 50 = 70, restopgave 40. A alone would reach 40% > C's 20%; A and C
        // together: (40 + 20) / 200 = 30%, below B's 50%. So A 30, C 10 (topped up), B nothing.
        Resultaat r = Provincies.met(110, 0)
                .gemeente("GM0001", 100, 0, 0, 0)
                .gemeente("GM0002", 100, 0, 50, 0)
                .gemeente("GM0003", 100, 0, 20, 0)
                .bereken();
        assertThat(van(r, "GM0001").restRegulier()).isEqualTo(30);
        assertThat(van(r, "GM0003").restRegulier()).isEqualTo(10);
        assertThat(van(r, "GM0002").restRegulier()).isZero();
        assertThat(van(r, "GM0002").regulier()).isEqualTo(50);
        assertThat(r.regulier().restopgave()).isEqualTo(40);
        assertThat(r.regulier().percentage()).isEqualByComparingTo("0.3000");
        assertThat(r.regulier().ontvangers()).isEqualTo(2);
        assertThat(van(r, "GM0003").percentageRegulier()).isEqualByComparingTo("0.3000");
        assertThat(van(r, "GM0002").percentageRegulier()).isEqualByComparingTo("0.5000");
    }

    @Test
    void sluitUitOpVerslagHistorieEnOekraineVoorBeideSoorten() {
        Resultaat r = Provincies.met(400, 40)
                // verslag plus kansrijk 100 + 20 = 120 >= 110: uitgesloten
                .gemeente("GM0001", 100, 10, 80, 20, 20, 0, BigDecimal.ZERO, 0, 0)
                // historisch 110.5 > 110: uitgesloten
                .gemeente("GM0002", 100, 10, 0, 0, 0, 0, new BigDecimal("110.5"), 0, 0)
                // historisch precies gelijk: niet uitgesloten
                .gemeente("GM0003", 100, 10, 0, 0, 0, 0, new BigDecimal("110"), 0, 0)
                // Oekraine 21 > 200% van 10: uitgesloten
                .gemeente("GM0004", 100, 10, 0, 0, 0, 0, BigDecimal.ZERO, 21, 10)
                // Oekraine precies 200%: niet uitgesloten
                .gemeente("GM0005", 100, 10, 0, 0, 0, 0, BigDecimal.ZERO, 20, 10)
                .bereken();
        assertThat(criteria(r, "GM0001")).containsExactly(Criterium.VERSLAG);
        assertThat(criteria(r, "GM0002")).containsExactly(Criterium.HISTORISCH);
        assertThat(criteria(r, "GM0004")).containsExactly(Criterium.OEKRAINE);
        assertThat(criteria(r, "GM0003")).isEmpty();
        assertThat(criteria(r, "GM0005")).isEmpty();
        for (String code : new String[] {"GM0001", "GM0002", "GM0004"}) {
            assertThat(van(r, code).restRegulier()).isZero();
            assertThat(van(r, code).restAmv()).isZero();
            assertThat(van(r, code).uitgesloten().get(0).soorten()).containsExactly(Soort.REGULIER, Soort.AMV);
            assertThat(van(r, code).uitgesloten().get(0).grondslag()).contains("Beleidsregel verdeelbesluiten");
        }
        // restopgave 400 - 100 = 300 regular and 40 - 20 = 20 amv over GM0003 and GM0005, each with a
        // total room of 100 + 10 = 110. Regular first: 300 > 2 x 110, so both get 110 regular (110%) and
        // 80 stay unplaced; no room is left for amv, so all 20 amv places stay unplaced.
        assertThat(van(r, "GM0003").restRegulier()).isEqualTo(110);
        assertThat(van(r, "GM0005").restRegulier()).isEqualTo(110);
        assertThat(r.regulier().onverdeeld()).isEqualTo(80);
        assertThat(van(r, "GM0003").restAmv()).isZero();
        assertThat(van(r, "GM0005").restAmv()).isZero();
        assertThat(r.amv().onverdeeld()).isEqualTo(20);
        assertThat(van(r, "GM0001").uitgesloten().get(0).uitleg())
                .contains("biedt 120 plaatsen", "indicatieve verdeling van 110");
    }

    @Test
    void sluitEenAandeelOnderHetMinimumUitEnVerdeeltOpnieuw() {
        // restopgave 44: first round A 40, B 4 (both at 40%); B is below 5, so A takes all 44.
        Resultaat r = Provincies.met(80, 0)
                .gemeente("GM0001", 100, 0, 0, 0)
                .gemeente("GM0002", 100, 0, 36, 0)
                .bereken();
        assertThat(criteria(r, "GM0002")).containsExactly(Criterium.MINIMUM);
        assertThat(van(r, "GM0002").uitgesloten().get(0).soorten()).containsExactly(Soort.REGULIER);
        assertThat(van(r, "GM0002").uitgesloten().get(0).uitleg()).contains("4.00 plaatsen", "minimum van 5");
        assertThat(van(r, "GM0002").restRegulier()).isZero();
        assertThat(van(r, "GM0001").restRegulier()).isEqualTo(44);
        assertThat(r.regulier().percentage()).isEqualByComparingTo("0.4400");
        assertThat(r.gevuurd()).extracting(g -> g.regel()).containsExactly("Aandeel in de restopgave onder het minimum");
    }

    @Test
    void valtPerRondeEenGemeenteAfZodatEenKleineRestopgaveTochEenOntvangerVindt() {
        // restopgave 9: C (2 of 100) 1.67, A and B 3.67. C falls out first; then A and B 4.5 each, both
        // below 5: B (same indicatief, higher code) falls out, and A takes all 9.
        Resultaat r = Provincies.met(11, 0)
                .gemeente("GM0001", 100, 0, 0, 0)
                .gemeente("GM0002", 100, 0, 0, 0)
                .gemeente("GM0003", 100, 0, 2, 0)
                .bereken();
        assertThat(criteria(r, "GM0003")).containsExactly(Criterium.MINIMUM);
        assertThat(criteria(r, "GM0002")).containsExactly(Criterium.MINIMUM);
        assertThat(van(r, "GM0001").restRegulier()).isEqualTo(9);
        assertThat(r.regulier().onverdeeld()).isZero();
        assertThat(van(r, "GM0002").uitgesloten().get(0).uitleg()).contains("ronde 2", "4.50 plaatsen");
    }

    @Test
    void uitruilTeltVoorWieErVoorKrijgtAlleenRegulier() {
        // A realises 40 for B (B's regular indicatief is 40): B is excluded from the regular
        // restopgave only. A realises 20 for C: C starts at 20 of 100 and gets a smaller share.
        Resultaat r = Provincies.met(210, 40)
                .gemeente("GM0001", 100, 10, 110, 0)
                .gemeente("GM0002", 40, 10, 0, 0)
                .gemeente("GM0003", 100, 10, 0, 0)
                .gemeente("GM0004", 100, 10, 0, 0)
                .uitruil("GM0001", "GM0002", 40, null)
                .uitruil("GM0001", "GM0003", 20, null)
                .bereken();
        assertThat(criteria(r, "GM0002")).containsExactly(Criterium.UITRUIL);
        assertThat(van(r, "GM0002").restRegulier()).isZero();
        assertThat(van(r, "GM0002").restAmv()).isEqualTo(10);
        // A counts 110 - 60 = 50; restopgave 100 over A (50), C (20), D (0): p = (100 + 70) / 300 < 0.6
        // is above A's 50%: all three at 56.67%: A 6.67, C 36.67, D 56.67 -> 7, 37, 56 (ties by code)
        assertThat(van(r, "GM0001").teltRegulier()).isEqualTo(50);
        assertThat(van(r, "GM0003").teltRegulier()).isEqualTo(20);
        assertThat(r.gemeenten()).extracting(GemeenteUitkomst::restRegulier).containsExactly(7, 0, 37, 56);
        // in the besluit places stay with the gemeente that realises them
        assertThat(van(r, "GM0001").regulier()).isEqualTo(110 + van(r, "GM0001").restRegulier());
    }

    @Test
    void uitruilInGroepSluitAlleLedenUitAlsZeSamenHunVerdelingHalen() {
        // G1 counts 150 - 30 = 120 of 100, G2 30 of 50: together 150 of 150.
        Resultaat r = Provincies.met(250, 0)
                .gemeente("GM0001", 100, 30, 150, 0)
                .gemeente("GM0002", 50, 10, 0, 0)
                .gemeente("GM0003", 100, 0, 0, 0)
                .uitruil("GM0001", "GM0002", 30, "Noord")
                .bereken();
        assertThat(criteria(r, "GM0001")).containsExactly(Criterium.UITRUIL_GROEP);
        assertThat(criteria(r, "GM0002")).containsExactly(Criterium.UITRUIL_GROEP);
        assertThat(van(r, "GM0002").uitgesloten().get(0).uitleg()).contains("'Noord'", "150");
        assertThat(van(r, "GM0003").restRegulier()).isEqualTo(100);
        assertThat(r.regulier().ontvangers()).isEqualTo(1);
    }

    @Test
    void eenOnhaalbareRestopgaveZegtHoeveelOnverdeeldBlijft() {
        // no amv indicatieve verdeling, so the total room is the regular room: 50 and 30 - 10 = 20;
        // restopgave 110 - 10 = 100, of which 70 fit and 30 stay unplaced; both full at 100%
        Resultaat r = Provincies.met(110, 0)
                .gemeente("GM0001", 50, 0, 0, 0)
                .gemeente("GM0002", 30, 0, 10, 0)
                .bereken();
        assertThat(r.regulier().restopgave()).isEqualTo(100);
        assertThat(r.regulier().onverdeeld()).isEqualTo(30);
        assertThat(r.regulier().percentage()).isEqualByComparingTo("1.0000");
        assertThat(van(r, "GM0001").restRegulier()).isEqualTo(50);
        assertThat(van(r, "GM0002").restRegulier()).isEqualTo(20);
    }

    @Test
    void deAmvRestopgaveGaatBovenDeAmvVerdelingZolangHetTotaalHetToelaat() {
        // Each gemeente: indicatief 100 regular + 10 amv = 110 in total.
        // GM0001 offers 110 regular: 110 >= 110, excluded (verslag).
        // GM0002 offers 90 regular: total room 110 - 90 = 20. GM0003 offers 40: room 70.
        // Opgave 110 + 90 + 40 + 20 = 260 regular and 50 amv: restopgave 20 regular and 50 amv.
        // Regular first. GM0003 starts receiving above 40%, GM0002 above 90%. GM0003 alone:
        // p = (20 + 40) / 100 = 60%, below 90%: GM0003 gets 20, GM0002 nothing.
        // Room left: GM0002 20, GM0003 70 - 20 = 50. The amv restopgave 50 is more than the amv
        // indicatieve verdeling of both together (20) but fits in their room (70).
        // Amv, both from 0: p = 50 / 20 = 250%, above GM0002's full point 20 / 10 = 200%: GM0002 gets
        // its room, 20. GM0003 alone: p = (50 - 20) / 10 = 300%, below its full point 50 / 10 = 500%: 30.
        Resultaat r = Provincies.met(260, 50)
                .gemeente("GM0001", 100, 10, 110, 0)
                .gemeente("GM0002", 100, 10, 90, 0)
                .gemeente("GM0003", 100, 10, 40, 0)
                .bereken();
        assertThat(criteria(r, "GM0001")).containsExactly(Criterium.VERSLAG);
        assertThat(r.gemeenten()).extracting(GemeenteUitkomst::restRegulier).containsExactly(0, 0, 20);
        assertThat(r.regulier().percentage()).isEqualByComparingTo("0.6000");
        assertThat(r.gemeenten()).extracting(GemeenteUitkomst::restAmv).containsExactly(0, 20, 30);
        assertThat(r.amv().percentage()).isEqualByComparingTo("3.0000");
        assertThat(r.regulier().onverdeeld()).isZero();
        assertThat(r.amv().onverdeeld()).isZero();
        // amv above 100% of the amv indicatieve verdeling: 200% (at its total cap) and 300%
        assertThat(van(r, "GM0002").percentageAmv()).isEqualByComparingTo("2.0000");
        assertThat(van(r, "GM0003").percentageAmv()).isEqualByComparingTo("3.0000");
        // within the total: GM0002 90 + 0 + 20 = 110 (its cap), GM0003 40 + 20 + 30 = 90 of 110
        assertThat(van(r, "GM0002").regulier() + van(r, "GM0002").amv()).isEqualTo(110);
        assertThat(van(r, "GM0003").regulier() + van(r, "GM0003").amv()).isEqualTo(90);
        assertThat(r.gemeenten()).extracting(GemeenteUitkomst::regulier).containsExactly(110, 90, 60);
    }

    @Test
    void eenUitgeputteTotaleRuimteZegtPerSoortHoeveelOnverdeeldBlijft() {
        // GM0001: 50 regular + 5 amv = 55, offers nothing: room 55. GM0002: 30 + 5 = 35, offers 10: room 25.
        // Restopgave 80 - 10 = 70 regular, 20 amv. Regular: GM0001 from 0%, GM0002 from 10 / 30;
        // GM0001 alone would need 140%, so both: p = (70 + 10) / 80 = 100%, below both full points
        // (55 / 50 = 110%, 35 / 30 = 117%): GM0001 50, GM0002 20. Room left: 5 and 5.
        // Amv 20 > 5 + 5: both get their 5, and 10 stay unplaced. The lowest percentage at which both
        // are full is 5 / 5 = 100%.
        Resultaat r = Provincies.met(80, 20)
                .gemeente("GM0001", 50, 5, 0, 0)
                .gemeente("GM0002", 30, 5, 10, 0)
                .bereken();
        assertThat(r.gemeenten()).extracting(GemeenteUitkomst::restRegulier).containsExactly(50, 20);
        assertThat(r.regulier().onverdeeld()).isZero();
        assertThat(r.regulier().percentage()).isEqualByComparingTo("1.0000");
        assertThat(r.gemeenten()).extracting(GemeenteUitkomst::restAmv).containsExactly(5, 5);
        assertThat(r.amv().onverdeeld()).isEqualTo(10);
        assertThat(r.amv().percentage()).isEqualByComparingTo("1.0000");
    }

    @Test
    void eenAandeelDatDeGrensOnderHetMinimumHoudtValtAfEnHetMinimumGaatVoor() {
        // GM0001 (100 + 10) offers 107 regular: room 3. GM0002 (100 + 10) offers nothing: room 110.
        // Regular restopgave 20: GM0002 alone, p = 20%, below GM0001's start of 107%: GM0002 20.
        // Amv restopgave 10: p = 10 / 20 = 50% would give GM0001 5, above its room 3: GM0001 3 (full),
        // GM0002 (10 - 3) / 10 = 70%, 7. GM0001's 3 is below 5: excluded, and GM0002 takes all 10.
        Resultaat r = Provincies.met(127, 10)
                .gemeente("GM0001", 100, 10, 107, 0)
                .gemeente("GM0002", 100, 10, 0, 0)
                .bereken();
        assertThat(criteria(r, "GM0001")).containsExactly(Criterium.MINIMUM);
        assertThat(van(r, "GM0001").uitgesloten().get(0).soorten()).containsExactly(Soort.AMV);
        assertThat(van(r, "GM0001").uitgesloten().get(0).uitleg())
                .contains("3.00 plaatsen", "meer laat de totale indicatieve verdeling, regulier en amv samen, niet toe");
        assertThat(r.gemeenten()).extracting(GemeenteUitkomst::restAmv).containsExactly(0, 10);
        assertThat(r.amv().onverdeeld()).isZero();

        // The minimum goes first, even when the others cannot take the places. GM0001 (10 regular)
        // offers 7: room 3; GM0002 (10) offers 5: room 5. Restopgave 8 = 3 + 5: both full, but GM0001's
        // 3 is below 5: excluded; GM0002 takes its 5 and 3 stay unplaced.
        Resultaat krap = Provincies.met(20, 0)
                .gemeente("GM0001", 10, 0, 7, 0)
                .gemeente("GM0002", 10, 0, 5, 0)
                .bereken();
        assertThat(criteria(krap, "GM0001")).containsExactly(Criterium.MINIMUM);
        assertThat(krap.gemeenten()).extracting(GemeenteUitkomst::restRegulier).containsExactly(0, 5);
        assertThat(krap.regulier().onverdeeld()).isEqualTo(3);
    }

    @Test
    void rondtAfMetDeGrootsteRestenEnBijGelijkeRestOpIndicatieveVerdelingEnCode() {
        // restopgave 20 over three times 100: 6.67 each; the two extra places go by CBS code
        Resultaat gelijk = Provincies.met(20, 0)
                .gemeente("GM0003", 100, 0, 0, 0)
                .gemeente("GM0001", 100, 0, 0, 0)
                .gemeente("GM0002", 100, 0, 0, 0)
                .bereken();
        assertThat(van(gelijk, "GM0001").restRegulier()).isEqualTo(7);
        assertThat(van(gelijk, "GM0002").restRegulier()).isEqualTo(7);
        assertThat(van(gelijk, "GM0003").restRegulier()).isEqualTo(6);
        // 25 over 60 and 90 (and 0 offered): 10 and 15 exactly; 26: 10.4 and 15.6 -> 10 and 16;
        // 27 over 60, 60, 90: 7.71, 7.71, 11.57 -> remainders .71, .71, .57: 8, 8, 11
        Resultaat groot = Provincies.met(27, 0)
                .gemeente("GM0001", 60, 0, 0, 0)
                .gemeente("GM0002", 60, 0, 0, 0)
                .gemeente("GM0003", 90, 0, 0, 0)
                .bereken();
        assertThat(groot.gemeenten()).extracting(GemeenteUitkomst::restRegulier).containsExactly(8, 8, 11);
    }

    @Test
    void geenRestopgaveVerdeeltNiets() {
        Resultaat r = Provincies.met(50, 0)
                .gemeente("GM0001", 100, 0, 50, 0)
                .gemeente("GM0002", 100, 0, 0, 0)
                .bereken();
        assertThat(r.regulier().restopgave()).isZero();
        assertThat(r.regulier().percentage()).isNull();
        assertThat(r.gemeenten()).extracting(GemeenteUitkomst::restRegulier).containsOnly(0);
    }
}
