package nl.trede.systeem;

import java.util.Map;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * trede's database migrations, defined once. The embedded demo runs them at its own start (it keeps every password
 * anyway); a configured database gets them as a separate one-shot step with the owner's credentials,
 * {@code java -jar trede.jar migreren}, after which the app itself runs with only its own role and merely checks the
 * schema ({@link Schemacontrole}). So the owner's password never has to be in the running app's environment.
 */
public final class Migratie {

    /** The first argument that makes {@code java -jar trede.jar} migrate and exit instead of starting the app. */
    public static final String OPDRACHT = "migreren";
    private static final Logger LOG = LoggerFactory.getLogger(Migratie.class);
    static final String CHANGELOG = "classpath:db/changelog/db.changelog-master.yaml";

    /** The changelog as the owner of the tables, granting {@code appRol} reading and adding. */
    static SpringLiquibase liquibase(DataSource eigenaar, String appRol) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(eigenaar);
        liquibase.setChangeLog(CHANGELOG);
        liquibase.setChangeLogParameters(Map.of("app_rol", appRol));
        return liquibase;
    }

    private Migratie() {
    }

    /** The one-shot step's whole application: a data source and the changelog. Not scanned, so never part of the app. */
    @ImportAutoConfiguration(DataSourceAutoConfiguration.class)
    static class Stap {
        @Bean
        SpringLiquibase liquibase(DataSource eigenaar, @Value("${trede.database.app-rol}") String appRol) {
            return Migratie.liquibase(eigenaar, appRol);
        }
    }

    /**
     * Migrates the database of {@code spring.datasource.url} as {@code spring.datasource.username} (the owner) and
     * returns; nothing else of trede starts: no web server, no rules, no users.
     *
     * @throws IllegalStateException without a configured database, or when a migration fails
     */
    public static void voerUit(String... args) {
        SpringApplicationBuilder migratie = new SpringApplicationBuilder(Stap.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(context -> {
                    String url = context.getEnvironment().getProperty("spring.datasource.url");
                    if (url == null || url.isBlank()) {
                        throw new IllegalStateException("'" + OPDRACHT + "' is voor een ingestelde database: zet "
                                + "spring.datasource.url en, als eigenaar van de tabellen, spring.datasource.username en "
                                + ".password (SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD). De ingebedde database van de "
                                + "demo migreert bij het starten van trede zelf.");
                    }
                });
        migratie.run(args).close();
        LOG.info("Migraties klaar: het schema heeft elke wijziging van deze versie van trede.");
    }
}
