package nl.trede.systeem;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import liquibase.integration.spring.SpringLiquibase;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The default run: an embedded PostgreSQL whose data directory survives restarts. */
@Configuration(proxyBeanMethods = false)
@Conditional(IngebeddeDatabaseConfiguration.GeenDatasourceUrl.class)
class IngebeddeDatabaseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(IngebeddeDatabaseConfiguration.class);
    /** A run writes its beoordelingen and fired rules in batches: one multi-row insert beats many. */
    static final String HERSCHRIJF_BATCHES = "reWriteBatchedInserts";

    @Bean(destroyMethod = "close")
    IngebeddeDatabase ingebeddeDatabase(
            @Value("${trede.database.map:./data/postgres}") Path map,
            @Value("${trede.database.poort:0}") int poort,
            @Value("${trede.database.duurzaam:true}") boolean duurzaam) throws IOException {
        IngebeddeDatabase database = IngebeddeDatabase.start(map, poort, duurzaam);
        LOG.info("Ingebedde PostgreSQL gestart, gegevens in {} ({}, {})", database.dataDirectory(), database.jdbcUrl(),
                duurzaam ? "fsync en synchronous_commit aan" : "NIET duurzaam: fsync uit, alleen voor tests");
        return database;
    }

    /** The app as {@link DatabaseRollen#APP}: it may not change what the audit keeps. */
    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(IngebeddeDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(DatabaseRollen.APP);
        dataSource.setPassword(database.rollen().appWachtwoord());
        dataSource.setMaximumPoolSize(8);
        // At SIGTERM the embedded server stops at once (its own shutdown hook); whoever still waits
        // for a connection must give up well within the 30 s in which the JVM has to be gone.
        dataSource.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        dataSource.addDataSourceProperty(HERSCHRIJF_BATCHES, "true");
        return dataSource;
    }

    /**
     * Migrations at start-up as {@link DatabaseRollen#EIGENAAR}, the owner of every table: the demo keeps the owner's
     * password in its data directory anyway, to start its server. A configured database migrates as a step of its own.
     */
    @Bean
    SpringLiquibase liquibase(IngebeddeDatabase database, @Value("${trede.database.app-rol}") String appRol) {
        return Migratie.liquibase(new SimpleDriverDataSource(new Driver(), database.jdbcUrl(), DatabaseRollen.EIGENAAR,
                database.rollen().eigenaarWachtwoord()), appRol);
    }

    static final class GeenDatasourceUrl extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank()
                    ? ConditionOutcome.match("spring.datasource.url is niet gezet: ingebedde PostgreSQL")
                    : ConditionOutcome.noMatch("spring.datasource.url is gezet: " + url);
        }
    }
}
