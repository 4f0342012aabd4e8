package nl.trede.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole application against a real PostgreSQL (see {@link TestDatabase}), with the
 * users of {@code application-test.yaml}, a century ahead ({@link Testklok}). All such tests share one application
 * context: MockMvc and a real server on a random port, so tests over real HTTP (a browser, Tomcat's own limits,
 * the load test) need no second context of their own.
 * <p>
 * Keeping apart: a test class whose calls all run in the test's own thread (MockMvc, services, {@link Testcijfers})
 * adds {@code @Transactional}. Each of its tests then runs in one transaction that is rolled back afterwards (the
 * services join it), so what it writes no other test sees. Tests over real HTTP, with threads of their own, or that
 * provoke a database error (which aborts the transaction) cannot, and keep to data of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(Testklok.class)
public @interface ApplicatieMetDatabase {
}
