package nl.trede.invoer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Oversized uploads over real HTTP against the embedded Tomcat (MockMvc does not run Tomcat's limits):
 * a raw body with and without a declared length, a multipart file to the API and to the page. Each
 * gets a Dutch 413 and nothing is stored.
 */
@ApplicatieMetDatabase
class GroteInvoerHttpTest {

    private static final int ELF_MB = 11 * 1024 * 1024;
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("toezichthouder:test".getBytes(UTF_8));

    @LocalServerPort
    int poort;
    @Autowired
    JdbcClient jdbc;

    private long invoerVoor;

    @BeforeEach
    void tel() {
        invoerVoor = aantalInvoer();
    }

    @Test
    void eenRuweBodyMetOpgegevenLengte() throws Exception {
        HttpResponse<String> antwoord = api("text/csv", HttpRequest.BodyPublishers.ofByteArray(groot()));
        assertThat(antwoord.statusCode()).isEqualTo(413);
        assertThat(antwoord.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(antwoord.body()).contains("Het bestand is te groot (11 MB): trede neemt ten hoogste 10 MB");
        assertThat(aantalInvoer()).isEqualTo(invoerVoor);
    }

    @Test
    void eenRuweBodyZonderOpgegevenLengte() throws Exception {
        // chunked: the length shows only while reading, and reading stops one byte past the limit
        HttpResponse<String> antwoord = api("text/csv",
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(groot())));
        assertThat(antwoord.statusCode()).isEqualTo(413);
        assertThat(antwoord.body()).contains("Het bestand is te groot: trede neemt ten hoogste 10 MB");
        assertThat(aantalInvoer()).isEqualTo(invoerVoor);
    }

    @Test
    void eenBestandInEenFormulierNaarDeApi() throws Exception {
        HttpResponse<String> antwoord = api("multipart/form-data; boundary=GRENS",
                HttpRequest.BodyPublishers.ofByteArray(formulier("")));
        assertThat(antwoord.statusCode()).isEqualTo(413);
        assertThat(antwoord.body()).contains("Het bestand is te groot (11 MB): trede neemt ten hoogste 10 MB");
        assertThat(aantalInvoer()).isEqualTo(invoerVoor);
    }

    @Test
    void eenBestandOpDePagina() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = browser.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        browser.send(HttpRequest.newBuilder(url("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=toezichthouder&password=test&_csrf=" + csrf(login)))
                .build(), HttpResponse.BodyHandlers.discarding());
        String pagina = browser.send(HttpRequest.newBuilder(url("/invoer")).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> antwoord = browser.send(HttpRequest.newBuilder(url("/invoer"))
                .header("Content-Type", "multipart/form-data; boundary=GRENS")
                .POST(HttpRequest.BodyPublishers.ofByteArray(formulier(csrf(pagina)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(413);
        assertThat(antwoord.body()).contains("<h1>Cijfers invoeren</h1>")
                .contains("Het bestand is te groot (11 MB): trede neemt ten hoogste 10 MB");
        assertThat(aantalInvoer()).isEqualTo(invoerVoor);
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("een CSRF-token in de pagina").isTrue();
        return m.group(1);
    }

    /** A multipart form with one file of 11 MB (and the CSRF token of a page). */
    private static byte[] formulier(String csrf) {
        String begin = "--GRENS\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--GRENS\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"groot.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        byte[] kop = begin.getBytes(UTF_8);
        byte[] eind = "\r\n--GRENS--\r\n".getBytes(UTF_8);
        byte[] alles = new byte[kop.length + ELF_MB + eind.length];
        System.arraycopy(kop, 0, alles, 0, kop.length);
        Arrays.fill(alles, kop.length, kop.length + ELF_MB, (byte) 'x');
        System.arraycopy(eind, 0, alles, kop.length + ELF_MB, eind.length);
        return alles;
    }

    private static byte[] groot() {
        byte[] inhoud = new byte[ELF_MB];
        Arrays.fill(inhoud, (byte) '\n');
        return inhoud;
    }

    private HttpResponse<String> api(String type, HttpRequest.BodyPublisher body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/api/v1/invoer/huisvesting"))
                .header("Authorization", BASIC).header("Content-Type", type).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String pad) {
        return URI.create("http://localhost:" + poort + pad);
    }

    private long aantalInvoer() {
        return jdbc.sql("select count(*) from invoer").query(Long.class).single();
    }
}
