package nl.trede.invoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The page /invoer: the form, the errors of a bad file, the outcome of a good one. */
@ApplicatieMetDatabase
class InvoerPaginaTest {

    @Autowired
    MockMvc mvc;

    @Test
    void hetFormulierLegtBeideIndelingenUit() throws Exception {
        String html = mvc.perform(get("/invoer").with(user("toezichthouder").roles("TOEZICHTHOUDER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1>Cijfers invoeren</h1>")
                .contains("enctype=\"multipart/form-data\"").contains("name=\"bestand\"").contains("type=\"file\"")
                .contains("gemeente,periode,taakstelling,stand_begin,correcties,realisatie,tijdig_gekoppeld,vorige_trede")
                .contains("Maandoverzicht van COA").contains("Laatst ingevoerd");
    }

    @Test
    void eenFoutBestandToontDeTabelMetFouten() throws Exception {
        String html = mvc.perform(multipart("/invoer").file(bestand("dubbele-rij.csv")).with(csrf())
                        .with(user("toezichthouder").roles("TOEZICHTHOUDER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Het bestand dubbele-rij.csv is niet ingevoerd").contains("Er is niets opgeslagen")
                .contains("<td class=\"getal\">4</td>").contains("<td>gemeente</td>")
                .contains("staat zowel in rij 2 als in rij 4");
    }

    @Test
    void eenGoedBestandToontHoeveelRijenPerPeriode() throws Exception {
        String html = mvc.perform(multipart("/invoer").file(bestand("goed.csv")).with(csrf())
                        .with(user("toezichthouder").roles("TOEZICHTHOUDER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("3 rijen ingevoerd").contains("eerste helft 2032 (2032-1): 2 gemeenten")
                .contains("tweede helft 2032 (2032-2): 1 gemeente<").contains("<td>goed.csv</td>");
    }

    private static MockMultipartFile bestand(String naam) {
        return new MockMultipartFile("bestand", naam, "text/csv", OngeldigeInvoerTest.lees(naam));
    }
}
