package nl.trede.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A computed verdeling gets a receipt in the chain and can be replayed from it. */
@ApplicatieMetDatabase
class VerdelingBewijsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    Ketenverificatie verificatie;

    @Test
    void eenVerdelingKrijgtEenBewijsEnLaatZichHerhalen() throws Exception {
        // Restopgave 120 - 20 = 100 regular over Dalfsen (20 of 100 offered) and Ommen (0 of 100):
        // p = (100 + 20) / 200 = 60%: Dalfsen 60 - 20 = 40, Ommen 60.
        String antwoord = mvc.perform(post("/api/v1/verdelingen").with(httpBasic("toezichthouder", "test"))
                        .contentType("application/json").content("""
                                {"provincie": "Overijssel", "naam": "Bewijs", "opgaveRegulier": 120, "opgaveAmv": 0,
                                 "gemeenten": [
                                   {"gemeente": "Dalfsen", "indicatiefRegulier": 100, "indicatiefAmv": 0, "verslagRegulier": 20},
                                   {"gemeente": "Ommen", "indicatiefRegulier": 100, "indicatiefAmv": 0}]}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.gemeenten[0].restRegulier").value(40))
                .andExpect(jsonPath("$.gemeenten[1].restRegulier").value(60))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(antwoord).get("id").asLong();

        mvc.perform(post("/api/v1/verdelingen/" + id + "/herhaling").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identiek").value(2))
                .andExpect(jsonPath("$.verschillend").value(0))
                .andExpect(jsonPath("$.gemeenten[?(@.gemeente == 'GM0148')].herhaald.restRegulier").value(40));
        assertThat(verificatie.verifieer(true).intact()).isTrue();
    }
}
