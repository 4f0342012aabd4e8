package nl.trede.systeem;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attacks over real HTTP: slow clients that trickle a login body or their headers, and a body far too
 * large. Slow clients keep a thread each, never a permit for work, so a normal user's page still answers; a body is
 * read within a deadline (2 s in the test profile) and a cap per endpoint.
 */
@ApplicatieMetDatabase
class TrageEnGroteVerzoekenTest {

    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("toezichthouder:test".getBytes(UTF_8));
    private static final int MB = 1024 * 1024;

    @LocalServerPort
    int poort;
    @Autowired
    JdbcClient jdbc;

    /**
     * 25 clients announce a login body of 3,000 bytes and send a byte every 200 ms; 25 send their headers a byte at a
     * time. With Tomcat's 8 threads of before, the first eight held every thread and the page waited for them.
     */
    @Test
    void vijftigTrageClientsEnDePaginaAntwoordtOnderEenSeconde() throws Exception {
        HttpClient gebruiker = aangemeld();
        List<Socket> traag = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket s = new Socket("localhost", poort);
                s.getOutputStream().write((i % 2 == 0
                        ? "POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 3000\r\n\r\nusername=" : "GET /rondes HTTP/1.1\r\nHost: loc").getBytes(UTF_8));
                s.getOutputStream().flush();
                traag.add(s);
            }
            for (int ronde = 0; ronde < 8; ronde++) {
                for (Socket s : traag) {
                    s.getOutputStream().write('a');
                    s.getOutputStream().flush();
                }
                if (ronde % 2 == 1) {
                    long begin = System.nanoTime();
                    HttpResponse<String> pagina = gebruiker.send(HttpRequest.newBuilder(url("/rondes"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    Duration duur = Duration.ofNanos(System.nanoTime() - begin);
                    assertThat(pagina.statusCode()).isEqualTo(200);
                    assertThat(pagina.body()).contains("<h1>Beoordelingsrondes</h1>");
                    assertThat(duur).as("pagina met 50 trage clients").isLessThan(Duration.ofSeconds(1));
                }
                Thread.sleep(200);
            }
        } finally {
            for (Socket s : traag) {
                s.close();
            }
        }
    }

    /** A login body that does not arrive within the deadline (2 s here) is answered 408, in Dutch, and let go. */
    @Test
    void eenTrageBodyKrijgt408() throws Exception {
        try (Socket s = new Socket("localhost", poort)) {
            s.setSoTimeout(10_000);
            OutputStream uit = s.getOutputStream();
            uit.write(("POST /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n").getBytes(UTF_8));
            uit.flush();
            long begin = System.nanoTime();
            Thread schrijver = new Thread(() -> {
                try {
                    for (int i = 0; i < 40; i++) {
                        uit.write('a');
                        uit.flush();
                        Thread.sleep(200);
                    }
                } catch (IOException | InterruptedException e) {
                    // the server closed the connection: what we wait for
                }
            });
            schrijver.start();
            String antwoord = lees(s.getInputStream());
            Duration duur = Duration.ofNanos(System.nanoTime() - begin);
            schrijver.interrupt();
            // lees() returned because the server closed the connection: it does not read the rest of the body.
            assertThat(antwoord).startsWith("HTTP/1.1 408").contains("Het verzoek kwam te traag binnen: trede wacht ten hoogste 2 seconden");
            // Deadline 2 s, checked after each byte (every 200 ms): answered and closed at about 2.2 s, long before the
            // client's 40 x 200 ms = 8 s of trickling ends.
            assertThat(duur).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
        }
    }

    /** The 300 MB JSON document was accepted; 20 MB, with its length or chunked, is refused unread. */
    @Test
    void eenJsonBodyVan20MbKrijgt413() throws Exception {
        long rondes = aantalRondes();
        byte[] json = new byte[20 * MB];
        Arrays.fill(json, (byte) ' ');
        byte[] begin = "{\"periode\": \"2025-1\", \"x\": \"".getBytes(UTF_8);
        System.arraycopy(begin, 0, json, 0, begin.length);

        HttpResponse<String> metLengte = api(HttpRequest.BodyPublishers.ofByteArray(json));
        assertThat(metLengte.statusCode()).isEqualTo(413);
        assertThat(metLengte.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(metLengte.body()).contains("Het verzoek is te groot (20 MB): trede neemt hier ten hoogste 1 MB aan.");

        HttpResponse<String> zonderLengte = api(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(json)));
        assertThat(zonderLengte.statusCode()).isEqualTo(413);
        assertThat(zonderLengte.body()).contains("Het verzoek is te groot: trede neemt hier ten hoogste 1 MB aan.");
        assertThat(aantalRondes()).isEqualTo(rondes);
    }

    /** A login form is small: 5,000 bytes is over the 4 KB cap (5,000 / 1,024 = 4.9 KB), refused on a Dutch page. */
    @Test
    void eenGrootAanmeldformulierKrijgt413() throws Exception {
        HttpResponse<String> antwoord = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + "a".repeat(4991))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(413);
        assertThat(antwoord.body()).contains("Het verzoek is te groot (4,9 KB): trede neemt hier ten hoogste 4 KB aan.");
    }

    private HttpClient aangemeld() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = browser.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        browser.send(HttpRequest.newBuilder(url("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=toezichthouder&password=test&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.discarding());
        return browser;
    }

    private HttpResponse<String> api(HttpRequest.BodyPublisher body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/api/v1/beoordelingsrondes"))
                .header("Authorization", BASIC).header("Content-Type", "application/json").POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Everything the server sends until it closes the connection. */
    private static String lees(InputStream in) throws IOException {
        return new String(in.readAllBytes(), UTF_8);
    }

    private URI url(String pad) {
        return URI.create("http://localhost:" + poort + pad);
    }

    private long aantalRondes() {
        return jdbc.sql("select count(*) from beoordelingsronde").query(Long.class).single();
    }
}
