package nl.trede.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The straight line of the spec, on 1 September 2024, from the national dashboard's national figures. */
class IndicatiefSchemaTest {

    private static final LocalDate PEILDATUM = LocalDate.of(2024, 9, 1);

    private static Opgave landelijk(int oud, LocalDate oudeDatum, int nieuw, LocalDate nieuweDatum) {
        return new Opgave(OpgaveSoort.ASIEL, "NL", oud, oudeDatum, nieuw, nieuweDatum, Verloop.DAG, null, null, null, "test");
    }

    @Test
    void asielIsPrecies87300() {
        // 69.900 + 26.100 * 244/366 = 69.900 + 17.400 (2024 is a leap year: 366 days, 244 to 1 September)
        BigDecimal schema = landelijk(69_900, LocalDate.of(2024, 1, 1), 96_000, LocalDate.of(2025, 1, 1)).schemaOp(PEILDATUM);
        assertThat(schema).isEqualTo(new BigDecimal("87300"));
    }

    @Test
    void opvangAmvOpDeDag() {
        // 3.660 + 4.480 * 244/366 = 3.660 + 2.986,666... = 6.646,67
        BigDecimal schema = landelijk(3_660, LocalDate.of(2024, 1, 1), 8_140, LocalDate.of(2025, 1, 1)).schemaOp(PEILDATUM);
        assertThat(schema).isEqualByComparingTo("6646.6666666667");
    }

    @Test
    void oekraineOpDeDag() {
        // 97.000 + 23.000 * 213/335 (1 Feb to 1 Sep 2024: 213 days; to 1 Jan 2025: 335) = 111.623,88
        BigDecimal schema = landelijk(97_000, LocalDate.of(2024, 2, 1), 120_000, LocalDate.of(2025, 1, 1)).schemaOp(PEILDATUM);
        assertThat(schema).isEqualByComparingTo("111623.8805970149");
    }

    @Test
    void huisvestingOpDeDag() {
        // 10.890 + 17.000 * 62/184 (1 Jul to 1 Sep: 62 days; to 1 Jan: 184) = 16.618,26
        BigDecimal schema = landelijk(10_890, LocalDate.of(2024, 7, 1), 27_890, LocalDate.of(2025, 1, 1)).schemaOp(PEILDATUM);
        assertThat(schema).isEqualByComparingTo("16618.2608695652");
    }

    @Test
    void nidosAmvOpDeDag() {
        // 3.900 + 700 * 62/184 = 4.135,87
        BigDecimal schema = landelijk(3_900, LocalDate.of(2024, 7, 1), 4_600, LocalDate.of(2025, 1, 1)).schemaOp(PEILDATUM);
        assertThat(schema).isEqualByComparingTo("4135.8695652174");
    }

    @Test
    void voorDeOudeDatumDeOudeEnNaDeNieuweDeNieuweOpgave() {
        Opgave o = landelijk(69_900, LocalDate.of(2024, 1, 1), 96_000, LocalDate.of(2025, 1, 1));
        assertThat(o.schemaOp(LocalDate.of(2023, 6, 1))).isEqualTo(new BigDecimal("69900"));
        assertThat(o.schemaOp(LocalDate.of(2025, 7, 1))).isEqualTo(new BigDecimal("96000"));
    }

    @Test
    void huisvestingBinnenEenHalfjaarPerHeleMaand() {
        // Aa en Hunze 2025-2: totaalopgave 61; after 4 months (1 November) op schema is 61 * 4 / 6 = 40,67
        Opgave o = new Opgave(OpgaveSoort.HUISVESTING, "GM1680", 0, LocalDate.of(2025, 7, 1), 61,
                LocalDate.of(2026, 1, 1), Verloop.MAAND, 42, 19, 0, "test");
        assertThat(o.schemaOp(LocalDate.of(2025, 11, 1))).isEqualByComparingTo("40.6666666667");
        assertThat(o.schemaOp(LocalDate.of(2025, 11, 20))).isEqualByComparingTo("40.6666666667");
        assertThat(o.schemaOp(LocalDate.of(2026, 1, 1))).isEqualTo(new BigDecimal("61"));
    }
}
