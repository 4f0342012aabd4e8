package nl.trede.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that decides which real PostgreSQL the tests use: a Testcontainers PostgreSQL 17
 * where a Docker daemon answers, otherwise an embedded PostgreSQL 17 in a fresh temporary folder.
 * Started once per test JVM; tests do not care which.
 */
public final class TestDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
    private static Verbinding verbinding;

    public record Verbinding(String url, String gebruiker, String wachtwoord, String soort) {
    }

    private TestDatabase() {
    }

    public static synchronized Verbinding verbinding() {
        if (verbinding == null) {
            verbinding = dockerAanwezig() ? container() : ingebed();
            LOG.info("Tests gebruiken {}: {}", verbinding.soort(), verbinding.url());
        }
        return verbinding;
    }

    private static boolean dockerAanwezig() {
        // Asking Testcontainers without any Docker configured only logs a long error; look first.
        boolean ingesteld = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!ingesteld) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // lives as long as the test JVM
    private static Verbinding container() {
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");
        postgres.start();
        return new Verbinding(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(), "Testcontainers PostgreSQL");
    }

    private static Verbinding ingebed() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("trede-test-pg"))
                    .setCleanDataDirectory(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    LOG.warn("Ingebedde test-PostgreSQL niet netjes gestopt", e);
                }
            }));
            return new Verbinding(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "ingebedde PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException("Kan geen ingebedde PostgreSQL starten voor de tests", e);
        }
    }
}
