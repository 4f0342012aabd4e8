package nl.trede.verdeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ApplicatieMetDatabase
class VerdelingApiTest {

    /** This test's own fixture: the published Verdeelbesluit Overijssel 2024. */
    @BeforeAll
    static void gegevens(@Autowired ApplicationContext context) {
        GepubliceerdBesluitOverijssel.laad(context);
    }

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

    /** A body that Jackson cannot read as the request's types; the field it names; what the message says. */
    static Stream<Arguments> onleesbaar() {
        String gemeente = "{\"gemeente\": \"Almelo\", \"indicatiefRegulier\": 100, \"indicatiefAmv\": 10, %s}";
        return Stream.of(
                Arguments.of(verzoek("\"opgaveRegulier\": 2147483648", gemeente.formatted("\"verslagRegulier\": 0")),
                        "opgaveRegulier", "Moet een geheel getal zijn, van 0 tot en met 1000000"),
                Arguments.of(verzoek("\"opgaveRegulier\": 99999999999999999999999", gemeente.formatted("\"verslagRegulier\": 0")),
                        "opgaveRegulier", "Moet een geheel getal zijn"),
                Arguments.of(verzoek("\"opgaveRegulier\": 10", gemeente.formatted("\"verslagRegulier\": -3000000000")),
                        "gemeenten[0].verslagRegulier", "Moet een geheel getal zijn"),
                Arguments.of(verzoek("\"opgaveRegulier\": 10", gemeente.formatted("\"kansrijkAmv\": 10.5")),
                        "gemeenten[0].kansrijkAmv", "Moet een geheel getal zijn"),
                Arguments.of(verzoek("\"opgaveRegulier\": 10", gemeente.formatted("\"oekrainePlaatsen\": \"tien\"")),
                        "gemeenten[0].oekrainePlaatsen", "Moet een geheel getal zijn"),
                Arguments.of(verzoek("\"opgaveRegulier\": 10", gemeente.formatted("\"historischGemiddelde\": \"veel\"")),
                        "gemeenten[0].historischGemiddelde", "Moet een getal zijn"),
                Arguments.of(verzoek("\"opgaveRegulier\": 10", gemeente.formatted("\"verslagRegulir\": 5")),
                        "gemeenten[0].verslagRegulir", "Onbekend veld 'verslagRegulir'; bekend zijn gemeente, historischGemiddelde"),
                Arguments.of(verzoek("\"opgaveRegulier\": 10, \"uitruil\": [{\"van\": \"Almelo\", \"voor\": \"Ommen\", \"regulier\": 1e20}]",
                        gemeente.formatted("\"verslagRegulier\": 0")), "uitruil[0].regulier", "Moet een geheel getal zijn"),
                Arguments.of(verzoek("\"opgaveRegulier\": 10, \"gemeenten\": 5", gemeente.formatted("\"verslagRegulier\": 0")),
                        "gemeenten", "Moet een lijst zijn"),
                Arguments.of("{\"provincie\": \"Overijssel\", \"opgaveRegulier\": ", null,
                        "Stuur de verdeling als JSON-object met provincie, naam, opgaveRegulier, opgaveAmv en gemeenten (fout in regel 1"),
                Arguments.of("null", null, "Stuur de verdeling als JSON-object"),
                Arguments.of("", null, "Stuur de verdeling als JSON-object"));
    }

    /** Later fields of the same name win in Jackson, so {@code extra} can overwrite the opgave. */
    private static String verzoek(String extra, String gemeente) {
        return "{\"provincie\": \"Overijssel\", \"naam\": \"Onleesbaar\", \"opgaveAmv\": 0, \"gemeenten\": [" + gemeente + "], "
                + extra + "}";
    }

    @ParameterizedTest
    @MethodSource("onleesbaar")
    void wordtGeweigerdBijZijnVeldInHetNederlandsAlsJacksonHetNietKanLezen(String inhoud, String veld, String melding)
            throws Exception {
        int voor = aantalVerdelingen();
        mvc.perform(post("/api/v1/verdelingen").with(httpBasic("toezichthouder", "test")).contentType("application/json")
                        .content(inhoud))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.title").value(VerdelingService.TITEL_ONGELDIG))
                .andExpect(jsonPath("$.fouten.length()").value(1))
                .andExpect(jsonPath("$.fouten[0].kolom").value(veld))
                .andExpect(jsonPath("$.fouten[0].melding", containsString(melding)));
        assertThat(aantalVerdelingen()).isEqualTo(voor);
    }

    @Test
    void weigertAantallenBuitenDeGrenzenTeLangeTekstEnTeVeelRegelsMetElkeFoutEnBewaartNiets() throws Exception {
        int voor = aantalVerdelingen();
        String heelLang = "A".repeat(100_000);
        mvc.perform(post("/api/v1/verdelingen").with(httpBasic("toezichthouder", "test")).contentType("application/json")
                        .content("""
                                {"provincie": "Overijssel", "naam": "%s", "opgaveRegulier": 1000001, "opgaveAmv": 0,
                                 "gemeenten": [
                                   {"gemeente": "Almelo", "indicatiefRegulier": 100, "indicatiefAmv": 10, "verslagRegulier": 120},
                                   {"gemeente": "%s", "indicatiefRegulier": 10, "indicatiefAmv": 1, "historischGemiddelde": 2000000},
                                   null,
                                   {"gemeente": "Ommen", "indicatiefRegulier": 1000001, "indicatiefAmv": 10,
                                    "historischGemiddelde": 1E-999999999}],
                                 "uitruil": [{"van": "Almelo", "voor": "Ommen", "regulier": 1000000},
                                             {"van": "Almelo", "voor": "Ommen", "regulier": 1000000},
                                             {"van": "Almelo", "voor": "Ommen", "regulier": 1000001}, null]}
                                """.formatted("v".repeat(201), heelLang)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fouten[?(@.kolom == 'naam')].melding", contains(containsString("Hoogstens 200 tekens, niet 201"))))
                .andExpect(jsonPath("$.fouten[?(@.kolom == 'opgaveRegulier')].melding",
                        contains("De opgave moet tussen 0 en 1000000 liggen, niet 1000001")))
                .andExpect(jsonPath("$.fouten[?(@.kolom == 'gemeenten[3].indicatiefRegulier')].melding",
                        contains("Moet tussen 0 en 1000000 liggen, niet 1000001")))
                // 1E-999999999 is below 1 but written out a billion characters long
                .andExpect(jsonPath("$.fouten[?(@.kolom == 'gemeenten[3].historischGemiddelde')].melding",
                        contains("Hoogstens 4 decimalen")))
                .andExpect(jsonPath("$.fouten[?(@.kolom == 'gemeenten[1].gemeente')].melding",
                        contains(containsString("Hoogstens 100 tekens, niet 100000"))))
                .andExpect(jsonPath("$.fouten[?(@.kolom == 'gemeenten[1].historischGemiddelde')].melding",
                        contains("Moet tussen 0 en 1000000 liggen, niet 2000000")))
                .andExpect(jsonPath("$.fouten[?(@.kolom == 'gemeenten[2].gemeente')].melding", contains(containsString("Lege regel"))))
                .andExpect(jsonPath("$.fouten[?(@.kolom == 'uitruil[2].regulier')].melding",
                        contains("Geef het aantal reguliere plaatsen, van 1 tot en met 1000000, niet 1000001")))
                .andExpect(jsonPath("$.fouten[?(@.kolom == 'uitruil[3].van')].melding", contains(containsString("Lege regel"))))
                // Almelo gives 1000000 + 1000000 by uitruil (the third row is refused) and offers 120
                .andExpect(jsonPath("$.fouten[?(@.kolom == 'gemeenten[0].verslagRegulier')].melding",
                        contains(containsString("realiseert door uitruil 2000000 reguliere plaatsen voor anderen"))))
                .andExpect(jsonPath("$.fouten[*].melding", not(hasItem(containsString(heelLang)))));
        String veelGemeenten = "{\"gemeente\": \"Almelo\", \"indicatiefRegulier\": 1, \"indicatiefAmv\": 0},".repeat(1001);
        mvc.perform(post("/api/v1/verdelingen").with(httpBasic("toezichthouder", "test")).contentType("application/json")
                        .content("{\"provincie\": \"Overijssel\", \"naam\": \"Veel\", \"opgaveRegulier\": 1, \"opgaveAmv\": 0, "
                                + "\"gemeenten\": [" + veelGemeenten.substring(0, veelGemeenten.length() - 1) + "]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fouten.length()").value(1))
                .andExpect(jsonPath("$.fouten[0].kolom").value("gemeenten"))
                .andExpect(jsonPath("$.fouten[0].melding").value("Hoogstens 1000 regels, niet 1001"));
        assertThat(aantalVerdelingen()).isEqualTo(voor);
    }

    @Test
    void hetOpenApiDocumentBeschrijftDeInvoerAlsVerdelingVerzoekOokNuDeControllerDeJsonZelfLeest() throws Exception {
        mvc.perform(get("/api/v1/openapi").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/verdelingen'].post.requestBody.content['application/json'].schema['$ref']")
                        .value("#/components/schemas/VerdelingVerzoek"))
                .andExpect(jsonPath("$.components.schemas.VerdelingVerzoek.properties.gemeenten").exists());
    }

    @Test
    void eenTeGrootVerzoekWordtGeweigerdVoordatHetGelezenIs() throws Exception {
        int voor = aantalVerdelingen();
        // trede.invoer.max-bytes is 10 MB; a body one byte longer is refused with the Dutch 413 of every upload
        byte[] teGroot = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(teGroot, (byte) ' ');
        mvc.perform(post("/api/v1/verdelingen").with(httpBasic("toezichthouder", "test")).contentType("application/json")
                        .content(teGroot))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail", containsString("Het bestand is te groot")));
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
