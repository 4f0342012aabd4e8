package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.RequestDispatcher;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every kind of API error as application/problem+json with a Dutch title and a detail that says what to do. */
@ApplicatieMetDatabase
class ProblemJsonTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void onleesbareJsonNoemtRegelEnKolom() throws Exception {
        JsonNode p = probleem(post("/api/v1/beoordelingsrondes").with(httpBasic("toezichthouder", "test"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"periode\": \"2025-1\",,}"), 400);
        assertThat(p.get("title").asString()).isEqualTo("Onjuist verzoek");
        // {"periode": "2025-1",,}: '{' is column 1, "periode" 2-10, ':' 11, ' ' 12, "2025-1" 13-20, ',' 21; the second ',' 22.
        assertThat(p.get("detail").asString()).startsWith("De JSON is niet te lezen (regel 1, kolom 22)");
    }

    @Test
    void eenVeldVanDeVerkeerdeSoortWordtGenoemd() throws Exception {
        JsonNode p = probleem(post("/api/v1/beoordelingsrondes").with(httpBasic("toezichthouder", "test"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"periode\": \"2025-1\", \"provincie\": {\"a\": 1}}"), 400);
        assertThat(p.get("detail").asString()).contains("het veld 'provincie' heeft een waarde van de verkeerde soort");
    }

    @Test
    void eenLeegVerzoekZegtWatErMoetKomen() throws Exception {
        JsonNode p = probleem(post("/api/v1/beoordelingsrondes").with(httpBasic("toezichthouder", "test"))
                .contentType(MediaType.APPLICATION_JSON), 400);
        assertThat(p.get("detail").asString()).startsWith("Het verzoek heeft geen leesbare inhoud; stuur JSON");
    }

    @Test
    void eenMegabyteInvoerKomtNietAlsMegabyteTerug() throws Exception {
        String periode = "9".repeat(1_000_000);
        JsonNode p = probleem(post("/api/v1/beoordelingsrondes").with(httpBasic("toezichthouder", "test"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"periode\": \"" + periode + "\"}"), 400);
        assertThat(p.get("detail").asString()).hasSizeLessThan(1100).endsWith(" ... (ingekort)");
    }

    @Test
    void eenIdDieGeenGetalIs() throws Exception {
        JsonNode p = probleem(get("/api/v1/beoordelingsrondes/abc").with(httpBasic("auditor", "test")), 400);
        assertThat(p.get("detail").asString()).isEqualTo("'abc' is geen geldige waarde voor 'id': verwacht een geheel getal "
                + "(zonder punt of komma, niet te groot).");
    }

    @Test
    void eenIdVoorbijHetBereikVanLong() throws Exception {
        // Long.MAX_VALUE is 9223372036854775807; one more does not fit.
        JsonNode p = probleem(get("/api/v1/beoordelingsrondes/9223372036854775808").with(httpBasic("auditor", "test")), 400);
        assertThat(p.get("detail").asString()).startsWith("'9223372036854775808' is geen geldige waarde voor 'id'");
    }

    @Test
    void eenOnbekendeIdIsNietGevonden() throws Exception {
        JsonNode p = probleem(get("/api/v1/beoordelingsrondes/987654321").with(httpBasic("auditor", "test")), 404);
        assertThat(p.get("title").asString()).isEqualTo("Niet gevonden");
        assertThat(p.get("detail").asString()).isEqualTo("Beoordelingsronde 987654321 bestaat niet");
        assertThat(p.get("instance").asString()).isEqualTo("/api/v1/beoordelingsrondes/987654321");
    }

    @Test
    void eenOnbekendAdres() throws Exception {
        JsonNode p = probleem(get("/api/v1/bestaat-niet").with(httpBasic("auditor", "test")), 404);
        assertThat(p.get("detail").asString()).isEqualTo("Het adres /api/v1/bestaat-niet bestaat niet.");
    }

    @Test
    void eenMethodeDieNietKanNoemtDieWel() throws Exception {
        MockHttpServletResponse antwoord = mvc.perform(request(HttpMethod.DELETE, "/api/v1/beoordelingsrondes")
                .with(httpBasic("toezichthouder", "test"))).andReturn().getResponse();
        JsonNode p = probleem(antwoord, 405);
        assertThat(p.get("title").asString()).isEqualTo("Methode niet toegestaan");
        assertThat(p.get("detail").asString()).startsWith("De methode DELETE kan hier niet; wel: ");
        assertThat(antwoord.getHeader("Allow")).contains("GET", "POST");
    }

    @Test
    void eenVerkeerdFormaat() throws Exception {
        JsonNode p = probleem(post("/api/v1/beoordelingsrondes").with(httpBasic("toezichthouder", "test"))
                .contentType(MediaType.TEXT_PLAIN).content("periode=2025-1"), 415);
        assertThat(p.get("title").asString()).isEqualTo("Formaat niet ondersteund");
        assertThat(p.get("detail").asString()).startsWith("Het formaat 'text/plain").contains("wordt hier niet aangenomen; stuur application/json");
    }

    @Test
    void eenOntbrekendeParameter() throws Exception {
        JsonNode p = probleem(get("/api/v1/audit/beoordelingen").with(httpBasic("auditor", "test")), 400);
        assertThat(p.get("detail").asString()).isEqualTo("De parameter 'gemeente' ontbreekt; geef hem mee, zoals ?gemeente=...");
    }

    @Test
    void nietAangemeld() throws Exception {
        MockHttpServletResponse antwoord = mvc.perform(get("/api/v1/beoordelingsrondes")).andReturn().getResponse();
        JsonNode p = probleem(antwoord, 401);
        assertThat(p.get("title").asString()).isEqualTo("Niet aangemeld");
        assertThat(p.get("detail").asString()).startsWith("Meld u aan: met een persoonlijk token");
        assertThat(antwoord.getHeaders("WWW-Authenticate")).containsExactly("Basic realm=\"trede\", charset=\"UTF-8\"",
                "Bearer realm=\"trede\"");
    }

    @Test
    void eenVerkeerdWachtwoord() throws Exception {
        JsonNode p = probleem(get("/api/v1/beoordelingsrondes").with(httpBasic("beleid", "fout")), 401);
        assertThat(p.get("detail").asString()).isEqualTo("Onbekende gebruikersnaam of onjuist wachtwoord.");
    }

    @Test
    void eenBrowserKrijgtGeenWachtwoordvensterMaarDeInlogpagina() throws Exception {
        MockHttpServletResponse opent = mvc.perform(get("/api/v1/beoordelingsrondes/1").header("Sec-Fetch-Mode", "navigate")
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(opent.getStatus()).isEqualTo(302);
        assertThat(opent.getRedirectedUrl()).endsWith("/login");
        // A script on a page (fetch) gets 401, but no Basic challenge: that would open the browser's password popup.
        MockHttpServletResponse haalt = mvc.perform(get("/api/v1/openapi").header("Sec-Fetch-Mode", "cors"))
                .andReturn().getResponse();
        assertThat(haalt.getStatus()).isEqualTo(401);
        assertThat(haalt.getHeaders("WWW-Authenticate")).containsExactly("Bearer realm=\"trede\"");
    }

    @Test
    void geenToegangNoemtDeRol() throws Exception {
        JsonNode p = probleem(post("/api/v1/regelsets/activeer").with(httpBasic("auditor", "test")), 403);
        assertThat(p.get("title").asString()).isEqualTo("Geen toegang");
        assertThat(p.get("detail").asString()).startsWith("Dit mag niet met de rol auditor. Lezen mag elke rol;");
    }

    @Test
    void eenFoutInTredeToontGeenDetailsVanBinnen() throws Exception {
        MockHttpServletResponse pagina = mvc.perform(get("/error").with(user("auditor").roles("AUDITOR"))
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/rondes/1")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("geheim: wachtwoord=xyz")))
                .andReturn().getResponse();
        assertThat(pagina.getStatus()).isEqualTo(500);
        assertThat(pagina.getContentAsString()).contains("<h1>Fout in trede</h1>", "meld het dan aan beheer met het tijdstip",
                        "class=\"kop\"")
                .doesNotContain("geheim", "IllegalStateException", "Whitelabel");

        JsonNode p = probleem(get("/error").with(user("auditor").roles("AUDITOR"))
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/beoordelingsrondes")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("geheim")), 500);
        assertThat(p.get("title").asString()).isEqualTo("Fout in trede");
        assertThat(p.get("instance").asString()).isEqualTo("/api/v1/beoordelingsrondes");
        assertThat(p.toString()).doesNotContain("geheim");
    }

    private JsonNode probleem(MockHttpServletRequestBuilder verzoek, int status) throws Exception {
        return probleem(mvc.perform(verzoek).andReturn().getResponse(), status);
    }

    private JsonNode probleem(MockHttpServletResponse antwoord, int status) throws Exception {
        assertThat(antwoord.getStatus()).isEqualTo(status);
        assertThat(antwoord.getContentType()).startsWith("application/problem+json");
        JsonNode p = json.readTree(antwoord.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(p.get("status").asInt()).isEqualTo(status);
        return p;
    }
}
