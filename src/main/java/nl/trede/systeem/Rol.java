package nl.trede.systeem;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;

/** The three kinds of user of trede. */
public enum Rol {
    /** IBT officer: imports figures, starts assessment runs and allocations. */
    TOEZICHTHOUDER,
    /** Policy writer: validates and activates rule sets. */
    BELEIDSMEDEWERKER,
    /** Reads everything, changes nothing. */
    AUDITOR;

    /** As a page shows it: "toezichthouder". */
    public String tekst() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The roles among a logged-in person's authorities, in this order. */
    static List<Rol> van(Collection<? extends GrantedAuthority> rechten) {
        return Arrays.stream(values()).filter(r -> rechten.stream().anyMatch(a -> ("ROLE_" + r.name()).equals(a.getAuthority())))
                .toList();
    }
}
