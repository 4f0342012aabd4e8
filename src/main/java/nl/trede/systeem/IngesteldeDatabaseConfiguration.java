package nl.trede.systeem;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * A configured database (spring.datasource.url): the app connects with its own role only and checks that the
 * separate migration step ({@link Migratie}) brought the schema up to date.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(IngesteldeDatabaseConfiguration.DatasourceUrl.class)
class IngesteldeDatabaseConfiguration {

    @Bean
    Schemacontrole schemacontrole(DataSource dataSource, ResourceLoader bronnen) {
        return new Schemacontrole(dataSource, bronnen);
    }

    static final class DatasourceUrl extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            ConditionOutcome ingebed = new IngebeddeDatabaseConfiguration.GeenDatasourceUrl().getMatchOutcome(context, metadata);
            return new ConditionOutcome(!ingebed.isMatch(), ingebed.getConditionMessage());
        }
    }
}
