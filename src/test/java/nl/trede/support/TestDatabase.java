package nl.trede.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.trede.systeem.DatabaseRollen;
import nl.trede.systeem.IngebeddeDatabase;
import nl.trede.systeem.Migratie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that decides which real PostgreSQL the tests use: a Testcontainers PostgreSQL 17
 * where a Docker daemon answers, otherwise the app's own embedded PostgreSQL 17 in a fresh temporary
 * folder (without fsync: tests may lose their data). Either way with trede's two roles, as in
 * production: migrated once by the separate step as the owner ({@link Migratie}), the app as the role
 * that may only read and add, without the owner's password. Started once per test JVM; tests do not care which.
 */
public final class TestDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
    private static Verbinding verbinding;

    /**
     * The URL, the two roles' passwords, a superuser for tests that play an attacker with full rights, and the
     * folder of trede's signing key and its record of the newest checkpoint, which belongs to this one database.
     */
    public record Verbinding(String url, DatabaseRollen rollen, String beheerder, String beheerderWachtwoord, String soort,
                             Path auditmap) {

        /** The app's properties for this database: only {@link DatabaseRollen#APP}, as in production; the audit's key and record beside it. */
        public List<String> eigenschappen() {
            return List.of("spring.datasource.url=" + url,
                    "spring.datasource.username=" + DatabaseRollen.APP,
                    "spring.datasource.password=" + rollen.appWachtwoord(),
                    "trede.audit.map=" + auditmap);
        }

        /** The migration step on this database, as its owner, as production runs it before the app. */
        public void migreer() {
            Migratie.voerUit("--spring.datasource.url=" + url, "--spring.datasource.username=" + DatabaseRollen.EIGENAAR,
                    "--spring.datasource.password=" + rollen.eigenaarWachtwoord());
        }

        /** The same server and roles, another database on it, with an audit folder of its own. */
        public Verbinding metUrl(String andereUrl) {
            return new Verbinding(andereUrl, rollen, beheerder, beheerderWachtwoord, soort, nieuweAuditmap());
        }

        /** The same as command-line arguments, for tests and benchmarks that start the app themselves. */
        public String[] argumenten(String... meer) {
            return java.util.stream.Stream.concat(eigenschappen().stream().map(e -> "--" + e), java.util.Arrays.stream(meer))
                    .toArray(String[]::new);
        }
    }

    private TestDatabase() {
    }

    public static synchronized Verbinding verbinding() {
        if (verbinding == null) {
            verbinding = dockerAanwezig() ? container() : ingebed();
            verbinding.migreer();
            LOG.info("Tests gebruiken {}: {}", verbinding.soort(), verbinding.url());
        }
        return verbinding;
    }

    /**
     * An empty database of its own on the test server, owned by the owner role as the test database is (the app's
     * role may only read and add there); not migrated.
     */
    public static Verbinding nieuweDatabase() {
        Verbinding db = verbinding();
        String naam = "trede_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection verbinding = DriverManager.getConnection(db.url(), db.beheerder(), db.beheerderWachtwoord())) {
            verbinding.createStatement().execute("create database " + naam + " owner " + DatabaseRollen.EIGENAAR);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        int eind = db.url().indexOf('?') < 0 ? db.url().length() : db.url().indexOf('?');
        int begin = db.url().lastIndexOf('/', eind) + 1;
        return db.metUrl(db.url().substring(0, begin) + naam + db.url().substring(eind));
    }

    /** A connection with superuser rights: what an attacker with the database server's keys can do. */
    public static JdbcClient alsBeheerder() {
        Verbinding v = verbinding();
        DataSource bron = new DriverManagerDataSource(v.url(), v.beheerder(), v.beheerderWachtwoord());
        return JdbcClient.create(bron);
    }

    /** The owner of the tables: he can switch their triggers off, and rewrite what they guard. */
    public static JdbcClient alsEigenaar() {
        Verbinding v = verbinding();
        return JdbcClient.create(new DriverManagerDataSource(v.url(), DatabaseRollen.EIGENAAR, v.rollen().eigenaarWachtwoord()));
    }

    private static Path nieuweAuditmap() {
        try {
            return Files.createTempDirectory("trede-test-audit");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        DatabaseRollen rollen = new DatabaseRollen(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        try (Connection beheerder = DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword())) {
            rollen.maakAan(beheerder);
        } catch (SQLException e) {
            throw new IllegalStateException("Kan de rollen van trede niet aanmaken in de testcontainer", e);
        }
        return new Verbinding(postgres.getJdbcUrl(), rollen, postgres.getUsername(), postgres.getPassword(),
                "Testcontainers PostgreSQL", nieuweAuditmap());
    }

    private static Verbinding ingebed() {
        try {
            IngebeddeDatabase database = IngebeddeDatabase.start(Files.createTempDirectory("trede-test-pg"), 0, false);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    database.close();
                } catch (IOException e) {
                    LOG.warn("Ingebedde test-PostgreSQL niet netjes gestopt", e);
                }
            }));
            return new Verbinding(database.jdbcUrl(), database.rollen(), "postgres", database.beheerderWachtwoord(),
                    "ingebedde PostgreSQL", nieuweAuditmap());
        } catch (IOException e) {
            throw new UncheckedIOException("Kan geen ingebedde PostgreSQL starten voor de tests", e);
        }
    }
}
