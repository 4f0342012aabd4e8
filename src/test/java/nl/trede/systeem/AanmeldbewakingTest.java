package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The throttle on passwords, on a clock the test moves: five attempts free, then 30 s, doubling,
 * at most 15 minutes; refused without looking at the password; every failure and refusal recorded
 * in the database (a real one: each test uses its own user name).
 */
@ApplicatieMetDatabase
class AanmeldbewakingTest {

    @Autowired
    AanmeldpogingRepository pogingen;

    private final VerstelbareKlok klok = new VerstelbareKlok(Instant.parse("2026-03-02T09:00:00Z"));
    private String naam;
    private Aanmeldbewaking bewaking;
    private BewaakteAanmelding aanmelding;

    @BeforeEach
    void zetOp() {
        naam = "bewaakt-" + UUID.randomUUID().toString().substring(0, 8);
        DaoAuthenticationProvider wachtwoorden = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                User.withUsername(naam).password("{noop}juist").roles("AUDITOR").build()));
        wachtwoorden.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        bewaking = new Aanmeldbewaking(pogingen, klok);
        aanmelding = new BewaakteAanmelding(wachtwoorden, bewaking);
    }

    @Test
    void deWachttijdGroeitEnHoudtOpBijEenKwartier() {
        assertThat(Aanmeldbewaking.wachttijdNa(4)).isZero();
        assertThat(Aanmeldbewaking.wachttijdNa(5)).hasSeconds(30);
        assertThat(Aanmeldbewaking.wachttijdNa(6)).hasSeconds(60);
        assertThat(Aanmeldbewaking.wachttijdNa(7)).hasSeconds(120);
        // 30 s * 2^4 = 480 s after 9; 30 s * 2^5 = 960 s after 10 is more than 15 minutes (900 s): 900.
        assertThat(Aanmeldbewaking.wachttijdNa(9)).hasSeconds(480);
        assertThat(Aanmeldbewaking.wachttijdNa(10)).hasSeconds(900);
        assertThat(Aanmeldbewaking.wachttijdNa(Integer.MAX_VALUE)).hasSeconds(900);
    }

    @Test
    void naVijfMislukteWordtOokHetJuisteWachtwoordGeweigerdTotDeWachttijdOmIs() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> meldAan("fout")).isInstanceOf(BadCredentialsException.class);
            klok.verzet(Duration.ofSeconds(1));
        }
        // The fifth failure began at 09:00:04 and it is 09:00:05 now: the name waits until 09:00:34, 29 s.
        assertThatThrownBy(() -> meldAan("juist")).isInstanceOfSatisfying(TeVeelPogingenException.class,
                e -> assertThat(e.wachttijd()).hasSeconds(29));
        klok.verzet(Duration.ofSeconds(28));
        assertThatThrownBy(() -> meldAan("juist")).isInstanceOfSatisfying(TeVeelPogingenException.class,
                e -> assertThat(e.seconden()).isEqualTo(1));
        klok.verzet(Duration.ofSeconds(1));
        assertThat(meldAan("juist").isAuthenticated()).isTrue();

        // Recorded: every failure, the wait the fifth caused, and the first refusal of that wait (not the second).
        List<Aanmeldpoging> vastgelegd = new ArrayList<>(pogingen.recent(naam, 100));
        Collections.reverse(vastgelegd);
        assertThat(vastgelegd).extracting(Aanmeldpoging::uitkomst).containsExactly(
                Aanmeldpoging.Uitkomst.MISLUKT, Aanmeldpoging.Uitkomst.MISLUKT, Aanmeldpoging.Uitkomst.MISLUKT,
                Aanmeldpoging.Uitkomst.MISLUKT, Aanmeldpoging.Uitkomst.MISLUKT,
                Aanmeldpoging.Uitkomst.GEWEIGERD);
        assertThat(vastgelegd).extracting(Aanmeldpoging::wachttijdSeconden).containsExactly(null, null, null, null, 30, 29);
        assertThat(vastgelegd).extracting(Aanmeldpoging::kanaal).containsOnly(Aanmeldpoging.Kanaal.FORMULIER);
        assertThat(vastgelegd.get(0).op()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(vastgelegd.get(0).adres()).isEqualTo("192.0.2.7");
    }

    @Test
    void elkeVolgendeMislukkingVerdubbeltDeWachttijd() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> meldAan("fout")).isInstanceOf(BadCredentialsException.class);
        }
        klok.verzet(Duration.ofSeconds(30));
        assertThatThrownBy(() -> meldAan("fout")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> meldAan("juist")).isInstanceOfSatisfying(TeVeelPogingenException.class,
                e -> assertThat(e.wachttijd()).hasSeconds(60));
        klok.verzet(Duration.ofSeconds(60));
        assertThatThrownBy(() -> meldAan("fout")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> meldAan("juist")).isInstanceOfSatisfying(TeVeelPogingenException.class,
                e -> assertThat(e.wachttijd()).hasSeconds(120));
    }

    @Test
    void eenGeslaagdeAanmeldingBegintWeerBijNul() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> meldAan("fout")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(meldAan("juist").isAuthenticated()).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> meldAan("fout")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(meldAan("juist").isAuthenticated()).isTrue();
    }

    @Test
    void naEenUurZonderMislukkingTeltHetOpnieuw() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> meldAan("fout")).isInstanceOf(BadCredentialsException.class);
        }
        klok.verzet(Aanmeldbewaking.VERGEETTIJD);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> meldAan("fout")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(meldAan("juist").isAuthenticated()).isTrue();
    }

    @Test
    void eenNaamDieNietBestaatWachtOokZodatDeWachttijdNietsVerraadt() {
        String onbekend = naam + "-bestaat-niet";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> meldAan(onbekend, "iets")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> meldAan(onbekend, "iets")).isInstanceOf(TeVeelPogingenException.class);
        assertThat(pogingen.recent(onbekend, 100)).extracting(Aanmeldpoging::uitkomst).containsExactly(
                Aanmeldpoging.Uitkomst.GEWEIGERD, Aanmeldpoging.Uitkomst.MISLUKT, Aanmeldpoging.Uitkomst.MISLUKT,
                Aanmeldpoging.Uitkomst.MISLUKT, Aanmeldpoging.Uitkomst.MISLUKT, Aanmeldpoging.Uitkomst.MISLUKT);
    }

    @Test
    void eenScriptMetHetJuisteWachtwoordMagTweeEnDertigAanroepenTegelijkDoen() {
        // 30 clients of the load test with one user's password got 429 once five checks were in flight.
        Aanmelddetails details = new Aanmelddetails("192.0.2.7", Aanmeldpoging.Kanaal.API);
        for (int i = 0; i < Aanmeldbewaking.GELIJKTIJDIG; i++) {
            assertThat(bewaking.begin(naam, details)).as("controle %d tegelijk", i + 1).isEmpty();
        }
        assertThat(bewaking.begin(naam, details)).contains(Duration.ofSeconds(1));
        bewaking.gelukt(naam);
        assertThat(bewaking.begin(naam, details)).isEmpty();
        // Busy is not a failure: nothing is recorded.
        assertThat(pogingen.recent(naam, 100)).isEmpty();
    }

    @Test
    void naEenMislukkingTellenDeControlesDieNogLopenMee() {
        assertThatThrownBy(() -> meldAan("fout")).isInstanceOf(BadCredentialsException.class);
        Aanmelddetails details = new Aanmelddetails("192.0.2.7", Aanmeldpoging.Kanaal.API);
        // One failure: 5 - 1 = 4 guesses may be checked at the same time, the fifth waits.
        for (int i = 0; i < 4; i++) {
            assertThat(bewaking.begin(naam, details)).isEmpty();
        }
        assertThat(bewaking.begin(naam, details)).contains(Duration.ofSeconds(1));
        for (int i = 0; i < 4; i++) {
            bewaking.mislukt(naam, details);
        }
        // Now five failures, the latest attempt began at 09:00:00: the name waits 30 s.
        assertThatThrownBy(() -> meldAan("juist")).isInstanceOfSatisfying(TeVeelPogingenException.class,
                e -> assertThat(e.wachttijd()).hasSeconds(30));
    }

    @Test
    void hoofdlettersMakenGeenAndereNaam() {
        for (int i = 0; i < 5; i++) {
            String variant = i % 2 == 0 ? naam.toUpperCase() : naam;
            assertThatThrownBy(() -> meldAan(variant, "fout")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> meldAan("juist")).isInstanceOf(TeVeelPogingenException.class);
    }

    private Authentication meldAan(String wachtwoord) {
        return meldAan(naam, wachtwoord);
    }

    private Authentication meldAan(String gebruiker, String wachtwoord) {
        UsernamePasswordAuthenticationToken aanvraag = UsernamePasswordAuthenticationToken.unauthenticated(gebruiker, wachtwoord);
        aanvraag.setDetails(new Aanmelddetails("192.0.2.7", Aanmeldpoging.Kanaal.FORMULIER));
        return aanmelding.authenticate(aanvraag);
    }

    /** A clock that stands still until the test moves it. */
    static final class VerstelbareKlok extends Clock {
        private Instant nu;

        VerstelbareKlok(Instant nu) {
            this.nu = nu;
        }

        void verzet(Duration duur) {
            nu = nu.plus(duur);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }
    }
}
