package nl.trede.systeem;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * trede refuses to start, and says in Dutch what is wrong and what to do: a data directory in use, a schema that
 * lags behind, a server it will not stop. The console shows the two, without a stack trace in the way
 * ({@link Uitleg}, in {@code META-INF/spring.factories}).
 */
public class Startweigering extends IllegalStateException {

    private final String wat;
    private final String watTeDoen;

    public Startweigering(String wat, String watTeDoen) {
        super(wat + " " + watTeDoen);
        this.wat = wat;
        this.watTeDoen = watTeDoen;
    }

    static class Uitleg extends AbstractFailureAnalyzer<Startweigering> {
        @Override
        protected FailureAnalysis analyze(Throwable fout, Startweigering oorzaak) {
            return new FailureAnalysis(oorzaak.wat, oorzaak.watTeDoen, oorzaak);
        }
    }
}
