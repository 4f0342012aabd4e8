package nl.trede.systeem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing a password, per user name (also a name that does not exist, so the delay
 * does not tell which names do): five attempts are free; after the fifth failure in a row the name
 * waits 30 seconds, after each further failure twice as long, at most 15 minutes. While it waits,
 * an attempt is refused without looking at the password. A success resets the count; so does an
 * hour without a failure. Every failure is recorded for the auditor, with the wait it caused, and
 * the first refusal of each wait; further refusals in the same wait are not, since they cost an
 * attacker nothing and would let anyone fill the table without knowing a password.
 * <p>
 * Attempts in flight count too, so that parallel guesses cannot all slip through before the first
 * failure is counted: once a name has failed, at most five minus its failures are checked at a time;
 * a name without failures at most {@value #GELIJKTIJDIG} at a time, so that a script's parallel calls
 * with the right password pass while a first burst of guesses stays small. A refusal for that reason
 * waits a second and is not a failure. The counts live in memory: a restart forgets them (the record
 * in the database stays).
 */
@Component
class Aanmeldbewaking {

    static final int VRIJE_POGINGEN = 5;
    static final int GELIJKTIJDIG = 32;
    private static final Duration BEZET = Duration.ofSeconds(1);
    static final Duration EERSTE_WACHTTIJD = Duration.ofSeconds(30);
    static final Duration LANGSTE_WACHTTIJD = Duration.ofMinutes(15);
    static final Duration VERGEETTIJD = Duration.ofHours(1);
    /** Beyond this many names in memory, the forgotten ones are dropped. */
    private static final int OPRUIMEN_BOVEN = 10_000;
    private static final int LANGSTE_NAAM = 100;

    /**
     * {@code mislukt}: failures in a row; {@code bezig}: checks in flight; {@code laatste}: when the latest
     * attempt began (a wait runs from there); {@code geweigerd}: a refusal during the current wait has been recorded.
     */
    private record Stand(int mislukt, int bezig, Instant laatste, boolean geweigerd) {

        Stand gefaald() {
            return new Stand(mislukt + 1, Math.max(0, bezig - 1), laatste, geweigerd);
        }
    }

    private final ConcurrentHashMap<String, Stand> standen = new ConcurrentHashMap<>();
    private final AanmeldpogingRepository pogingen;
    private final Clock klok;

    @Autowired
    Aanmeldbewaking(AanmeldpogingRepository pogingen, Optional<Clock> klok) {
        this(pogingen, klok.orElse(Clock.systemUTC()));
    }

    Aanmeldbewaking(AanmeldpogingRepository pogingen, Clock klok) {
        this.pogingen = pogingen;
        this.klok = klok;
    }

    /** The wait after this many failed attempts in a row: none up to five, then 30 s doubling, at most 15 minutes. */
    static Duration wachttijdNa(int mislukt) {
        if (mislukt < VRIJE_POGINGEN) {
            return Duration.ZERO;
        }
        int verdubbelingen = Math.min(mislukt - VRIJE_POGINGEN, 16);
        Duration wachttijd = EERSTE_WACHTTIJD.multipliedBy(1L << verdubbelingen);
        return wachttijd.compareTo(LANGSTE_WACHTTIJD) > 0 ? LANGSTE_WACHTTIJD : wachttijd;
    }

    /** Rounded up, so that whoever waits this long is never refused again. */
    static long heleSeconden(Duration wachttijd) {
        return wachttijd.plusNanos(999_999_999).toSeconds();
    }

    /**
     * Counts an attempt for the name, or refuses it: empty when the password may be checked now,
     * otherwise how long the name must still wait (the first refusal of a wait is recorded).
     */
    Optional<Duration> begin(String gebruiker, Aanmelddetails details) {
        Instant nu = klok.instant();
        Duration[] wachten = {Duration.ZERO};
        boolean[] vastleggen = {false};
        standen.compute(sleutel(gebruiker), (naam, stand) -> {
            if (stand == null || !nu.isBefore(stand.laatste().plus(VERGEETTIJD))) {
                return new Stand(0, 1, nu, false);
            }
            Instant vrij = stand.laatste().plus(wachttijdNa(stand.mislukt()));
            if (nu.isBefore(vrij)) {
                wachten[0] = Duration.between(nu, vrij);
                vastleggen[0] = !stand.geweigerd();
                return new Stand(stand.mislukt(), stand.bezig(), stand.laatste(), true);
            }
            int ruimte = stand.mislukt() == 0 ? GELIJKTIJDIG : Math.max(1, VRIJE_POGINGEN - stand.mislukt());
            if (stand.bezig() >= ruimte) {
                wachten[0] = BEZET;
                return stand;
            }
            return new Stand(stand.mislukt(), stand.bezig() + 1, nu, false);
        });
        ruimOp(nu);
        if (wachten[0].isZero()) {
            return Optional.empty();
        }
        if (vastleggen[0]) {
            pogingen.bewaar(naam(gebruiker), nu, Aanmeldpoging.Uitkomst.GEWEIGERD, details, (int) heleSeconden(wachten[0]));
        }
        return Optional.of(wachten[0]);
    }

    /** The attempt begun failed: counted and recorded, with the wait that now applies to the name. */
    void mislukt(String gebruiker, Aanmelddetails details) {
        Stand stand = standen.compute(sleutel(gebruiker),
                (naam, oud) -> oud == null ? new Stand(1, 0, klok.instant(), false) : oud.gefaald());
        Duration wachttijd = wachttijdNa(stand.mislukt());
        pogingen.bewaar(naam(gebruiker), klok.instant(), Aanmeldpoging.Uitkomst.MISLUKT, details,
                wachttijd.isZero() ? null : (int) wachttijd.toSeconds());
    }

    /** The attempt begun succeeded: the name starts again at zero, apart from the checks still in flight. */
    void gelukt(String gebruiker) {
        standen.computeIfPresent(sleutel(gebruiker), (naam, stand) -> stand.bezig() <= 1 ? null
                : new Stand(0, stand.bezig() - 1, stand.laatste(), false));
    }

    private void ruimOp(Instant nu) {
        if (standen.size() > OPRUIMEN_BOVEN) {
            standen.values().removeIf(s -> !nu.isBefore(s.laatste().plus(VERGEETTIJD)));
        }
    }

    /** User names are case-insensitive in Spring's user store, so "Auditor" and "auditor" share a count. */
    private static String sleutel(String gebruiker) {
        return naam(gebruiker).toLowerCase(Locale.ROOT);
    }

    private static String naam(String gebruiker) {
        String naam = gebruiker == null ? "" : gebruiker;
        return naam.length() > LANGSTE_NAAM ? naam.substring(0, LANGSTE_NAAM) : naam;
    }
}
