package nl.trede.regels;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts the workers as soon as the settings are read, before the app's context is built: a worker needs seconds to
 * start, and the rules are validated in it at start-up, so it starts beside the rest of the app, not after half of it.
 * The context's {@link Werkerpool} bean is then the same pool.
 */
public final class Werkervoorstart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Werkerpool.voorstarten(Binder.get(event.getEnvironment()).bind("trede.regels.werker", WerkerProperties.class)
                .orElse(WerkerProperties.STANDAARD));
    }
}
