package nl.trede.regels;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code trede.regels.map}: the folder policy writers edit (default {@code ./rules}). */
@ConfigurationProperties("trede.regels")
public record RegelsProperties(Path map) {

    public RegelsProperties {
        map = map == null ? Path.of("rules") : map;
    }
}
