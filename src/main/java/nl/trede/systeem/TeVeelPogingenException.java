package nl.trede.systeem;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Refused without checking the password: the name failed too often and must still wait. */
class TeVeelPogingenException extends AuthenticationException {

    private final Duration wachttijd;

    TeVeelPogingenException(Duration wachttijd) {
        super("Te veel mislukte pogingen voor deze gebruiker; probeer het over " + omschrijving(wachttijd) + " opnieuw.");
        this.wachttijd = wachttijd;
    }

    Duration wachttijd() {
        return wachttijd;
    }

    /** Whole seconds, rounded up: what a Retry-After header carries. */
    long seconden() {
        return Aanmeldbewaking.heleSeconden(wachttijd);
    }

    /** "30 seconden", "1 minuut", "15 minuten": rounded up, so a person never tries too early. */
    static String omschrijving(Duration wachttijd) {
        long seconden = Aanmeldbewaking.heleSeconden(wachttijd);
        if (seconden < 60) {
            return seconden + (seconden == 1 ? " seconde" : " seconden");
        }
        long minuten = (seconden + 59) / 60;
        return minuten + (minuten == 1 ? " minuut" : " minuten");
    }
}
