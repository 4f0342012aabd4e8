package nl.trede.systeem;

import nl.trede.support.ApplicatieMetDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The session cookie as the servlet container sets it (MockMvc has no real cookie): SameSite=Lax, HttpOnly, Secure over HTTPS. */
@ApplicatieMetDatabase
class SessieCookieTest {

    @LocalServerPort
    int poort;

    @Test
    void hetSessiecookieNaAanmeldenIsSameSiteLaxEnHttpOnly() throws Exception {
        HttpResponse<String> aangemeld = Browsersessie.nieuw(poort).meldAan("auditor", "test");
        assertThat(aangemeld.statusCode()).isEqualTo(302);
        assertThat(sessiecookie(aangemeld.headers().allValues("Set-Cookie")))
                .contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void achterEenHttpsProxyIsHetSessiecookieSecure() throws Exception {
        // As a TLS-terminating proxy on the local network sends it (server.forward-headers-strategy: native).
        HttpResponse<String> antwoord = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + poort + "/login")).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sessiecookie(antwoord.headers().allValues("Set-Cookie"))).contains("; Secure", "; HttpOnly", "; SameSite=Lax");
        assertThat(antwoord.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private static String sessiecookie(List<String> cookies) {
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    }
}
