package nl.trede.snelheid;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Issue 20's slow clients against the packaged jar, started as production starts it: after 50 untimed requests of the
 * page (the JIT), first the page every second on its own, then the same while {@code --clients} connections (default
 * 50) trickle a byte a second, half a login body of 3,000 bytes, half their headers; a connection the server closes is opened again, so the pressure stays. Prints
 * the page's times (median, p95, slowest), how many slow connections were let go, and the load average.
 * <pre>mvn -q -Pbench package -DskipTests exec:exec@trageclients</pre>
 * Options (-Dtrageclients.args="..."): {@code --poort=18188}, {@code --map=target/trageclients}, {@code --clients=50},
 * {@code --seconden=60}, {@code --pagina=/rondes/1}, {@code --jvm=-Dserver.tomcat.threads.max=8} (options for the
 * app's JVM: that one gives Tomcat's eight threads of before).
 */
public final class TrageClients {

    private TrageClients() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opties = Arrays.stream(args).filter(a -> a.startsWith("--")).map(a -> a.substring(2).split("=", 2))
                .collect(Collectors.toMap(a -> a[0], a -> a.length > 1 ? a[1] : "true"));
        int poort = Integer.parseInt(opties.getOrDefault("poort", "18188"));
        Path map = Path.of(opties.getOrDefault("map", "target/trageclients")).toAbsolutePath();
        int clients = Integer.parseInt(opties.getOrDefault("clients", "50"));
        int seconden = Integer.parseInt(opties.getOrDefault("seconden", "60"));
        String pagina = opties.getOrDefault("pagina", "/rondes/1");
        List<String> jvm = opties.containsKey("jvm") ? List.of(opties.get("jvm").trim().split("\\s+")) : List.of();

        Lastproef.verwijder(map);
        Files.createDirectories(map);
        Path klaar = GestarteApp.startklaar(Lastproef.jar(), map.resolve("app"), map.resolve("startklaar.log"));
        try (GestarteApp app = GestarteApp.start(klaar, poort, map.resolve("pg"), Path.of("rules"), jvm, map.resolve("app.log"))) {
            HttpClient gebruiker = aangemeld(app.basis());
            for (int i = 0; i < 50; i++) {
                gebruiker.send(HttpRequest.newBuilder(app.basis().resolve(pagina)).build(), HttpResponse.BodyHandlers.discarding());
            }
            meet("zonder trage clients", gebruiker, app.basis(), pagina, 0, 20, poort);
            String naam = "met " + clients + " trage clients" + (jvm.isEmpty() ? "" : " (" + String.join(" ", jvm) + ")");
            meet(naam, gebruiker, app.basis(), pagina, clients, seconden, poort);
        }
    }

    private static void meet(String naam, HttpClient gebruiker, URI basis, String pagina, int aantal, int seconden, int poort)
            throws Exception {
        String loadVoor = Load.nu();
        List<Socket> traag = new ArrayList<>();
        int losgelaten = 0;
        for (int i = 0; i < aantal; i++) {
            traag.add(traag(poort, i));
        }
        List<Long> millis = new ArrayList<>();
        int fouten = 0;
        try {
            for (int seconde = 0; seconde < seconden; seconde++) {
                long begin = System.nanoTime();
                for (int i = 0; i < traag.size(); i++) {
                    try {
                        traag.get(i).getOutputStream().write('a');
                        traag.get(i).getOutputStream().flush();
                    } catch (IOException gesloten) {
                        traag.get(i).close();
                        traag.set(i, traag(poort, i));
                        losgelaten++;
                    }
                }
                long pagina0 = System.nanoTime();
                try {
                    HttpResponse<byte[]> antwoord = gebruiker.send(HttpRequest.newBuilder(basis.resolve(pagina))
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                    millis.add((System.nanoTime() - pagina0) / 1_000_000);
                    if (antwoord.statusCode() != 200) {
                        fouten++;
                    }
                } catch (IOException e) {
                    fouten++;
                }
                long rest = 1000 - (System.nanoTime() - begin) / 1_000_000;
                if (rest > 0) {
                    Thread.sleep(rest);
                }
            }
        } finally {
            for (Socket s : traag) {
                s.close();
            }
        }
        millis.sort(null);
        System.out.printf(Locale.ROOT, "%s: %d keer %s, een per seconde (of na de vorige): mediaan %d ms, p95 %d ms, "
                        + "traagste %d ms, fouten %d; "
                        + "trage verbindingen door trede gesloten en opnieuw geopend: %d; load voor %s, na %s%n", naam, seconden,
                pagina, millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                millis.get(millis.size() - 1), fouten, losgelaten, loadVoor, Load.nu());
    }

    /** Even: a login body announced as 3,000 bytes; odd: a request whose headers never end. One byte a second after. */
    private static Socket traag(int poort, int i) throws IOException {
        Socket s = new Socket("localhost", poort);
        s.getOutputStream().write((i % 2 == 0
                ? "POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 3000\r\n\r\nusername=" : "GET /rondes HTTP/1.1\r\nHost: localhost\r\nX-Traag: ").getBytes(UTF_8));
        s.getOutputStream().flush();
        return s;
    }

    /** The demo's officer, logged in with the form as a person is. */
    private static HttpClient aangemeld(URI basis) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = browser.send(HttpRequest.newBuilder(basis.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("Geen CSRF-token op /login");
        }
        browser.send(HttpRequest.newBuilder(basis.resolve("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=toezichthouder&password=demo&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.discarding());
        return browser;
    }
}
