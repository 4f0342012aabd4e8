package nl.trede.snelheid;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar as production starts it: made ready by {@code src/main/sh/startklaar.sh} (extracted, with a CDS
 * archive from a training start; the Dockerfile does the same) and started with
 * {@code java -XX:SharedArchiveFile=MAP/trede.jsa -jar MAP/trede.jar}, with its embedded database in its own folder and
 * the rules from a folder of its own, on a port of our choice. Started means healthy: {@code /actuator/health} answers 200.
 */
final class GestarteApp implements AutoCloseable {

    private static final Duration HOOGSTENS = Duration.ofMinutes(5);
    private static final Path STARTKLAAR = Path.of("src", "main", "sh", "startklaar.sh");

    private final Process proces;
    private final URI basis;
    private final Duration totGezond;

    private GestarteApp(Process proces, URI basis, Duration totGezond) {
        this.proces = proces;
        this.basis = basis;
        this.totGezond = totGezond;
    }

    /** Makes {@code jar} ready in {@code map} with the script production uses, run by this JVM's java; its output goes to {@code log}. */
    static Path startklaar(Path jar, Path map, Path log) throws IOException, InterruptedException {
        ProcessBuilder script = new ProcessBuilder("sh", STARTKLAAR.toString(), jar.toAbsolutePath().toString(),
                map.toAbsolutePath().toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        script.environment().put("JAVA", java());
        int uitkomst = script.start().waitFor();
        if (uitkomst != 0) {
            throw new IllegalStateException(STARTKLAAR + " stopte met exitcode " + uitkomst + "; zie " + log);
        }
        return map;
    }

    /** Starts the app that {@link #startklaar} made ready in {@code map} and waits until it is healthy; its output goes to {@code log}. */
    static GestarteApp start(Path map, int poort, Path databasemap, Path regelmap, List<String> jvm, Path log)
            throws IOException, InterruptedException {
        List<String> opdracht = new ArrayList<>(List.of(java()));
        opdracht.addAll(jvm);
        opdracht.addAll(List.of("-XX:SharedArchiveFile=" + map.resolve("trede.jsa").toAbsolutePath(),
                "-jar", map.resolve("trede.jar").toAbsolutePath().toString(), "--server.port=" + poort,
                "--trede.database.map=" + databasemap.toAbsolutePath(), "--trede.regels.map=" + regelmap.toAbsolutePath()));
        long begin = System.nanoTime();
        Process proces = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        URI basis = URI.create("http://localhost:" + poort);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest gezond = HttpRequest.newBuilder(basis.resolve("/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - begin < HOOGSTENS.toNanos()) {
            if (!proces.isAlive()) {
                throw new IllegalStateException("De app stopte tijdens het starten (exitcode " + proces.exitValue()
                        + "); zie " + log);
            }
            try {
                if (http.send(gezond, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new GestarteApp(proces, basis, Duration.ofNanos(System.nanoTime() - begin));
                }
            } catch (IOException nogNiet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        proces.destroyForcibly();
        throw new IllegalStateException("De app was na " + HOOGSTENS + " niet gezond; zie " + log);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    URI basis() {
        return basis;
    }

    Duration totGezond() {
        return totGezond;
    }

    /** Stops it as a service manager would (SIGTERM), so it stops its database too. */
    @Override
    public void close() throws InterruptedException {
        proces.destroy();
        if (!proces.waitFor(60, TimeUnit.SECONDS)) {
            proces.destroyForcibly().waitFor();
        }
    }
}
