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
import java.util.List;
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
        // A separate JVM plays the app: it starts the database, creates a table, and is killed with SIGKILL.
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DatabaseInEenAnderProces.class.getName(), map.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader uitvoer = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String regel;
            while ((regel = uitvoer.readLine()) != null && !regel.equals(DatabaseInEenAnderProces.KLAAR)) {
                // the child logs while it starts
            }
            assertThat(regel).as("het andere proces startte zijn database").isEqualTo(DatabaseInEenAnderProces.KLAAR);
        }
        app.destroyForcibly();
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> pid = Files.readAllLines(map.resolve("postmaster.pid"));
        ProcessHandle wees = ProcessHandle.of(Long.parseLong(pid.get(0).trim())).orElseThrow();
        assertThat(wees.isAlive()).as("PostgreSQL overleeft de kill -9 van de app").isTrue();

        try (IngebeddeDatabase database = IngebeddeDatabase.start(map, 0, true)) {
            assertThat(wees.isAlive()).isFalse();
            try (Connection app2 = DriverManager.getConnection(database.jdbcUrl(), DatabaseRollen.EIGENAAR,
                    database.rollen().eigenaarWachtwoord())) {
                assertThat(JdbcClient.create(new SingleConnectionDataSource(app2, true))
                        .sql("select tekst from overleefd").query(String.class).single()).isEqualTo("bewaard");
            }
        }
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
