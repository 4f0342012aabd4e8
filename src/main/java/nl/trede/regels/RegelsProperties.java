package nl.trede.regels;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trede.regels.map}: the folder policy writers edit (default {@code ./rules});
 * {@code trede.regels.budget.*}: the limits of every rule session ({@link Regelbudget});
 * {@code trede.regels.werker.*}: the processes rules and templates run in ({@link WerkerProperties}).
 */
@ConfigurationProperties("trede.regels")
public record RegelsProperties(Path map, Regelbudget budget, WerkerProperties werker) {

    public RegelsProperties {
        map = map == null ? Path.of("rules") : map;
        budget = budget == null ? Regelbudget.STANDAARD : budget;
        werker = werker == null ? WerkerProperties.STANDAARD : werker;
    }
}
