package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The demo run's users: a decision needs two officers, so there are two toezichthouders. */
class DemoGebruikersTest {

    @Test
    void deTweedeToezichthouderMeldtAanMetHetDemowachtwoord() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        DaoAuthenticationProvider aanmelden = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                SecurityConfiguration.demoGebruikers(encoder.encode(SecurityConfiguration.DEMO_WACHTWOORD))));
        aanmelden.setPasswordEncoder(encoder);

        Authentication tweede = aanmelden.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("toezichthouder2", "demo"));

        assertThat(Rol.van(tweede.getAuthorities())).containsExactly(Rol.TOEZICHTHOUDER);
        assertThat(SecurityConfiguration.demoGebruikers("x")).extracting(u -> u.getUsername())
                .containsExactly("toezichthouder", "toezichthouder2", "beleid", "auditor");
    }
}
