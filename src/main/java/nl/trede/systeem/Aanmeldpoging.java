package nl.trede.systeem;

import java.time.Instant;

/**
 * A failed login, or one refused without looking at the password because the name must still wait
 * after too many failures. {@code gebruiker} is the name as typed, also when no such user exists;
 * {@code wachttijdSeconden} is how long that name must wait from then on (null when it need not).
 */
public record Aanmeldpoging(long id, String gebruiker, Instant op, Uitkomst uitkomst, Kanaal kanaal, String adres,
                            Integer wachttijdSeconden) {

    public enum Uitkomst {
        /** Unknown name or wrong password. */
        MISLUKT,
        /** Refused unchecked: the name had to wait after too many failures. */
        GEWEIGERD
    }

    public enum Kanaal {
        /** The login page. */
        FORMULIER,
        /** HTTP Basic on the API. */
        API
    }
}
