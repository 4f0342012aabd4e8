package nl.trede.beoordeling;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.Testcijfers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The thirty parallel starts of the same ronde made thirty rondes (10,260 receipts). Now, over real HTTP,
 * they make one: the first answers 201, the other 29 wait in the database and answer 200 with its Location.
 * New figures are new input, and give a new ronde.
 */
@ApplicatieMetDatabase
class ParalleleStartTest {

    private static final String PERIODE = "2058-1";
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("toezichthouder:test".getBytes(UTF_8));

    @LocalServerPort
    int poort;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BeoordelingService service;

    @Test
    void dertigGelijkeStartsTegelijkMakenEenRonde() throws Exception {
        // Three gemeenten of Flevoland: a ronde of three beoordelingen, one receipt each.
        new Testcijfers(jdbc, "parallel.csv")
                .voegToe("GM0034", PERIODE, 40, 5, 0, 30, null, 1)
                .voegToe("GM0995", PERIODE, 30, 0, 0, 30, null, 1)
                .voegToe("GM0050", PERIODE, 10, 2, 0, 4, null, 2);

        List<HttpResponse<String>> antwoorden = tegelijk(30);

        assertThat(antwoorden).extracting(HttpResponse::statusCode).filteredOn(s -> s == 201).hasSize(1);
        assertThat(antwoorden).extracting(HttpResponse::statusCode).filteredOn(s -> s == 200).hasSize(29);
        List<String> adressen = antwoorden.stream().map(a -> a.headers().firstValue("Location").orElseThrow()).distinct().toList();
        assertThat(adressen).hasSize(1);
        List<Beoordelingsronde> rondes = service.rondes(PERIODE, "Flevoland");
        assertThat(rondes).hasSize(1);
        long ronde = rondes.get(0).id();
        assertThat(adressen.get(0)).isEqualTo("/api/v1/beoordelingsrondes/" + ronde);
        assertThat(jdbc.sql("select count(*) from beslissingsbewijs where ronde_id = ?").param(ronde).query(Long.class).single())
                .isEqualTo(3);

        // Almere's figures imported again: a new row, so new input, and a ronde of its own.
        new Testcijfers(jdbc, "parallel-opnieuw.csv").voegToe("GM0034", PERIODE, 40, 5, 0, 31, null, 1);
        HttpResponse<String> opnieuw = start();
        assertThat(opnieuw.statusCode()).isEqualTo(201);
        assertThat(opnieuw.headers().firstValue("Location")).isNotEqualTo(java.util.Optional.of(adressen.get(0)));
        assertThat(service.rondes(PERIODE, "Flevoland")).hasSize(2);
    }

    private List<HttpResponse<String>> tegelijk(int aantal) throws Exception {
        ExecutorService draden = Executors.newFixedThreadPool(aantal);
        try {
            CountDownLatch klaar = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> starts = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                starts.add(draden.submit(() -> {
                    klaar.await();
                    return start();
                }));
            }
            klaar.countDown();
            List<HttpResponse<String>> antwoorden = new ArrayList<>();
            for (Future<HttpResponse<String>> s : starts) {
                antwoorden.add(s.get(120, TimeUnit.SECONDS));
            }
            return antwoorden;
        } finally {
            draden.shutdownNow();
        }
    }

    private HttpResponse<String> start() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/v1/beoordelingsrondes"))
                        .header("Authorization", BASIC).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"periode\": \"" + PERIODE + "\", \"provincie\": \"Flevoland\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
    }
}
