package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded PostgreSQL of the default run: durable, passwords only, the app as a role that cannot
 * touch the audit, and a start after a kill -9 of the app that takes its data directory back.
 */
class IngebeddeDatabaseTest {

    @Test
    void duurzaamMetWachtwoordEnTweeRollen(@TempDir Path map) throws Exception {
        try (IngebeddeDatabase database = IngebeddeDatabase.start(map, 0, true)) {
            DatabaseRollen rollen = database.rollen();
            try (Connection app = DriverManager.getConnection(database.jdbcUrl(), DatabaseRollen.APP, rollen.appWachtwoord())) {
                JdbcClient sql = JdbcClient.create(new SingleConnectionDataSource(app, true));
                assertThat(sql.sql("show fsync").query(String.class).single()).isEqualTo("on");
                assertThat(sql.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
                assertThat(sql.sql("show full_page_writes").query(String.class).single()).isEqualTo("on");
                assertThat(sql.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
            }
            try (Connection beheerder = DriverManager.getConnection(database.jdbcUrl(), "postgres", database.beheerderWachtwoord())) {
                // the reload after writing pg_hba.conf found nothing in the configuration files it could not apply
                assertThat(JdbcClient.create(new SingleConnectionDataSource(beheerder, true))
                        .sql("select name from pg_file_settings where error is not null").query(String.class).list()).isEmpty();
            }
            // zonky's own default trusts every local connection; ours asks every one for its password.
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), DatabaseRollen.APP, "fout").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
        Path wachtwoorden = map.resolve(IngebeddeDatabase.WACHTWOORDEN);
        assertThat(Files.getPosixFilePermissions(wachtwoorden)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(wachtwoorden)).contains("postgres=", "trede_eigenaar=", "trede_app=");
    }

    @Test
    void naEenKill9NeemtDeVolgendeStartDeGegevensmapTerug(@TempDir Path map) throws Exception {
        ProcessHandle wees = weesNaKill9(map);

        try (IngebeddeDatabase database = IngebeddeDatabase.start(map, 0, true)) {
            assertThat(wees.isAlive()).isFalse();
            try (Connection app2 = DriverManager.getConnection(database.jdbcUrl(), DatabaseRollen.EIGENAAR,
                    database.rollen().eigenaarWachtwoord())) {
                assertThat(JdbcClient.create(new SingleConnectionDataSource(app2, true))
                        .sql("select tekst from overleefd").query(String.class).single()).isEqualTo("bewaard");
            }
        }
    }

    /**
     * The attack: a second start on a data directory in use stopped the first one's PostgreSQL. Now the
     * second, a whole trede in a process of its own, refuses in Dutch and exits non-zero, and the first's database
     * answers on as before.
     */
    @Test
    void eenTweedeTredeOpDezelfdeMapWeigertEnDeEersteBlijftGezond(@TempDir Path map) throws Exception {
        Process eerste = startAnderProces(map);
        try {
            long server = postgresPid(map);
            Process tweede = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                    "nl.trede.TredeApplication", "--trede.database.map=" + map, "--server.port=0", "--trede.demo=false")
                    .redirectErrorStream(true).start();
            String uitvoer = new String(tweede.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(tweede.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(tweede.exitValue()).as(uitvoer).isNotZero();
            assertThat(uitvoer).contains("trede start niet: de gegevensmap " + map.toAbsolutePath().normalize()
                    + " is in gebruik door een andere trede (proces " + eerste.pid() + "). Die draait door");

            // In this JVM too, before anything is touched.
            assertThatThrownBy(() -> IngebeddeDatabase.start(map, 0, true)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in gebruik door een andere trede (proces " + eerste.pid() + ")");

            assertThat(eerste.isAlive()).isTrue();
            assertThat(postgresPid(map)).as("dezelfde PostgreSQL draait nog").isEqualTo(server);
            assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive)).contains(true);
            try (Connection app = verbinding(map, "postgres")) {
                assertThat(JdbcClient.create(new SingleConnectionDataSource(app, true))
                        .sql("select tekst from overleefd").query(String.class).single()).isEqualTo("bewaard");
            }
        } finally {
            eerste.destroy();
            eerste.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** No trede holds the directory, but someone is still connected to its server: that one is not stopped. */
    @Test
    void eenVerweesdeServerWaaraanIemandVerbondenIsWordtNietGestopt(@TempDir Path map) throws Exception {
        ProcessHandle wees = weesNaKill9(map);
        try (Connection beheerder = verbinding(map, "postgres")) {
            assertThatThrownBy(() -> IngebeddeDatabase.start(map, 0, true)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("De PostgreSQL (pid " + wees.pid() + ") van " + map.toAbsolutePath().normalize()
                            + " draait nog zonder trede en heeft 1 verbinding")
                    .hasMessageContaining("trede stopt hem niet.");
            assertThat(wees.isAlive()).isTrue();
            assertThat(beheerder.isValid(5)).isTrue();
        }
        try (IngebeddeDatabase database = IngebeddeDatabase.start(map, 0, true)) {
            assertThat(wees.isAlive()).as("zonder verbinding is hij een wees, en wordt hij gestopt").isFalse();
        }
    }

    /** A separate JVM plays the app: it starts the database, creates a table, and is killed with SIGKILL. */
    private static ProcessHandle weesNaKill9(Path map) throws Exception {
        Process app = startAnderProces(map);
        app.destroyForcibly();
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        ProcessHandle wees = ProcessHandle.of(postgresPid(map)).orElseThrow();
        assertThat(wees.isAlive()).as("PostgreSQL overleeft de kill -9 van de app").isTrue();
        return wees;
    }

    private static Process startAnderProces(Path map) throws Exception {
        Process app = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                DatabaseInEenAnderProces.class.getName(), map.toString()).redirectErrorStream(true).start();
        BufferedReader uitvoer = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        String regel;
        while ((regel = uitvoer.readLine()) != null && !regel.equals(DatabaseInEenAnderProces.KLAAR)) {
            // the child logs while it starts
        }
        assertThat(regel).as("het andere proces startte zijn database").isEqualTo(DatabaseInEenAnderProces.KLAAR);
        return app;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long postgresPid(Path map) throws Exception {
        return Long.parseLong(Files.readAllLines(map.resolve("postmaster.pid")).get(0).trim());
    }

    /** To the server of {@code map} as it runs, on the port of its postmaster.pid, with the password from the map. */
    private static Connection verbinding(Path map, String rol) throws Exception {
        String poort = Files.readAllLines(map.resolve("postmaster.pid")).get(3).trim();
        java.util.Properties wachtwoorden = new java.util.Properties();
        try (var lezer = Files.newBufferedReader(map.resolve(IngebeddeDatabase.WACHTWOORDEN))) {
            wachtwoorden.load(lezer);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + poort + "/postgres", rol, wachtwoorden.getProperty(rol));
    }

    @Test
    void eenVreemdProcesInDeGegevensmapWordtNietGestopt(@TempDir Path map) throws Exception {
        Files.writeString(map.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + map + "\n");
        assertThatThrownBy(() -> IngebeddeDatabase.start(map, 0, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is in gebruik door proces " + ProcessHandle.current().pid())
                .hasMessageContaining("en start trede opnieuw");
    }
}
