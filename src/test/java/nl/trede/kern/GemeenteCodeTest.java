package nl.trede.kern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class GemeenteCodeTest {

    @Test
    void eenCbsCodeIsGmMetVierCijfers() {
        assertThat(GemeenteCode.van("GM0344").waarde()).isEqualTo("GM0344");
        assertThat(GemeenteCode.van(" gm1680 ")).isEqualTo(new GemeenteCode("GM1680"));
        assertThat(GemeenteCode.van("GM0106")).hasToString("GM0106");
    }

    @Test
    void anderTekstIsGeenGemeentecode() {
        for (String fout : new String[] {"GM344", "GM03441", "PV22", "0344", "GM03A4", "", "Utrecht"}) {
            assertThat(GemeenteCode.lees(fout)).as(fout).isEmpty();
            assertThatIllegalArgumentException().isThrownBy(() -> GemeenteCode.van(fout))
                    .withMessageContaining("is geen gemeentecode; een CBS-code is GM met vier cijfers, zoals GM0344");
        }
        assertThat(GemeenteCode.lees(null)).isEmpty();
        // The record itself takes only the written form: normalising is lees' job.
        assertThatIllegalArgumentException().isThrownBy(() -> new GemeenteCode("gm0344"));
    }

    @Test
    void langeInvoerKomtIngekortInDeMelding() {
        String lang = "GM" + "9".repeat(10_000);
        assertThatIllegalArgumentException().isThrownBy(() -> GemeenteCode.van(lang))
                .withMessageStartingWith("'GM999999999999999999…' is geen gemeentecode");
    }
}
