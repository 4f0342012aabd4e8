package nl.trede.support;

import nl.trede.systeem.DatabaseRollen;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points the application at the test database, as production does: the app as {@link DatabaseRollen#APP} only, on
 * a database that {@link TestDatabase} migrated as {@link DatabaseRollen#EIGENAAR}. With a datasource URL set, no
 * embedded server starts.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                TestDatabase.verbinding().eigenschappen().toArray(String[]::new));
    }
}
