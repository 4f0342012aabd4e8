package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person in a browser, against the app on a real port: cookies kept, redirects not followed (so a
 * test sees them), pages asked for as HTML, forms sent with the CSRF token of the page they are on.
 */
final class Browsersessie {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String basis;
    private final HttpClient http;

    private Browsersessie(int poort) {
        this.basis = "http://localhost:" + poort;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static Browsersessie nieuw(int poort) {
        return new Browsersessie(poort);
    }

    /** Logged in through the login form; the session cookie is kept. */
    static Browsersessie aangemeld(int poort, String naam, String wachtwoord) throws Exception {
        Browsersessie sessie = new Browsersessie(poort);
        HttpResponse<String> antwoord = sessie.meldAan(naam, wachtwoord);
        assertThat(antwoord.headers().firstValue("Location")).as("aanmelden als " + naam).hasValue(sessie.basis + "/");
        return sessie;
    }

    HttpResponse<String> meldAan(String naam, String wachtwoord) throws Exception {
        return post("/login", "/login", Map.of("username", naam, "password", wachtwoord));
    }

    HttpResponse<String> get(String pad) throws IOException, InterruptedException {
        return verstuur(HttpRequest.newBuilder(URI.create(basis + pad)).header("Accept", "text/html").GET());
    }

    HttpResponse<String> get(String pad, String... koppen) throws IOException, InterruptedException {
        return verstuur(HttpRequest.newBuilder(URI.create(basis + pad)).headers(koppen).GET());
    }

    /** A form on page {@code vanaf} sent to {@code pad}, with that page's CSRF token. */
    HttpResponse<String> post(String vanaf, String pad, Map<String, String> velden) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(vanaf).body());
        assertThat(token.find()).as("CSRF-token op " + vanaf).isTrue();
        Map<String, String> alles = new LinkedHashMap<>(velden);
        alles.put("_csrf", token.group(1));
        return postZonderToken(pad, alles);
    }

    HttpResponse<String> postZonderToken(String pad, Map<String, String> velden) throws IOException, InterruptedException {
        String formulier = velden.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return verstuur(HttpRequest.newBuilder(URI.create(basis + pad)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(formulier)));
    }

    private HttpResponse<String> verstuur(HttpRequest.Builder verzoek) throws IOException, InterruptedException {
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }
}
