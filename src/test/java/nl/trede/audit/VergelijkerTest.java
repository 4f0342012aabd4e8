package nl.trede.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.Testcijfers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A comparison of two rondes called a gemeente's outcome changed while the page showed the same
 * "trede 2, koppelingstekort, stand 36" in both columns: the comparison looks at the whole outcome of
 * the receipt (also the trede on the totaalopgave and whether the koppelingstekort was more favourable),
 * the page showed three of its five parts. Now both columns say every part, so changed means visibly
 * different.
 */
@ApplicatieMetDatabase
class VergelijkerTest {

    @Autowired
    Vergelijker vergelijker;
    @Autowired
    BeoordelingService beoordelingen;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    /**
     * Borger-Odoorn with its Drenthe 2025-1 figures from the COA overview (stand begin 25, taakstelling 22,
     * realisatie 11; totaalopgave 25 + 22 + 0 = 47, stand einde 47 - 11 = 36), in period 2057-1, twice:
     * <ul>
     * <li>ronde a: 5 tijdig gekoppeld, previous trede 2. On the totaalopgave 11 &lt; 22: trede 2 -> 3. On the
     * koppelingstekort the ondergrens is min(22 + 0, 5) = 5, 11 >= 5: trede stays 2, more favourable;</li>
     * <li>ronde b: 12 tijdig gekoppeld, previous trede 1. On the totaalopgave 1 -> 2; ondergrens min(22, 12) = 12,
     * 11 &lt; 12: 1 -> 2 on the koppelingstekort as well, not more favourable.</li>
     * </ul>
     * Both propose trede 2 on the koppelingstekort with stand einde 36: the old columns were identical.
     */
    @Test
    void eenAndereUitkomstStaatAndersInDeKolommen() throws Exception {
        new Testcijfers(jdbc, "vergelijk-a.csv").voegToe("GM1681", "2057-1", 22, 25, 0, 11, 5, 2);
        long a = beoordelingen.start(Periode.van("2057-1"), "Drenthe", "toezichthouder").id();
        new Testcijfers(jdbc, "vergelijk-b.csv").voegToe("GM1681", "2057-1", 22, 25, 0, 11, 12, 1);
        long b = beoordelingen.start(Periode.van("2057-1"), "Drenthe", "toezichthouder").id();

        Vergelijking vergelijking = vergelijker.vergelijk(a, b);

        assertThat(vergelijking.gemeenten()).singleElement().satisfies(borgerOdoorn -> {
            assertThat(borgerOdoorn.gewijzigd()).isTrue();
            assertThat(borgerOdoorn.a().inWoorden())
                    .isEqualTo("trede 2 op het koppelingstekort, gunstiger dan trede 3 op de totaalopgave, stand einde 36");
            assertThat(borgerOdoorn.b().inWoorden())
                    .isEqualTo("trede 2 op het koppelingstekort, op de totaalopgave trede 2, stand einde 36");
        });
        assertThat(vergelijking.gewijzigd()).isEqualTo(1);
        String pagina = mvc.perform(get("/rondes/" + a + "/vergelijk/" + b).with(user("auditor").roles("AUDITOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(pagina).contains("1 gemeente</span> met een andere", "gunstiger dan trede 3 op de totaalopgave",
                "op de totaalopgave trede 2, stand einde 36", "<td>anders</td>");
    }

    /** Every outcome a receipt can hold, against every other: the words are the same exactly when the outcomes are. */
    @Test
    void gelijkeWoordenPreciesBijGelijkeUitkomsten() {
        List<Herhaling.Uitkomst> uitkomsten = new ArrayList<>();
        for (int trede = 1; trede <= 5; trede++) {
            for (String grondslag : List.of("TOTAALOPGAVE", "KOPPELINGSTEKORT")) {
                for (int stand : List.of(-3, 0, 36)) {
                    for (int opTotaalopgave = 1; opTotaalopgave <= 5; opTotaalopgave++) {
                        for (boolean gunstig : List.of(false, true)) {
                            uitkomsten.add(new Herhaling.Uitkomst(trede, grondslag, stand, opTotaalopgave, gunstig));
                        }
                    }
                }
            }
        }
        for (Herhaling.Uitkomst x : uitkomsten) {
            for (Herhaling.Uitkomst y : uitkomsten) {
                assertThat(x.inWoorden().equals(y.inWoorden())).as(x + " en " + y).isEqualTo(x.equals(y));
            }
        }
    }
}
