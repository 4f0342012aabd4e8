package nl.trede.systeem;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trede.gebruikers}: the users of a non-demo run, e.g.
 * <pre>
 * trede.gebruikers[0].naam=jansen
 * trede.gebruikers[0].wachtwoord={bcrypt}$2a$10$...
 * trede.gebruikers[0].rollen=TOEZICHTHOUDER
 * </pre>
 * A password without an encoding prefix is taken as plain text and hashed at start-up.
 */
@ConfigurationProperties("trede")
public record GebruikersProperties(List<Gebruiker> gebruikers) {

    public GebruikersProperties {
        gebruikers = gebruikers == null ? List.of() : List.copyOf(gebruikers);
    }

    public record Gebruiker(String naam, String wachtwoord, List<Rol> rollen) {
    }
}
