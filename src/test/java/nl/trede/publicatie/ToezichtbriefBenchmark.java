package nl.trede.publicatie;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time of the toezichtbrief over HTTP against the packaged jar, as users get it: one letter, and the ZIP of
 * every letter of a national ronde (342 gemeenten). Not a test. Start the jar on its own database first, e.g.
 * {@code SERVER_PORT=18190 java -jar target/trede-0.1.0-SNAPSHOT.jar --trede.database.map=/tmp/brief-pg}, then
 * run this main on the test classpath with the base URL and the CBS list of gemeenten:
 * {@code java -cp target/test-classes:target/classes nl.trede.publicatie.ToezichtbriefBenchmark
 * http://localhost:18190 gemeenten-2025.csv}. It imports made-up figures for 2025-2 (every gemeente), runs a
 * national ronde, lets the demo officers decide and fix it, logs in as the demo auditor and times the whole
 * response bodies, the first ZIP (cold: every "what if" still to be found) apart from the next ones.
 */
public final class ToezichtbriefBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private static final int BRIEVEN = 30;
    private static final int ZIPS = 3;

    private ToezichtbriefBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String basis = args[0];
        List<String> codes = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream().skip(1)
                .map(r -> r.split(",")[0]).toList();
        StringBuilder csv = new StringBuilder("gemeente,periode,taakstelling,stand_begin,correcties,realisatie,tijdig_gekoppeld\n");
        for (int i = 0; i < codes.size(); i++) {
            // Spread over every outcome: some realise it all, some fall short, a third with a koppelingstekort.
            int taak = 10 + i % 50;
            csv.append(codes.get(i)).append(",2025-2,").append(taak).append(',').append(i % 17).append(",0,")
                    .append((i * 7) % (taak + 20)).append(',').append(i % 3 == 0 ? String.valueOf(taak - 3) : "").append('\n');
        }
        verwacht(stuur("POST", basis + "/api/v1/invoer/huisvesting", "toezichthouder", "text/csv", csv.toString()), 200, 201);
        // A started run answers with its summary and its address.
        HttpResponse<String> ronde = stuur("POST", basis + "/api/v1/beoordelingsrondes", "toezichthouder", "application/json",
                "{\"periode\": \"2025-2\"}");
        verwacht(ronde, 201);
        String adres = ronde.headers().firstValue("Location").orElseThrow();
        String rondeId = adres.substring(adres.lastIndexOf('/') + 1);
        stuur("POST", basis + "/api/v1/beoordelingsrondes/" + rondeId + "/beslissingen", "toezichthouder", "application/json", "");
        stuur("POST", basis + "/api/v1/beoordelingsrondes/" + rondeId + "/vaststellingen", "toezichthouder2", "application/json", "");
        String rondeJson = stuur("GET", basis + "/api/v1/beoordelingsrondes/" + rondeId, "auditor", "application/json", "").body();
        Matcher beoordeling = Pattern.compile("\"beoordelingen\":\\[\\{\"id\":(\\d+)").matcher(rondeJson);
        beoordeling.find();
        String brief = basis + "/api/v1/beoordelingen/" + beoordeling.group(1) + "/toezichtbrief";
        // Read as a logged-in browser does, with its session: HTTP Basic would check the bcrypt hash on every request.
        meldAan(basis, "auditor");

        meet("eerste brief (koud)", brief, 1);
        meet("een brief", brief, BRIEVEN);
        String zip = basis + "/api/v1/beoordelingsrondes/" + rondeId + "/toezichtbrieven";
        meet("ZIP, eerste keer (koud)", zip, 1);
        meet("ZIP van ronde " + rondeId + " (" + codes.size() + " brieven)", basis + "/api/v1/beoordelingsrondes/" + rondeId
                + "/toezichtbrieven", ZIPS);
        meet("voortgangsrapportage", basis + "/api/v1/beoordelingsrondes/" + rondeId + "/voortgangsrapportage", 5);
    }

    private static void meet(String wat, String url, int keer) throws Exception {
        double[] ms = new double[keer];
        int bytes = 0;
        for (int i = 0; i < keer; i++) {
            long begin = System.nanoTime();
            HttpResponse<byte[]> antwoord = haal(url);
            ms[i] = (System.nanoTime() - begin) / 1e6;
            verwacht(antwoord, 200);
            bytes = antwoord.body().length;
        }
        Arrays.sort(ms);
        System.out.printf("%-45s mediaan %8.1f ms  max %8.1f ms  (%d KB, %d keer)%n", wat, ms[keer / 2], ms[keer - 1],
                bytes / 1024, keer);
    }

    private static HttpResponse<byte[]> haal(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void meldAan(String basis, String wie) throws Exception {
        String pagina = HTTP.send(HttpRequest.newBuilder(URI.create(basis + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(pagina);
        csrf.find();
        HTTP.send(HttpRequest.newBuilder(URI.create(basis + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + wie + "&password=demo&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static HttpResponse<String> stuur(String methode, String url, String wie, String type, String lichaam)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(wie)).header("Content-Type", type)
                .method(methode, HttpRequest.BodyPublishers.ofString(lichaam)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void verwacht(HttpResponse<?> antwoord, int... statussen) {
        for (int s : statussen) {
            if (antwoord.statusCode() == s) {
                return;
            }
        }
        List<Integer> lijst = new ArrayList<>();
        Arrays.stream(statussen).forEach(lijst::add);
        throw new IllegalStateException(antwoord.uri() + ": " + antwoord.statusCode() + " (verwacht " + lijst + "): "
                + (antwoord.body() instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : antwoord.body()));
    }

    private static String basic(String wie) {
        return "Basic " + Base64.getEncoder().encodeToString((wie + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
