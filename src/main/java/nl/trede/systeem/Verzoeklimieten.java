package nl.trede.systeem;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one HTTP request may take of trede ({@link Verzoekgrenzen}). A body is read whole before any work starts:
 * at most {@code maxBody} (JSON and forms), {@code maxAanmelden} (the login form), or {@code trede.invoer.max-bytes}
 * (an upload), within {@code leestijd} ({@code leestijdBestand} for an upload), else 413 or 408. Then the work gets
 * one of {@code rekenplaatsen} permits, waiting at most {@code wachttijd} (else 503): pages are CPU work on few cores,
 * so a handful at once keeps a heavy page from being stretched by thirty others, while Tomcat's many threads wait on
 * slow clients without holding a permit. At most {@code bestandsplaatsen} uploads are read into memory at once.
 */
@ConfigurationProperties("trede.http")
public record Verzoeklimieten(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("4KB") DataSize maxAanmelden,
                              @DefaultValue("10s") Duration leestijd, @DefaultValue("120s") Duration leestijdBestand,
                              @DefaultValue("8") int rekenplaatsen, @DefaultValue("30s") Duration wachttijd,
                              @DefaultValue("4") int bestandsplaatsen) {
}
