package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/** An auditor reads every page and API, and changes nothing: every write is 403. */
@ApplicatieMetDatabase
class AuditorTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "POST, /api/v1/invoer/huisvesting",
            "POST, /api/v1/beoordelingsrondes",
            "POST, /api/v1/verdelingen",
            "POST, /api/v1/regelsets/activeer",
            "POST, /api/v1/regelsets/impact",
            "PUT, /api/v1/beoordelingsrondes/1",
            "DELETE, /api/v1/beoordelingsrondes/1",
            "PATCH, /api/v1/beoordelingen/1"})
    void geenSchrijfactieInDeApi(String methode, String pad) throws Exception {
        int status = mvc.perform(request(HttpMethod.valueOf(methode), pad).with(httpBasic("auditor", "test"))
                        .contentType("application/json").content("{}"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @ParameterizedTest(name = "POST {0}")
    @ValueSource(strings = {"/invoer", "/rondes", "/verdelingen", "/regels/activeer"})
    void geenSchrijfactieOpDePaginas(String pad) throws Exception {
        mvc.perform(request(HttpMethod.POST, pad).with(user("auditor").roles("AUDITOR")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/rondes", "/invoer", "/audit", "/verdelingen", "/regels", "/regels/impact", "/monitoring",
            "/monitoring?peildatum=2025-11-01", "/monitoring/provincies/PV22?peildatum=2025-11-01",
            "/monitoring/kaart?gebied=NL&opgave=ASIEL&peildatum=2025-11-01", "/monitoring/gemeenten/GM1680",
            "/api/v1/beoordelingsrondes", "/api/v1/audit/verificatie", "/api/v1/regelsets",
            "/api/v1/openapi"})
    void leestAlles(String pad) throws Exception {
        mvc.perform(get(pad).with(user("auditor").roles("AUDITOR"))).andExpect(status().isOk());
    }
}
