package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.trede.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The migrations are a step of their own, with the owner's credentials; the app, with only its own, checks the
 * schema and refuses in Dutch when the step has not run. docker-compose.yml wires it so (read here: there is no
 * Docker engine to run it).
 */
class MigratieTest {

    @Test
    void deMigratieStapBrengtEenLegeDatabaseOpSchemaEnDeAppControleertDat() throws Exception {
        TestDatabase.Verbinding db = TestDatabase.nieuweDatabase();
        Schemacontrole controle = new Schemacontrole(
                new DriverManagerDataSource(db.url(), DatabaseRollen.APP, db.rollen().appWachtwoord()), new DefaultResourceLoader());
        List<String> alle = wijzigingenInDeChangelog();

        assertThat(controle.ontbrekend()).isEqualTo(alle);
        assertThatThrownBy(controle::afterPropertiesSet).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("trede start niet: het databaseschema loopt achter op deze versie van trede; "
                        + alle.size() + " wijzigingen ontbreken (de eerste: " + alle.get(0) + ").")
                .hasMessageContaining("'java -jar trede.jar migreren'");

        db.migreer();

        assertThat(controle.ontbrekend()).isEmpty();
        controle.afterPropertiesSet();
        JdbcClient alsBeheerder = JdbcClient.create(new DriverManagerDataSource(db.url(), db.beheerder(), db.beheerderWachtwoord()));
        assertThat(alsBeheerder.sql("select pg_get_userbyid(relowner) from pg_class where relname = 'beslissingsbewijs'")
                .query(String.class).single()).isEqualTo(DatabaseRollen.EIGENAAR);
    }

    @Test
    void zonderIngesteldeDatabaseMigreertDeStapNiets() {
        assertThatThrownBy(Migratie::voerUit).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("'migreren' is voor een ingestelde database");
    }

    /** The app service holds trede_app's password and nothing else; the migration service the owner's, and runs first. */
    @Test
    @SuppressWarnings("unchecked")
    void inDockerComposeKrijgtDeAppAlleenHaarEigenWachtwoord() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        Map<String, Map<String, Object>> diensten = (Map<String, Map<String, Object>>) compose.get("services");

        Map<String, Object> app = diensten.get("trede");
        Map<String, String> appOmgeving = (Map<String, String>) app.get("environment");
        assertThat(appOmgeving).containsEntry("SPRING_DATASOURCE_USERNAME", DatabaseRollen.APP)
                .containsEntry("SPRING_DATASOURCE_PASSWORD", "${TREDE_APP_WACHTWOORD:?zet TREDE_APP_WACHTWOORD}");
        assertThat(appOmgeving.keySet()).noneMatch(k -> k.contains("LIQUIBASE"));
        assertThat(appOmgeving.values()).noneMatch(v -> v.contains("EIGENAAR") || v.contains("POSTGRES_PASSWORD"));
        assertThat(app).doesNotContainKey("env_file");
        assertThat((Map<String, Object>) app.get("depends_on"))
                .containsEntry("migratie", Map.of("condition", "service_completed_successfully"));

        Map<String, Object> migratie = diensten.get("migratie");
        assertThat(migratie.get("command")).isEqualTo(List.of(Migratie.OPDRACHT));
        assertThat((Map<String, String>) migratie.get("environment"))
                .containsEntry("SPRING_DATASOURCE_USERNAME", DatabaseRollen.EIGENAAR)
                .containsEntry("SPRING_DATASOURCE_PASSWORD", "${TREDE_EIGENAAR_WACHTWOORD:?zet TREDE_EIGENAAR_WACHTWOORD}");
    }

    /** The ids of every change file in name order, as Liquibase's includeAll runs them; read from the files themselves. */
    private static List<String> wijzigingenInDeChangelog() throws Exception {
        Pattern id = Pattern.compile("^\\s+id: (\\S+)$", Pattern.MULTILINE);
        try (Stream<Path> bestanden = Files.list(Path.of("db/changelog/changes"))) {
            return bestanden.sorted().flatMap(b -> {
                try {
                    Matcher m = id.matcher(Files.readString(b));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
