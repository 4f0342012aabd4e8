package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The throttle through the real filter chains: the login form and HTTP Basic share one count per
 * user, the sixth attempt is refused even with the right password, and the auditor reads every
 * failure and refusal. Uses the test user 'slot', which nothing else logs in as. The exact wait is
 * checked on a test clock in {@link AanmeldbewakingTest}; here only that there is one.
 */
@ApplicatieMetDatabase
class AanmeldbeperkingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void formulierEnApiDelenDeTellingEnNaVijfMislukteWordtHetJuisteWachtwoordGeweigerd() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(mvc.perform(get("/api/v1/beoordelingsrondes").with(httpBasic("slot", "fout")))
                    .andReturn().getResponse().getStatus()).isEqualTo(401);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.perform(formLogin().user("slot").password("fout")).andReturn().getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }

        String naarInlogpagina = mvc.perform(formLogin().user("slot").password("test")).andReturn().getResponse().getRedirectedUrl();
        assertThat(naarInlogpagina).startsWith("/login?wacht=");
        assertThat(Long.parseLong(naarInlogpagina.substring("/login?wacht=".length()))).isPositive();
        assertThat(mvc.perform(get(naarInlogpagina)).andReturn().getResponse().getContentAsString())
                .contains("Te veel mislukte pogingen voor deze gebruikersnaam.", "tot dan wordt elke poging geweigerd");

        MockHttpServletResponse api = mvc.perform(get("/api/v1/beoordelingsrondes").with(httpBasic("slot", "test")))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(api.getHeader("Retry-After"))).isPositive();
        assertThat(api.getContentAsString()).contains("Te veel mislukte pogingen voor deze gebruiker; probeer het over ");

        String vastgelegd = mvc.perform(get("/api/v1/aanmeldpogingen").param("gebruiker", "slot")
                .with(user("auditor").roles("AUDITOR"))).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> pogingen = json.readValue(vastgelegd, new TypeReference<>() { });
        // Every failure, and the first refusal of the wait (the refusal over the API falls in the same wait).
        assertThat(omgekeerd(pogingen)).extracting(p -> p.get("uitkomst") + " " + p.get("kanaal")).containsExactly(
                "MISLUKT API", "MISLUKT API", "MISLUKT API", "MISLUKT FORMULIER", "MISLUKT FORMULIER",
                "GEWEIGERD FORMULIER");
        assertThat(pogingen).extracting(p -> p.get("adres")).containsOnly("127.0.0.1");

        assertThat(mvc.perform(get("/aanmeldpogingen").param("gebruiker", "slot").with(user("auditor").roles("AUDITOR")))
                .andReturn().getResponse().getContentAsString()).contains("<td>slot</td>", "geweigerd (moest wachten)");
    }

    @Test
    void alleenDeAuditorLeestDeAanmeldpogingen() throws Exception {
        assertThat(mvc.perform(get("/api/v1/aanmeldpogingen").with(httpBasic("toezichthouder", "test")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/aanmeldpogingen").with(user("beleid").roles("BELEIDSMEDEWERKER")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/aanmeldpogingen").param("aantal", "1001").with(httpBasic("auditor", "test")))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/api/v1/aanmeldpogingen").param("aantal", "99999999999").with(httpBasic("auditor", "test")))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    private static <T> List<T> omgekeerd(List<T> lijst) {
        List<T> kopie = new java.util.ArrayList<>(lijst);
        java.util.Collections.reverse(kopie);
        return kopie;
    }
}
