package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.Testcijfers;
import nl.trede.verdeling.GepubliceerdBesluitOverijssel;
import nl.trede.verdeling.VerdelingService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every download and API link on every page, opened as a logged-in person's browser opens it: with
 * the session of the login form only, no Basic header, no token. 200 and the right content type,
 * never a 401 or a password popup.
 */
@ApplicatieMetDatabase
@Transactional
class ExportlinksTest {

    private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BeoordelingService beoordelingen;
    @Autowired
    VerdelingService verdelingen;

    /** This test's own fixture: a verdeling to open, the published Verdeelbesluit Overijssel 2024. */
    @BeforeAll
    static void gegevens(@Autowired ApplicationContext context) {
        GepubliceerdBesluitOverijssel.laad(context);
    }

    @Test
    void elkeExportlinkWerktMetDeSessieVanDeBrowser() throws Exception {
        new Testcijfers(jdbc, "export.csv").voegToe("GM0327", "2086-1", 5, 0, 0, 5, null, null);
        long ronde = beoordelingen.start(Periode.van("2086-1"), "Utrecht", "toezichthouder").id();
        long beoordeling = beoordelingen.beoordelingen(ronde).get(0).id();
        long verdeling = verdelingen.verdelingen().get(0).id();
        MockHttpSession sessie = meldAan("auditor");

        Set<String> links = new TreeSet<>();
        for (String pagina : List.of("/rondes", "/rondes/" + ronde, "/beoordelingen/" + beoordeling, "/audit?gemeente=GM0327",
                "/invoer", "/verdelingen", "/verdelingen/" + verdeling, "/regels", "/regels/impact", "/monitoring",
                "/monitoring/provincies/PV22", "/monitoring/kaart?gebied=PV22", "/aanmeldpogingen", "/tokens")) {
            Matcher link = LINK.matcher(open(pagina, sessie, "text/html"));
            while (link.find()) {
                String adres = HtmlUtils.htmlUnescape(link.group(1));
                if (adres.startsWith("/api/") || adres.contains(".csv")) {
                    links.add(adres);
                }
            }
        }
        for (String verwacht : List.of("/api/v1/docs", "/api/v1/beoordelingsrondes/" + ronde,
                "/api/v1/audit/beoordelingen.csv?gemeente=GM0327", "/verdelingen/" + verdeling + "/tabel7.csv",
                "/api/v1/aanmeldpogingen")) {
            assertThat(links).anyMatch(l -> l.equals(verwacht) || l.startsWith(verwacht + "?") || l.startsWith(verwacht + "&"));
        }

        for (String adres : links) {
            String soort = adres.contains(".csv") ? "text/csv" : adres.endsWith(".pem") ? "text/plain"
                    : adres.equals("/api/v1/docs") ? "text/html" : "application/json";
            open(adres, sessie, soort);
        }
        // What the API documentation page fetches once it is open.
        open("/api/v1/openapi", sessie, "application/json");
        open("/api/v1/openapi/swagger-config", sessie, "application/json");
    }

    @Test
    void eenSchrijfactieMetAlleenDeSessieVraagtHetCsrfToken() throws Exception {
        MockHttpSession sessie = meldAan("auditor");
        String pagina = open("/rondes", sessie, "text/html");
        Matcher token = CSRF.matcher(pagina);
        assertThat(token.find()).isTrue();
        new Testcijfers(jdbc, "export-schrijven.csv").voegToe("GM0327", "2086-2", 5, 0, 0, 5, null, null);
        long ronde = beoordelingen.start(Periode.van("2086-2"), "Utrecht", "toezichthouder").id();

        MockHttpServletResponse zonder = mvc.perform(post("/api/v1/beoordelingsrondes/" + ronde + "/herhaling").session(sessie))
                .andReturn().getResponse();
        assertThat(zonder.getStatus()).isEqualTo(403);
        assertThat(zonder.getContentAsString(StandardCharsets.UTF_8)).contains("vraagt het CSRF-token");
        assertThat(mvc.perform(post("/api/v1/beoordelingsrondes/" + ronde + "/herhaling").session(sessie)
                .header("X-CSRF-TOKEN", token.group(1))).andReturn().getResponse().getStatus()).isEqualTo(200);
        // A browser sending a remembered Basic login from another site still needs the token.
        assertThat(mvc.perform(post("/api/v1/beoordelingsrondes/" + ronde + "/herhaling")
                .header("Authorization", "Basic YXVkaXRvcjp0ZXN0").header("Sec-Fetch-Site", "cross-site"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private MockHttpSession meldAan(String naam) throws Exception {
        MvcResult aangemeld = mvc.perform(formLogin().user(naam).password("test")).andReturn();
        assertThat(aangemeld.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) aangemeld.getRequest().getSession(false);
    }

    /** Opens an address as the browser would, following redirects, and expects 200 with {@code soort}. */
    private String open(String adres, MockHttpSession sessie, String soort) throws Exception {
        String doel = adres;
        for (int stap = 0; stap < 3; stap++) {
            MockHttpServletResponse antwoord = mvc.perform(get(doel).session(sessie).header("Sec-Fetch-Mode", "navigate"))
                    .andReturn().getResponse();
            if (antwoord.getStatus() == 302) {
                doel = antwoord.getRedirectedUrl().replaceFirst("^https?://[^/]+", "");
                continue;
            }
            assertThat(antwoord.getStatus()).as(adres).isEqualTo(200);
            assertThat(antwoord.getContentType()).as(adres).startsWith(soort);
            return antwoord.getContentAsString(StandardCharsets.UTF_8);
        }
        throw new AssertionError(adres + " stuurt te vaak door, laatst naar " + doel);
    }
}
