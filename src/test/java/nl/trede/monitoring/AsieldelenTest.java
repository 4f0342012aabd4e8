package nl.trede.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsieldelenTest {

    @Test
    void onbekendBijOnbekendBlijftOnbekend() {
        // A province whose gemeenten report no split (the notitie 'Stand van zaken realisatie opgaven' (Bestuurlijke PRT Drenthe, 19 November 2025) gives only totals) must not fail the national page.
        assertThat(Asieldelen.ONBEKEND.plus(new Asieldelen(null, 3, null))).isEqualTo(new Asieldelen(null, 3, null));
        assertThat(new Asieldelen(10, null, 2).plus(new Asieldelen(5, null, null))).isEqualTo(new Asieldelen(15, null, 2));
    }
}
