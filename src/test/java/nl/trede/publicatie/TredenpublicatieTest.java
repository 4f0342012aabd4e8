package nl.trede.publicatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.beoordeling.BesluitService;
import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.Testcijfers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.springframework.transaction.annotation.Transactional;

/** The treden of a province for an IBT-kaart: only vastgestelde treden, with each gemeente's boundary. Utrecht 2045-1. */
@ApplicatieMetDatabase
@Transactional
class TredenpublicatieTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BeoordelingService beoordelingen;
    @Autowired
    BesluitService besluiten;
    @Autowired
    ObjectMapper json;

    @Test
    void alleenVastgesteldeTredenWordenGepubliceerd() throws Exception {
        // Lopik 2045-1: T 10, R 4 < 10: 1 -> 2, vastgesteld. Montfoort 2045-1: T 10, R 2: proposed 2, only decided by A.
        new Testcijfers(jdbc, "publicatie.csv").voegToe("GM0331", "2045-1", 10, 0, 0, 4, null, null)
                .voegToe("GM0335", "2045-1", 10, 0, 0, 2, null, null);
        long ronde = beoordelingen.start(Periode.van("2045-1"), "Utrecht", "toezichthouder").id();
        for (Beoordeling b : beoordelingen.beoordelingen(ronde)) {
            besluiten.beslis(b.id(), b.voorgesteldeTrede(), null, null, 0, "toezichthouder");
            if (b.gemeente().equals("GM0331")) {
                besluiten.stelVast(b.id(), 1, "toezichthouder2");
            }
        }

        String csv = mvc.perform(get("/api/v1/provincies/PV26/treden.csv").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst()).hasValue(String.join(",", Tredenpublicatie.KOLOMMEN));
        assertThat(csv.lines().filter(r -> r.contains(",2045-1,"))).singleElement().asString()
                .startsWith("Utrecht,Lopik,GM0331,2045-1,2,Attenderen: ambtelijk overleg,Totaalopgave,");

        byte[] geojson = mvc.perform(get("/api/v1/provincies/Utrecht/treden.geojson").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andReturn().getResponse().getContentAsByteArray();
        JsonNode kaart = json.readTree(geojson);
        assertThat(kaart.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(kaart.get("features")).hasSize(26);
        JsonNode lopik = feature(kaart, "GM0331");
        assertThat(lopik.get("properties").get("trede_2045_1").asInt()).isEqualTo(2);
        assertThat(lopik.get("properties").get("grondslag_2045_1").asString()).isEqualTo("Totaalopgave");
        assertThat(lopik.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
        // Lopik lies around 4.9 E, 52.0 N: its boundary's first point is there, in WGS84 as CBS/PDOK publish it.
        JsonNode punt = lopik.get("geometry").get("type").asString().equals("Polygon")
                ? lopik.get("geometry").get("coordinates").get(0).get(0) : lopik.get("geometry").get("coordinates").get(0).get(0).get(0);
        assertThat(punt.get(0).asDouble()).isBetween(4.7, 5.1);
        assertThat(punt.get(1).asDouble()).isBetween(51.9, 52.1);
        assertThat(feature(kaart, "GM0335").get("properties").has("trede_2045_1")).isFalse();
        assertThat(feature(kaart, "GM0335").get("geometry").get("coordinates")).isNotEmpty();

        mvc.perform(get("/api/v1/provincies/PV99/treden.csv").with(httpBasic("auditor", "test")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value(containsString("Provincie 'PV99' bestaat niet")));
        mvc.perform(get("/api/v1/provincies/PV26/treden.geojson")).andExpect(status().isUnauthorized());
    }

    private static JsonNode feature(JsonNode kaart, String code) {
        for (JsonNode f : kaart.get("features")) {
            if (f.get("id").asString().equals(code)) {
                return f;
            }
        }
        throw new AssertionError(code + " ontbreekt");
    }
}
