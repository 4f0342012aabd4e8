package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ApplicatieMetDatabase
class BeveiligingTest {

    @Autowired
    MockMvc mvc;

    @Test
    void deApiWeigertWieNietIsIngelogd() throws Exception {
        String uitdaging = mvc.perform(get("/api/v1/beoordelingsrondes")).andExpect(status().isUnauthorized())
                .andReturn().getResponse().getHeader("WWW-Authenticate");
        assertThat(uitdaging).startsWith("Basic");
    }

    @Test
    void eenPaginaStuurtNaarHetInlogscherm() throws Exception {
        mvc.perform(get("/rondes")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void eenVerkeerdWachtwoordIsGeenToegang() throws Exception {
        mvc.perform(get("/api/v1/beoordelingsrondes").with(httpBasic("auditor", "fout"))).andExpect(status().isUnauthorized());
    }

    @Test
    void deAuditorMagNietsInvoeren() throws Exception {
        mvc.perform(post("/api/v1/invoer/huisvesting").with(httpBasic("auditor", "test"))
                        .contentType("text/csv").content("gemeente,periode\n"))
                .andExpect(status().isForbidden());
    }

    @Test
    void deAuditorMagGeenRondeStarten() throws Exception {
        mvc.perform(post("/api/v1/beoordelingsrondes").with(httpBasic("auditor", "test"))
                        .contentType("application/json").content("{\"periode\":\"2025-1\",\"provincie\":\"Drenthe\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void deGezondheidIsOpenbaarVoorBewaking() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void hetInlogschermIsOpenbaar() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
    }
}
