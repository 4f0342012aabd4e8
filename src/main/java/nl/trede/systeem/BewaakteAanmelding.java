package nl.trede.systeem;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Login with a password, for the login form and HTTP Basic alike: the password check of
 * {@code wachtwoorden}, behind the throttle of {@link Aanmeldbewaking}.
 */
class BewaakteAanmelding implements AuthenticationProvider {

    private static final Aanmelddetails ONBEKEND = new Aanmelddetails(null, Aanmeldpoging.Kanaal.API);

    private final AuthenticationProvider wachtwoorden;
    private final Aanmeldbewaking bewaking;

    BewaakteAanmelding(AuthenticationProvider wachtwoorden, Aanmeldbewaking bewaking) {
        this.wachtwoorden = wachtwoorden;
        this.bewaking = bewaking;
    }

    @Override
    public Authentication authenticate(Authentication aanvraag) {
        String naam = aanvraag.getName();
        Aanmelddetails details = aanvraag.getDetails() instanceof Aanmelddetails d ? d : ONBEKEND;
        Optional<Duration> wachten = bewaking.begin(naam, details);
        if (wachten.isPresent()) {
            throw new TeVeelPogingenException(wachten.get());
        }
        try {
            Authentication aangemeld = wachtwoorden.authenticate(aanvraag);
            bewaking.gelukt(naam);
            return aangemeld;
        } catch (AuthenticationException e) {
            bewaking.mislukt(naam, details);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> soort) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(soort);
    }
}
