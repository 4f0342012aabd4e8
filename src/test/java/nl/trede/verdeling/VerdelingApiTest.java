package nl.trede.verdeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ApplicatieMetDatabase
class VerdelingApiTest {

    private static final String GELDIG = """
            {"provincie": "Overijssel", "naam": "Proef", "opgaveRegulier": 190, "opgaveAmv": 20,
             "gemeenten": [
               {"gemeente": "Almelo", "indicatiefRegulier": 100, "indicatiefAmv": 10, "verslagRegulier": 120, "verslagAmv": 0},
               {"gemeente": "GM0150", "indicatiefRegulier": 100, "indicatiefAmv": 10, "verslagRegulier": 0, "kansrijkRegulier": 10},
               {"gemeente": "Zwolle", "indicatiefRegulier": 100, "indicatiefAmv": 10, "oekrainePlaatsen": 30, "oekraineEvenredigAandeel": 10},
               {"gemeente": "Ommen", "indicatiefRegulier": 50, "indicatiefAmv": 10}],
             "uitruil": [{"van": "Almelo", "voor": "Ommen", "regulier": 10}]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void berekentBewaartEnGeeftDeVerdelingTerug() throws Exception {
        String antwoord = mvc.perform(post("/api/v1/verdelingen").with(httpBasic("toezichthouder", "test"))
                        .contentType("application/json").content(GELDIG))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/verdelingen/")))
                .andReturn().getResponse().getContentAsString();
        JsonNode v = json.readTree(antwoord);
        long id = v.get("id").asLong();
        // restopgave 190 - 130 = 60 regular over Deventer (10 of 100) and Ommen (10 by uitruil, of 50);
        // Almelo counts 110 of 110 (verslag), Zwolle 30 > 200% of 10 (Oekraine).
        assertThat(v.get("regulier").get("restopgave").asInt()).isEqualTo(60);
        assertThat(v.get("regulier").get("ontvangers").asInt()).isEqualTo(2);
        JsonNode almelo = v.get("gemeenten").get(0);
        assertThat(almelo.get("gemeenteNaam").asString()).isEqualTo("Almelo");
        assertThat(almelo.get("uitgesloten").get(0).get("criterium").asString()).isEqualTo("VERSLAG");
        assertThat(almelo.get("uitgesloten").get(0).get("grondslag").asString()).contains("Beleidsregel verdeelbesluiten");
        assertThat(v.get("gemeenten").get(2).get("uitgesloten").get(0).get("criterium").asString()).isEqualTo("OEKRAINE");
        // p = (60 + 20) / 150 = 0.5333: Deventer 43.33, Ommen 16.67 -> 43 and 17
        assertThat(v.get("gemeenten").get(1).get("restRegulier").asInt()).isEqualTo(43);
        assertThat(v.get("gemeenten").get(3).get("restRegulier").asInt()).isEqualTo(17);
        assertThat(v.get("regulier").get("percentage").decimalValue()).isEqualByComparingTo("0.5333");
        assertThat(v.get("regels").size()).isGreaterThanOrEqualTo(2);

        mvc.perform(get("/api/v1/verdelingen/" + id).with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gemeenten[1].restRegulier").value(43))
                .andExpect(jsonPath("$.gepubliceerd").value(false));
        assertThat(jdbc.sql("select count(*) from verdeling_regel where verdeling_id = ?").param(id).query(Integer.class).single())
                .isEqualTo(v.get("regels").size());
        assertThat(jdbc.sql("select regelset_versie from verdeling where id = ?").param(id).query(String.class).single())
                .hasSize(64);
    }

    @Test
    void weigertOngeldigeInvoerMetElkeFoutEnBewaartNiets() throws Exception {
        int voor = aantalVerdelingen();
        mvc.perform(post("/api/v1/verdelingen").with(httpBasic("toezichthouder", "test")).contentType("application/json")
                        .content("""
                                {"provincie": "Overijssel", "naam": "Fout", "opgaveRegulier": -1, "opgaveAmv": 10,
                                 "gemeenten": [
                                   {"gemeente": "Almelo", "indicatiefRegulier": 100, "indicatiefAmv": 10, "verslagRegulier": -5},
                                   {"gemeente": "Nergenshuizen", "indicatiefRegulier": 10, "indicatiefAmv": 1},
                                   {"gemeente": "Utrecht", "indicatiefRegulier": 10, "indicatiefAmv": 1}],
                                 "uitruil": [{"van": "Almelo", "voor": "Zwolle", "regulier": 5}]}
                                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fouten[*].kolom", hasItem("opgaveRegulier")))
                .andExpect(jsonPath("$.fouten[*].kolom", hasItem("gemeenten[0].verslagRegulier")))
                .andExpect(jsonPath("$.fouten[*].kolom", hasItem("gemeenten[1].gemeente")))
                .andExpect(jsonPath("$.fouten[*].kolom", hasItem("gemeenten[2].gemeente")))
                .andExpect(jsonPath("$.fouten[*].kolom", hasItem("uitruil[0].voor")))
                .andExpect(jsonPath("$.fouten[*].melding", hasItem(containsString("uitruil kan alleen binnen de provincie"))))
                .andExpect(jsonPath("$.fouten[*].melding", hasItem(containsString("Geen gemeente gevonden"))));
        assertThat(aantalVerdelingen()).isEqualTo(voor);
    }

    @Test
    void eenOpgaveKleinerDanHetVerslagHeeftGeenRestopgaveEnVerdeeltNiets() throws Exception {
        int voor = aantalVerdelingen();
        mvc.perform(post("/api/v1/verdelingen").with(httpBasic("toezichthouder", "test")).contentType("application/json")
                        .content("""
                                {"provincie": "Overijssel", "naam": "Te klein", "opgaveRegulier": 50, "opgaveAmv": 0,
                                 "gemeenten": [{"gemeente": "Almelo", "indicatiefRegulier": 100, "indicatiefAmv": 0, "verslagRegulier": 80}]}
                                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fouten[0].kolom").value("opgaveRegulier"))
                .andExpect(jsonPath("$.fouten[0].melding", containsString("geen restopgave, er is niets verdeeld")));
        assertThat(aantalVerdelingen()).isEqualTo(voor);
    }

    @Test
    void deAuditorMagGeenVerdelingBerekenen() throws Exception {
        mvc.perform(post("/api/v1/verdelingen").with(httpBasic("auditor", "test")).contentType("application/json").content(GELDIG))
                .andExpect(status().isForbidden());
    }

    @Test
    void hetGepubliceerdeBesluitOverijsselTeltOpTotDeOpgaveEnDeUitgeslotenenKregenNietsVanDeRestopgave() throws Exception {
        long id = jdbc.sql("select id from verdeling where gepubliceerd and naam = ?").param(GepubliceerdBesluit.NAAM)
                .query(Long.class).single();
        String antwoord = mvc.perform(get("/api/v1/verdelingen/" + id).with(httpBasic("beleid", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gepubliceerd").value(true))
                .andExpect(jsonPath("$.toelichting", containsString("niet door trede berekend")))
                .andExpect(jsonPath("$.regulier.opgave").value(5787))
                .andExpect(jsonPath("$.amv.opgave").value(538))
                .andReturn().getResponse().getContentAsString();
        Verdeling v = json.readValue(antwoord, Verdeling.class);
        assertThat(v.gemeenten()).hasSize(25);
        assertThat(v.gemeenten().stream().mapToInt(GemeenteUitkomst::regulier).sum()).isEqualTo(5787);
        assertThat(v.gemeenten().stream().mapToInt(GemeenteUitkomst::amv).sum()).isEqualTo(538);
        List<GemeenteUitkomst> uitgesloten = v.gemeenten().stream().filter(g -> !g.uitgesloten().isEmpty()).toList();
        assertThat(uitgesloten).extracting(GemeenteUitkomst::gemeenteNaam).containsExactlyInAnyOrder(
                "Almelo", "Borne", "Deventer", "Hardenberg", "Hengelo (O.)", "Kampen", "Rijssen-Holten", "Tubbergen");
        assertThat(uitgesloten).allSatisfy(g -> {
            assertThat(g.restRegulier()).isZero();
            assertThat(g.restAmv()).isZero();
        });
        assertThat(jdbc.sql("select count(*) from verdeling where gepubliceerd and naam = ?").param(GepubliceerdBesluit.NAAM)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private int aantalVerdelingen() {
        return jdbc.sql("select count(*) from verdeling").query(Integer.class).single();
    }
}
