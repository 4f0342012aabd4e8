package nl.trede.invoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The example files of /invoer are accepted as they are; after an import the page offers the run to start. */
@ApplicatieMetDatabase
class VoorbeeldenTest {

    @Autowired
    MockMvc mvc;

    @Test
    void dePaginaBiedtDeVoorbeeldenAan() throws Exception {
        String html = pagina(get("/invoer"));
        assertThat(html).contains("href=\"/invoer/voorbeelden/huisvesting.csv\"")
                .contains("href=\"/invoer/voorbeelden/maandoverzicht-coa.csv\"")
                .contains("href=\"/invoer/voorbeelden/maandoverzicht-coa.xlsx\"")
                .contains("Ten hoogste 10 MB.");
    }

    @Test
    void hetXlsxVoorbeeldVanHetMaandoverzichtWordtIngevoerdEnBiedtDeRondeAan() throws Exception {
        byte[] xlsx = voorbeeld("/invoer/voorbeelden/maandoverzicht-coa.xlsx", "drenthe-huisvesting-2025.xlsx");
        String html = pagina(multipart("/invoer").file(new MockMultipartFile("bestand", "voorbeeld.xlsx",
                IndelingenTest.XLSX, xlsx)).with(csrf()));
        // 12 Drentse gemeenten, both halves of 2025
        assertThat(html).contains("24 rijen ingevoerd")
                .contains("href=\"/rondes?periode=2025-1&amp;provincie=PV22\"")
                .contains("Start een ronde voor 2025-1 (Drenthe)").contains("Start een ronde voor 2025-2 (Drenthe)");
    }

    @Test
    void hetCsvVoorbeeldVanDeEigenIndelingWordtIngevoerd() throws Exception {
        byte[] csv = voorbeeld("/invoer/voorbeelden/huisvesting.csv", "huisvesting-2025-1.csv");
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).startsWith(
                "gemeente,periode,taakstelling,stand_begin,correcties,realisatie,tijdig_gekoppeld,vorige_trede\n"
                        + "Aa en Hunze,2025-1,22,32,0,12,,\n");
        assertThat(pagina(multipart("/invoer").file(new MockMultipartFile("bestand", "voorbeeld.csv", "text/csv", csv))
                .with(csrf()))).contains("3 rijen ingevoerd").contains("Start een ronde voor 2025-1 (Drenthe)");
        byte[] coa = voorbeeld("/invoer/voorbeelden/maandoverzicht-coa.csv", "drenthe-huisvesting-2025.csv");
        assertThat(pagina(multipart("/invoer").file(new MockMultipartFile("bestand", "coa.csv", "text/csv", coa))
                .with(csrf()))).contains("24 rijen ingevoerd");
    }

    @Test
    void deLinkVultHetFormulierVanRondesIn() throws Exception {
        String html = pagina(get("/rondes").param("periode", "2025-1").param("provincie", "PV22"));
        assertThat(html).contains("value=\"2025-1\"").containsPattern("<option value=\"PV22\" selected=\"selected\">Drenthe</option>");
    }

    private byte[] voorbeeld(String pad, String bestandsnaam) throws Exception {
        return mvc.perform(get(pad).with(user("toezichthouder").roles("TOEZICHTHOUDER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + bestandsnaam + "\""))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private String pagina(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> verzoek) throws Exception {
        return mvc.perform(verzoek.with(user("toezichthouder").roles("TOEZICHTHOUDER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
