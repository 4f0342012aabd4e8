package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;

import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

/**
 * Demo data behind one switch: the embedded default run loads it, a configured database never does. The
 * demo loaders themselves are the beans marked {@link AlleenDemo}.
 */
@ApplicatieMetDatabase
class DemogegevensTest {

    @Autowired
    ApplicationContext context;

    /** The tests' own database is a configured one (spring.datasource.url): no demo loader exists, nothing is loaded. */
    @Test
    void eenIngesteldeDatabaseKrijgtGeenDemogegevens() {
        assertThat(context.getEnvironment().getProperty("spring.datasource.url")).isNotBlank();
        assertThat(context.getBeanNamesForAnnotation(AlleenDemo.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ApplicationRunner.class))
                .doesNotContain("demoGegevens", "demogegevens", "gepubliceerdBesluit");
    }

    @Test
    void alleenDeIngebeddeDatabaseMetDeSchakelaarLaadtDemogegevens() {
        ApplicationContextRunner app = new ApplicationContextRunner().withUserConfiguration(Lader.class);
        // The default run: application.yaml sets trede.demo, no datasource is configured.
        app.withPropertyValues("trede.demo=true").run(c -> assertThat(c).hasSingleBean(Lader.class));
        app.withPropertyValues("trede.demo=false").run(c -> assertThat(c).doesNotHaveBean(Lader.class));
        app.run(c -> assertThat(c).doesNotHaveBean(Lader.class));
        // docker-compose and SPRING_DATASOURCE_URL: never, also not when the switch is set by mistake.
        app.withPropertyValues("spring.datasource.url=jdbc:postgresql://db:5432/trede")
                .run(c -> assertThat(c).doesNotHaveBean(Lader.class));
        app.withPropertyValues("spring.datasource.url=jdbc:postgresql://db:5432/trede", "trede.demo=true")
                .run(c -> assertThat(c).doesNotHaveBean(Lader.class));
    }

    @AlleenDemo
    static class Lader {
    }
}
