package nl.trede.verdeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@ApplicatieMetDatabase
class VerdelingPaginaTest {

    /** This test's own fixture: the published Verdeelbesluit Overijssel 2024. */
    @BeforeAll
    static void gegevens(@Autowired ApplicationContext context) {
        GepubliceerdBesluitOverijssel.laad(context);
    }

    private static final String GEMEENTEN = """
            gemeente;indicatiefRegulier;indicatiefAmv;verslagRegulier;verslagAmv;kansrijkRegulier;historischGemiddelde
            Almelo;100;10;120;0;0;0
            Deventer;100;10;0;0;10;0
            Ommen;50;10;0;0;0;12,5
            """;
    private static final String UITRUIL = "van,voor,regulier,groep\nAlmelo,Ommen,10,\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eenCsvUploadBerekentEnToontTabel7DeAfleidingEnDeSamenvatting() throws Exception {
        String adres = mvc.perform(multipart("/verdelingen")
                        .file(new MockMultipartFile("gemeenten", "g.csv", "text/csv", GEMEENTEN.getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("uitruil", "u.csv", "text/csv", UITRUIL.getBytes(StandardCharsets.UTF_8)))
                        .param("provincie", "PV23").param("naam", "Upload").param("opgaveRegulier", "190").param("opgaveAmv", "20")
                        .with(user("toezichthouder").roles("TOEZICHTHOUDER")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/verdelingen/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(adres).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tabel 7"), containsString("Berekend door trede"),
                        containsString("Verslag haalt de indicatieve verdeling"), containsString("Almelo"),
                        containsString("Afleiding per gemeente"), containsString("Gevuurde regels"),
                        // it closes (regular 60 and amv 20 fit): the success banner, no warning
                        containsString("class=\"melding goed\""), not(containsString("sluit niet")))));
        String csv = mvc.perform(get(adres + "/tabel7.csv").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("gemeente,cbs_code,amv,regulier,totaal\n").contains("\nTotaal,,20,190,210\n");
    }

    @Test
    void eenVerdelingDieNietSluitToontEenWaarschuwingEnGeenSucces() throws Exception {
        // Dalfsen 50 + 5 = 55, offers nothing: room 55. Ommen 30 + 5 = 35, offers 10 regular: room 25.
        // Restopgave 70 regular, 20 amv. Regular first: p = (70 + 10) / 80 = 100%: Dalfsen 50, Ommen 20.
        // Room left 5 and 5; amv 20 > 10: both get 5 and 10 amv places stay unplaced.
        String antwoord = mvc.perform(post("/api/v1/verdelingen").with(httpBasic("toezichthouder", "test"))
                        .contentType("application/json").content("""
                                {"provincie": "Overijssel", "naam": "Loopt vol", "opgaveRegulier": 80, "opgaveAmv": 20,
                                 "gemeenten": [
                                   {"gemeente": "Dalfsen", "indicatiefRegulier": 50, "indicatiefAmv": 5},
                                   {"gemeente": "Ommen", "indicatiefRegulier": 30, "indicatiefAmv": 5, "verslagRegulier": 10}]}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.regulier.onverdeeld").value(0))
                .andExpect(jsonPath("$.amv.onverdeeld").value(10))
                .andExpect(jsonPath("$.gemeenten[*].restAmv", contains(5, 5)))
                .andReturn().getResponse().getContentAsString();
        String adres = "/verdelingen/" + JsonPath.read(antwoord, "$.id");
        String pagina = mvc.perform(get(adres).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("class=\"melding waarschuwing\"", "Deze verdeling sluit niet.",
                        "0 reguliere plaatsen en 10 amv-plaatsen van de restopgave zijn niet geplaatst")
                .doesNotContain("class=\"melding goed\"");
        mvc.perform(get("/verdelingen").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sluit niet: 10 plaatsen niet geplaatst")));
    }

    @Test
    void eenFoutInDeCsvNoemtRijEnKolomEnBewaartNiets() throws Exception {
        int voor = jdbc.sql("select count(*) from verdeling").query(Integer.class).single();
        mvc.perform(multipart("/verdelingen")
                        .file(new MockMultipartFile("gemeenten", "g.csv", "text/csv",
                                "gemeente,indicatiefRegulier,indicatiefAmv\nAlmelo,100,x\nAmersfoort,10,1\n".getBytes(StandardCharsets.UTF_8)))
                        .param("provincie", "Overijssel").param("naam", "Fout").param("opgaveRegulier", "10").param("opgaveAmv", "1")
                        .with(user("toezichthouder").roles("TOEZICHTHOUDER")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("er is niets opgeslagen"), containsString("is geen geheel getal"))));
        assertThat(jdbc.sql("select count(*) from verdeling").query(Integer.class).single()).isEqualTo(voor);
    }

    @Test
    void hetGepubliceerdeBesluitIsAlsOvergenomenGemarkeerd() throws Exception {
        long id = jdbc.sql("select id from verdeling where gepubliceerd and naam = ?").param(GepubliceerdBesluit.NAAM)
                .query(Long.class).single();
        mvc.perform(get("/verdelingen").with(user("beleid").roles("BELEIDSMEDEWERKER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("gepubliceerd besluit, overgenomen")));
        mvc.perform(get("/verdelingen/" + id).with(user("beleid").roles("BELEIDSMEDEWERKER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("niet door trede berekend"), containsString("5787"),
                        containsString("538"), containsString("Hengelo (O.)"),
                        // the Verdeelbesluit Overijssel 2024 with its Toelichting (20 December 2024, nr. 6015733), chapter 3: the gemeenten excluded because the verslag meets the indicatieve verdeling
                        containsString("Almelo, Deventer, Hardenberg, Hengelo (O.), Kampen, Rijssen-Holten, Tubbergen"))));
        String csv = mvc.perform(get("/verdelingen/" + id + "/tabel7.csv").with(user("beleid").roles("BELEIDSMEDEWERKER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Totaal,,538,5787,6325");
    }
}
