package nl.trede.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/** Points the application at the test database; with a datasource URL set, no embedded server starts. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Verbinding db = TestDatabase.verbinding();
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "spring.datasource.url=" + db.url(),
                "spring.datasource.username=" + db.gebruiker(),
                "spring.datasource.password=" + db.wachtwoord());
    }
}
