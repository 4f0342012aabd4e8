package nl.trede.systeem;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.integration.spring.SpringResourceAccessor;
import liquibase.parser.ChangeLogParserFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With a configured database the app does not migrate (it has no owner's password, see {@link Migratie}): it checks
 * that every change of its changelog has run, and refuses in Dutch when one is missing, before anything else uses the
 * database. A {@link Detector} makes every JDBC user of the app wait for this check, as they would for Liquibase.
 */
class Schemacontrole implements InitializingBean {

    private static final String CHANGELOG_PAD = Migratie.CHANGELOG.substring("classpath:".length());

    private final DataSource dataSource;
    private final ResourceLoader bronnen;

    Schemacontrole(DataSource dataSource, ResourceLoader bronnen) {
        this.dataSource = dataSource;
        this.bronnen = bronnen;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        List<String> ontbrekend = ontbrekend();
        if (!ontbrekend.isEmpty()) {
            throw new Startweigering("trede start niet: het databaseschema loopt achter op deze versie van trede; "
                    + (ontbrekend.size() == 1 ? "1 wijziging ontbreekt" : ontbrekend.size() + " wijzigingen ontbreken")
                    + " (de eerste: " + ontbrekend.get(0) + "). De app migreert niet zelf en heeft daar ook de rechten niet "
                    + "voor.", "Draai eerst de migratie als eigenaar van de tabellen: 'java -jar trede.jar " + Migratie.OPDRACHT
                    + "' met SPRING_DATASOURCE_USERNAME en _PASSWORD van de eigenaar (in docker-compose.yml de dienst "
                    + "'migratie'), en start trede daarna opnieuw.");
        }
    }

    /** The ids of the changelog's changes that the database has not run, in changelog order. */
    List<String> ontbrekend() throws Exception {
        Set<String> gedraaid = new HashSet<>();
        try {
            JdbcClient.create(dataSource).sql("select id, author from databasechangelog")
                    .query(rs -> {
                        gedraaid.add(rs.getString(1) + "::" + rs.getString(2));
                    });
        } catch (org.springframework.dao.DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && "42P01".equals(sql.getSQLState())) {
                return wijzigingen().stream().map(ChangeSet::getId).toList(); // an empty database: no changelog table yet
            }
            throw e;
        }
        return wijzigingen().stream().filter(c -> !gedraaid.contains(c.getId() + "::" + c.getAuthor()))
                .map(ChangeSet::getId).toList();
    }

    private List<ChangeSet> wijzigingen() throws Exception {
        SpringResourceAccessor toegang = new SpringResourceAccessor(bronnen);
        return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), toegang), () -> ChangeLogParserFactory.getInstance()
                .getParser(CHANGELOG_PAD, toegang).parse(CHANGELOG_PAD, new ChangeLogParameters(), toegang).getChangeSets());
    }

    /** Registered in {@code META-INF/spring.factories}: whatever uses JDBC starts after the check. */
    static class Detector extends AbstractBeansOfTypeDatabaseInitializerDetector {
        @Override
        protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
            return Set.of(Schemacontrole.class);
        }
    }
}
