package nl.trede.snelheid;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * One client as a user has it: its own HTTP connection(s) and, for pages, its own session, logged in
 * through the form once (login is not timed). API calls carry a personal access token or HTTP Basic each
 * time, as a script does; the token is made once on /tokens by the user, as a person would.
 */
final class Bezoeker {

    /** Spring Security's hidden field in every form that Thymeleaf renders with th:action. */
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern NIEUW_TOKEN = Pattern.compile("id=\"nieuw-token\">([^<]+)<");
    private static final Duration WACHTTIJD = Duration.ofMinutes(5);
    /** One token per user and app, shared by its clients, as one script making parallel calls uses one token. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** What came back: status, the whole body as sent (read to the last byte) and the time to the last byte. */
    record Antwoord(int status, byte[] inhoud, boolean gzip, long nanos) {
        String tekst() {
            try (InputStream in = gzip ? new GZIPInputStream(new ByteArrayInputStream(inhoud)) : new ByteArrayInputStream(inhoud)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final URI basis;
    private final HttpClient http;
    private final String aanmelding;
    private final boolean browser;
    private String csrf;

    /** {@code browser}: asks for gzip, as every browser does; a script (the API clients) does not. */
    private Bezoeker(URI basis, String aanmelding, boolean browser) {
        this.basis = basis;
        this.aanmelding = aanmelding;
        this.browser = browser;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    static Bezoeker voor(URI basis, Verzoek.Wie wie, String wachtwoord) {
        if (wie.gebruiker == null) {
            return new Bezoeker(basis, null, true);
        }
        if (wie.tokenrol != null) {
            String token = TOKENS.computeIfAbsent(basis + " " + wie, sleutel -> {
                Bezoeker sessie = new Bezoeker(basis, null, true);
                sessie.logIn(wie.gebruiker, wachtwoord);
                return sessie.maakToken(wie.tokenrol);
            });
            return new Bezoeker(basis, "Bearer " + token, false);
        }
        if (wie.api) {
            return new Bezoeker(basis, "Basic " + Base64.getEncoder().encodeToString(
                    (wie.gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)), false);
        }
        Bezoeker bezoeker = new Bezoeker(basis, null, true);
        bezoeker.logIn(wie.gebruiker, wachtwoord);
        return bezoeker;
    }

    /** The login form as a browser fills it in: its CSRF token, then the session; then a token for later forms. */
    private void logIn(String gebruiker, String wachtwoord) {
        String token = token(stuur(Verzoek.pagina("/login").verwacht(200)));
        Antwoord ingelogd = stuur(new Verzoek("POST", "/login", Verzoek.Wie.ANONIEM, "application/x-www-form-urlencoded",
                "username=" + url(gebruiker) + "&password=" + url(wachtwoord) + "&_csrf=" + url(token), 302));
        if (ingelogd.status() != 302) {
            throw new IllegalStateException("Inloggen als " + gebruiker + " gaf " + ingelogd.status());
        }
        csrf = token(stuur(Verzoek.pagina("/rondes")));
    }

    /** A personal access token for this session's user, made on /tokens as a person does; the page shows it once. */
    private String maakToken(String rol) {
        Antwoord pagina = stuur(Verzoek.formulier(Verzoek.Wie.AUDITOR, "/tokens", "naam=lastproef&rol=" + url(rol)));
        Matcher m = NIEUW_TOKEN.matcher(pagina.tekst());
        if (pagina.status() != 200 || !m.find()) {
            throw new IllegalStateException("Geen token gemaakt op /tokens (status " + pagina.status() + ")");
        }
        return m.group(1);
    }

    private static String token(Antwoord antwoord) {
        Matcher m = CSRF.matcher(antwoord.tekst());
        if (antwoord.status() != 200 || !m.find()) {
            throw new IllegalStateException("Geen CSRF-token in de pagina (status " + antwoord.status() + ")");
        }
        return m.group(1);
    }

    Antwoord stuur(Verzoek verzoek) {
        HttpRequest.Builder bouw = HttpRequest.newBuilder(basis.resolve(verzoek.pad())).timeout(WACHTTIJD);
        if (aanmelding != null) {
            bouw.header("Authorization", aanmelding);
        }
        if (browser) {
            bouw.header("Accept-Encoding", "gzip");
        }
        if (verzoek.inhoud() == null) {
            bouw.method(verzoek.methode(), HttpRequest.BodyPublishers.noBody());
        } else {
            String inhoud = verzoek.inhoud();
            if (csrf != null && verzoek.soort().startsWith("application/x-www-form-urlencoded")) {
                inhoud = (inhoud.isEmpty() ? "" : inhoud + "&") + "_csrf=" + url(csrf);
            }
            bouw.header("Content-Type", verzoek.soort())
                    .method(verzoek.methode(), HttpRequest.BodyPublishers.ofString(inhoud, StandardCharsets.UTF_8));
        }
        long begin = System.nanoTime();
        try {
            HttpResponse<byte[]> antwoord = http.send(bouw.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Antwoord(antwoord.statusCode(), antwoord.body(),
                    antwoord.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent(),
                    System.nanoTime() - begin);
        } catch (IOException e) {
            throw new IllegalStateException(verzoek.naam() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(verzoek.naam() + " onderbroken", e);
        }
    }

    private static String url(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
    }
}
