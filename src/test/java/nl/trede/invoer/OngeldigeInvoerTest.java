package nl.trede.invoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.systeem.Invoerfout;
import nl.trede.systeem.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** One file per kind of error: each names its row, column and what is wrong, and nothing is stored. */
@ApplicatieMetDatabase
class OngeldigeInvoerTest {

    @Autowired
    InvoerService service;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void eenOntbrekendeKolomNoemtDieKolomEnWatVerwachtWordt() {
        List<Invoerfout> fouten = fouten("ontbrekende-kolom.csv");
        assertThat(fouten).singleElement().satisfies(f -> {
            assertThat(f.rij()).isEqualTo(1);
            assertThat(f.kolom()).isEqualTo("realisatie");
            assertThat(f.melding()).contains("'realisatie' ontbreekt")
                    .contains("gemeente, periode, taakstelling, stand_begin, correcties, realisatie");
        });
    }

    @Test
    void eenWaardeDieGeenGeheelGetalIsWordtGenoemd() {
        assertThat(fouten("geen-getal.csv")).singleElement()
                .isEqualTo(new Invoerfout(2, "taakstelling", "'12,5' is geen geheel getal; schrijf alleen cijfers, "
                        + "zonder punt, komma of spatie (een min-teken mag vooraan)"));
    }

    @Test
    void eenNegatieveRealisatieIsEenFoutOpDieRij() {
        assertThat(fouten("negatieve-realisatie.csv")).singleElement()
                .isEqualTo(new Invoerfout(3, "realisatie", "realisatie is -4, maar kan niet negatief zijn"));
    }

    @Test
    void eenOnbekendeGemeenteNoemtDeGemeentenDieHetDichtstBijKomen() {
        assertThat(fouten("onbekende-gemeente.csv")).singleElement().satisfies(f -> {
            assertThat(f.rij()).isEqualTo(2);
            assertThat(f.kolom()).isEqualTo("gemeente");
            assertThat(f.melding()).startsWith("Geen gemeente gevonden met code of naam 'HOOGVEEN'")
                    .contains("bedoelde u").contains("Hoogeveen (GM0118)");
        });
    }

    @Test
    void eenNaamDieBijMeerGemeentenPastNoemtZeAllemaal() {
        assertThat(fouten("dubbelzinnige-naam.csv")).singleElement().satisfies(f -> {
            assertThat(f.rij()).isEqualTo(2);
            assertThat(f.kolom()).isEqualTo("gemeente");
            assertThat(f.melding()).contains("meer dan een gemeente")
                    .contains("Bergen (L.) (GM0893)").contains("Bergen (NH.) (GM0373)");
        });
    }

    @Test
    void dezelfdeGemeenteEnPeriodeTweeKeerNoemtBeideRijen() {
        assertThat(fouten("dubbele-rij.csv")).singleElement().isEqualTo(new Invoerfout(4, "gemeente",
                "Assen (GM0106) voor periode 2031-1 staat zowel in rij 2 als in rij 4; laat een van beide rijen weg"));
    }

    @Test
    void eenOnbekendePeriodeZegtHoeEenPeriodeGeschrevenWordt() {
        assertThat(fouten("onbekende-periode.csv")).singleElement().isEqualTo(new Invoerfout(2, "periode",
                "'2024-3' is geen periode; schrijf het jaar en de helft, zoals 2024-1 (eerste helft) of 2024-2 "
                        + "(tweede helft)"));
    }

    @Test
    void eenLeegBestandIsEenFout() {
        assertThat(fouten("leeg.csv")).singleElement().isEqualTo(new Invoerfout(1, null, "Het bestand is leeg"));
    }

    @Test
    void eenBestandDatGeenUtf8IsNoemtDeRijMetDeVerkeerdeTekens() {
        assertThat(fouten("niet-utf8.csv")).singleElement().satisfies(f -> {
            assertThat(f.rij()).isEqualTo(3);
            assertThat(f.kolom()).isEqualTo("gemeente");
            assertThat(f.melding()).contains("geen UTF-8").contains("S?dwest").contains("CSV UTF-8");
        });
    }

    @Test
    void eenRekenfoutInHetCoaOverzichtNoemtDeCel() {
        assertThat(fouten("coa-rekenfout.csv")).singleElement().isEqualTo(new Invoerfout(3, "stand_2035_07_01",
                "stand_2035_07_01 is 38, maar stand_2035_01_01 + taakstelling_2035_1 - realisatie_2035_1 = "
                        + "13 + 58 - 34 = 37. Controleer deze rij tegen het overzicht van COA."));
    }

    @Test
    void deApiGeeft422MetElkeFoutEnSlaatNietsOp() throws Exception {
        Weigering.Tellingen voor = tel();
        mvc.perform(post("/api/v1/invoer/huisvesting").with(httpBasic("toezichthouder", "test"))
                        .contentType("text/csv").content(lees("negatieve-realisatie.csv")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Het bestand huisvesting.csv is niet ingevoerd"))
                .andExpect(jsonPath("$.fouten[0].rij").value(3))
                .andExpect(jsonPath("$.fouten[0].kolom").value("realisatie"))
                .andExpect(jsonPath("$.fouten[0].melding").value("realisatie is -4, maar kan niet negatief zijn"));
        assertThat(tel()).isEqualTo(voor);
    }

    /** The errors of importing this test file; and checks that the import left the database as it was. */
    private List<Invoerfout> fouten(String bestand) {
        OngeldigeInvoerException fout = Weigering.van(service, jdbc, bestand, lees(bestand));
        assertThat(fout.getMessage()).isEqualTo("Het bestand " + bestand + " is niet ingevoerd");
        return fout.fouten();
    }

    private Weigering.Tellingen tel() {
        return Weigering.Tellingen.van(jdbc);
    }

    static byte[] lees(String bestand) {
        try (InputStream in = OngeldigeInvoerTest.class.getResourceAsStream("/invoer/" + bestand)) {
            assertThat(in).as(bestand).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
