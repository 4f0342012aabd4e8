package nl.trede.regels;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The worker processes as a bean, shared by the contexts of one JVM ({@link Werkerpool#gedeeld}). When a context
 * closes, it says so first of all, before the web server waits for the requests in flight: the last one to close kills
 * the workers, so nothing that renders or runs holds up the shutdown.
 */
@Configuration(proxyBeanMethods = false)
class WerkerConfiguratie {

    @Bean(destroyMethod = "")
    Werkerpool werkerpool(RegelsProperties properties) {
        return Werkerpool.gedeeld(properties.werker());
    }

    @Bean
    Afmelding werkersAfmelden(Werkerpool werkers, ApplicationContext context) {
        return new Afmelding(werkers, context);
    }

    /** This context's closing, not a child's or a paused test context's: only a close publishes this event. */
    record Afmelding(Werkerpool werkers, ApplicationContext context) implements ApplicationListener<ContextClosedEvent> {

        @Override
        public void onApplicationEvent(ContextClosedEvent event) {
            if (event.getApplicationContext() == context) {
                werkers.afmelden();
            }
        }
    }
}
