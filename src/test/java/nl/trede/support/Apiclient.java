package nl.trede.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The app on a real port, as a script reaches it: JSON posts with HTTP Basic (the test users' password), and its health. */
public final class Apiclient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int poort;

    public Apiclient(int poort) {
        this.poort = poort;
    }

    public HttpResponse<String> post(String pad, String lichaam, String gebruiker) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":test").getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(lichaam)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The status of /actuator/health; -1 when the app does not answer. */
    public int gezondheid() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
