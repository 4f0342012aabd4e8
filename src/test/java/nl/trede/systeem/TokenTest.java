package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.kern.Sha256;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.TestDatabase;
import nl.trede.support.Testcijfers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Personal access tokens: made on /tokens, shown once, stored as a hash, used as Bearer with one role, revoked. */
@ApplicatieMetDatabase
class TokenTest {

    private static final Pattern GETOOND = Pattern.compile("id=\"nieuw-token\">(trede_[A-Za-z0-9_-]{43})<");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock klok;

    @Test
    void eenTokenWordtEenmaalGetoondEnAlleenAlsHashBewaard() throws Exception {
        String token = maak("toezichthouder", Rol.TOEZICHTHOUDER, "eenmaal getoond");

        List<String> rijen = jdbc.sql("select t::text from toegangstoken t").query(String.class).list();
        assertThat(rijen).isNotEmpty().noneMatch(r -> r.contains(token) || r.contains(token.substring("trede_".length())));
        assertThat(jdbc.sql("select hash from toegangstoken where id = ?").param(id(token)).query(String.class).single())
                .isEqualTo(Sha256.hex(token));

        String lijst = pagina(get("/tokens").with(user("toezichthouder").roles("TOEZICHTHOUDER")));
        assertThat(lijst).contains("eenmaal getoond").doesNotContain(token).doesNotContain("nieuw-token");
    }

    @Test
    void eenTokenMeldtAanMetZijnRolEnLegtHetGebruikVast() throws Exception {
        String token = maak("toezichthouder", Rol.TOEZICHTHOUDER, "rondes starten");
        assertThat(status(get("/api/v1/beoordelingsrondes").header("Authorization", "Bearer " + token))).isEqualTo(200);
        assertThat(jdbc.sql("select laatst_gebruikt_op from toegangstoken where id = ?").param(id(token))
                .query(java.sql.Timestamp.class).single()).isNotNull();

        // Eemnes 2085-1: a run started with the token is a run of its owner.
        new Testcijfers(jdbc, "token.csv").voegToe("GM0317", "2085-1", 5, 0, 0, 5, null, null);
        MockHttpServletResponse gestart = mvc.perform(post("/api/v1/beoordelingsrondes").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"periode\": \"2085-1\", \"provincie\": \"Utrecht\"}"))
                .andReturn().getResponse();
        assertThat(gestart.getStatus()).isEqualTo(201);
        assertThat(gestart.getContentAsString()).contains("\"gestartDoor\":\"toezichthouder\"");
    }

    @Test
    void eenAuditortokenLeestMaarSchrijftNiet() throws Exception {
        String token = maak("auditor", Rol.AUDITOR, "alleen lezen");
        assertThat(status(get("/api/v1/regelsets").header("Authorization", "Bearer " + token))).isEqualTo(200);
        assertThat(status(post("/api/v1/beoordelingsrondes").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"periode\": \"2085-1\"}"))).isEqualTo(403);
        assertThat(status(post("/api/v1/regelsets/activeer").header("Authorization", "Bearer " + token))).isEqualTo(403);
    }

    @Test
    void eenIngetrokkenTokenWerktNietMeer() throws Exception {
        String token = maak("beleid", Rol.BELEIDSMEDEWERKER, "in te trekken");
        assertThat(mvc.perform(post("/tokens/" + id(token) + "/intrekken").with(user("beleid").roles("BELEIDSMEDEWERKER")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/tokens");

        MockHttpServletResponse geweigerd = mvc.perform(get("/api/v1/regelsets").header("Authorization", "Bearer " + token))
                .andReturn().getResponse();
        assertThat(geweigerd.getStatus()).isEqualTo(401);
        assertThat(geweigerd.getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"trede\", error=\"invalid_token\"");
        assertThat(geweigerd.getContentAsString()).contains("Het token is onbekend, ingetrokken of verlopen");
    }

    @Test
    void eenAnderKanUwTokenNietIntrekken() throws Exception {
        String token = maak("toezichthouder", Rol.TOEZICHTHOUDER, "van een ander");
        assertThat(status(post("/tokens/" + id(token) + "/intrekken").with(user("beleid").roles("BELEIDSMEDEWERKER")).with(csrf())))
                .isEqualTo(404);
        assertThat(pagina(get("/tokens").with(user("beleid").roles("BELEIDSMEDEWERKER")))).doesNotContain("van een ander");
        assertThat(status(get("/api/v1/beoordelingsrondes").header("Authorization", "Bearer " + token))).isEqualTo(200);
    }

    @Test
    void eenVerlopenTokenWerktNiet() throws Exception {
        String token = maak("auditor", Rol.AUDITOR, "verloopt", LocalDate.now(klok).plusYears(1).toString());
        assertThat(status(get("/api/v1/regelsets").header("Authorization", "Bearer " + token))).isEqualTo(200);
        // The app may not change when a token expires; the database's administrator may.
        TestDatabase.alsBeheerder().sql("update toegangstoken set verloopt_op = now() - interval '1 minute' where id = ?")
                .param(id(token)).update();
        assertThat(status(get("/api/v1/regelsets").header("Authorization", "Bearer " + token))).isEqualTo(401);
    }

    @Test
    void alleenVoorEenEigenRolMetEenNaamEnEenGeldigeDatum() throws Exception {
        long voor = jdbc.sql("select count(*) from toegangstoken").query(Long.class).single();
        String fouten = pagina(post("/tokens").param("naam", "x".repeat(101)).param("rol", "TOEZICHTHOUDER")
                .param("geldigTot", "2020-01-01").with(user("auditor").roles("AUDITOR")).with(csrf()), 422);
        assertThat(fouten).contains("De naam is te lang: hoogstens 100 tekens.", "Kies een van uw eigen rollen: auditor.",
                "De laatste geldige dag 2020-01-01 is al voorbij");
        assertThat(pagina(post("/tokens").param("naam", " ").param("rol", "AUDITOR").param("geldigTot", "morgen")
                .with(user("auditor").roles("AUDITOR")).with(csrf()), 422))
                .contains("Geef het token een naam", "&#39;morgen&#39; is geen datum");
        assertThat(jdbc.sql("select count(*) from toegangstoken").query(Long.class).single()).isEqualTo(voor);
    }

    @Test
    void hoogstensTwintigWerkendeTokensPerPersoon() throws Exception {
        // 'toezichthouder2' is no user of the test run: tokens are per name, and it must stay out of the other tests' way.
        for (int i = 1; i <= TokenService.MAXIMUM_WERKEND; i++) {
            maak("toezichthouder2", Rol.TOEZICHTHOUDER, "nummer " + i);
        }
        assertThat(pagina(post("/tokens").param("naam", "een te veel").param("rol", "TOEZICHTHOUDER")
                .with(user("toezichthouder2").roles("TOEZICHTHOUDER")).with(csrf()), 422))
                .contains("U heeft al 20 werkende tokens");
    }

    @Test
    void onzinAlsTokenIsNietAangemeld() throws Exception {
        for (String onzin : List.of("x", "trede_" + "A".repeat(43), "trede_" + "é".repeat(43), "A".repeat(6000))) {
            assertThat(status(get("/api/v1/regelsets").header("Authorization", "Bearer " + onzin))).as(onzin).isEqualTo(401);
        }
    }

    @Test
    void eenTokenGeldtAlleenVoorDeApiNietVoorDePaginas() throws Exception {
        String token = maak("toezichthouder", Rol.TOEZICHTHOUDER, "geen pagina's");
        MockHttpServletResponse tokens = mvc.perform(get("/tokens").header("Authorization", "Bearer " + token)).andReturn().getResponse();
        assertThat(tokens.getStatus()).isEqualTo(302);
        assertThat(tokens.getRedirectedUrl()).endsWith("/login");
    }

    private String maak(String wie, Rol rol, String naam) throws Exception {
        return maak(wie, rol, naam, "");
    }

    private String maak(String wie, Rol rol, String naam, String geldigTot) throws Exception {
        String pagina = pagina(post("/tokens").param("naam", naam).param("rol", rol.name()).param("geldigTot", geldigTot)
                .with(user(wie).roles(rol.name())).with(csrf()));
        Matcher getoond = GETOOND.matcher(pagina);
        assertThat(getoond.find()).as("het nieuwe token op de pagina").isTrue();
        return getoond.group(1);
    }

    private long id(String token) throws Exception {
        return jdbc.sql("select id from toegangstoken where hash = ?").param(Sha256.hex(token)).query(Long.class).single();
    }

    private int status(MockHttpServletRequestBuilder verzoek) throws Exception {
        return mvc.perform(verzoek).andReturn().getResponse().getStatus();
    }

    private String pagina(MockHttpServletRequestBuilder verzoek) throws Exception {
        return pagina(verzoek, 200);
    }

    private String pagina(MockHttpServletRequestBuilder verzoek, int status) throws Exception {
        MockHttpServletResponse antwoord = mvc.perform(verzoek).andReturn().getResponse();
        assertThat(antwoord.getStatus()).isEqualTo(status);
        return antwoord.getContentAsString(StandardCharsets.UTF_8);
    }
}
