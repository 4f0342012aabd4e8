package nl.trede.beoordeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.Testcijfers;
import nl.trede.support.Testklok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ronde for a half-year that has not ended: refused, unless asked for as voorlopig; then marked so on
 * every page and in the API, and never the previous trede of the next period. The clock stands on 1
 * November 2025, the day of a COA monthly overview with figures of the running half-year.
 */
@ApplicatieMetDatabase
@Transactional
class VoorlopigeRondeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Testklok.Verstelbaar klok;
    @Autowired
    BeoordelingService service;

    @BeforeEach
    void eersteNovember2025() {
        klok.zet(Instant.parse("2025-11-01T09:00:00Z"));
    }

    @AfterEach
    void herstel() {
        klok.herstel();
    }

    @Test
    void eenRondeVoorDePeildatumAlleenAlsVoorlopig() throws Exception {
        // Borsele 2097-2: T = 10, R = 3 < 10: trede 1 -> 2 (but only voorlopig: the half-year runs until 1 January 2098).
        new Testcijfers(jdbc, "lopend.csv").voegToe("GM0654", "2097-2", 10, 0, 0, 3, null, null)
                .voegToe("GM0654", "2098-1", 10, 7, 0, 0, null, null);
        mvc.perform(post("/api/v1/beoordelingsrondes").with(httpBasic("toezichthouder", "test"))
                        .contentType("application/json").content("{\"periode\": \"2097-2\", \"provincie\": \"Zeeland\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("De tweede helft 2097 is nog niet afgelopen: de peildatum "
                        + "is 1 januari 2098. Start de ronde na de peildatum, of start haar als voorlopige ronde")));
        assertThat(service.rondes("2097-2", "Zeeland")).isEmpty();

        String antwoord = mvc.perform(post("/api/v1/beoordelingsrondes").with(httpBasic("toezichthouder", "test"))
                        .contentType("application/json")
                        .content("{\"periode\": \"2097-2\", \"provincie\": \"Zeeland\", \"voorlopig\": true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.voorlopig").value(true))
                .andExpect(jsonPath("$.aantal").value(1))
                .andReturn().getResponse().getContentAsString();
        long ronde = json.readTree(antwoord).get("id").asLong();
        String heel = mvc.perform(get("/api/v1/beoordelingsrondes/" + ronde).with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$.voorlopig").value(true))
                .andExpect(jsonPath("$.beoordelingen[0].voorgesteldeTrede").value(2))
                .andReturn().getResponse().getContentAsString();
        long beoordeling = json.readTree(heel).get("beoordelingen").get(0).get("id").asLong();
        mvc.perform(get("/api/v1/beoordelingsrondes").param("periode", "2097-2").with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$[0].voorlopig").value(true));
        mvc.perform(get("/rondes/" + ronde).with(user("auditor").roles("AUDITOR")))
                .andExpect(content().string(containsString("Voorlopige ronde.")));
        mvc.perform(get("/beoordelingen/" + beoordeling).with(user("auditor").roles("AUDITOR")))
                .andExpect(content().string(containsString("Voorlopige ronde.")));

        // 2098-1 does not start from the voorlopige 2 of 2097-2: no vastgestelde previous trede, so 1.
        // O = 7 + 10 = 17, R = 0 < 10: 1 -> 2.
        Beoordelingsronde volgende = service.start(nl.trede.kern.Periode.van("2098-1"), "Zeeland", "toezichthouder", true);
        Beoordeling borsele = service.beoordelingen(volgende.id()).get(0);
        assertThat(borsele.vorigeTrede()).isEqualTo(1);
        assertThat(borsele.vorigeTredeBron()).isEqualTo(VorigeTredeBron.STANDAARD);
        assertThat(borsele.voorgesteldeTrede()).isEqualTo(2);
    }
}
