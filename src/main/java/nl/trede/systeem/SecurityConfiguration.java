package nl.trede.systeem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page and API call needs a login: HTTP Basic for {@code /api/**}, a form for pages. Reading
 * (and replaying a run, which only reads) is open to every role; changing the rule set needs
 * BELEIDSMEDEWERKER, every other change TOEZICHTHOUDER, so an AUDITOR reads everything and changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);
    static final String DEMO_WACHTWOORD = "demo";
    private static final String[] REGELSET_PADEN = {"/api/v1/regelsets/**", "/regels/**"};
    /** Replaying a run only reads: auditors may, as may the officers who ran it. */
    private static final String[] HERHALING_PADEN = {"/api/v1/beoordelingsrondes/*/herhaling", "/rondes/*/herhaling",
        "/api/v1/verdelingen/*/herhaling"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JsonMapper json) throws Exception {
        ApiToegang toegang = new ApiToegang(json);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(SecurityConfiguration::rechten)
                .httpBasic(basic -> basic.authenticationEntryPoint(toegang))
                .exceptionHandling(e -> e.authenticationEntryPoint(toegang).accessDeniedHandler(toegang))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain paginas(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> {
                    a.requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/actuator/health", "/error").permitAll();
                    rechten(a);
                })
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?uitgelogd").permitAll())
                .exceptionHandling(e -> e.accessDeniedHandler(SecurityConfiguration::paginaGeweigerd));
        return http.build();
    }

    /** The Dutch error page (see {@link FoutController}) says why: an expired form, or the role. */
    private static void paginaGeweigerd(HttpServletRequest request, HttpServletResponse response, AccessDeniedException fout)
            throws IOException {
        request.setAttribute(Foutafhandeling.MELDING, fout instanceof CsrfException ? Foutmeldingen.FORMULIER_VERLOPEN
                : Foutmeldingen.geenToegang(SecurityContextHolder.getContext().getAuthentication()));
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private static void rechten(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers(HttpMethod.GET, "/**").authenticated()
                .requestMatchers(HttpMethod.HEAD, "/**").authenticated()
                .requestMatchers(HttpMethod.POST, HERHALING_PADEN).hasAnyRole(Rol.AUDITOR.name(), Rol.TOEZICHTHOUDER.name())
                .requestMatchers(REGELSET_PADEN).hasRole(Rol.BELEIDSMEDEWERKER.name())
                .anyRequest().hasRole(Rol.TOEZICHTHOUDER.name());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Configured users; without them only the embedded demo run starts, with its three demo users.
     */
    @Bean
    InMemoryUserDetailsManager gebruikers(GebruikersProperties properties, PasswordEncoder encoder,
                                          ObjectProvider<IngebeddeDatabase> ingebed) {
        if (!properties.gebruikers().isEmpty()) {
            return new InMemoryUserDetailsManager(properties.gebruikers().stream()
                    .map(g -> gebruiker(g.naam(), versleuteld(g.wachtwoord(), encoder), g.rollen())).toList());
        }
        if (ingebed.getIfAvailable() == null) {
            throw new IllegalStateException("Geen gebruikers ingesteld. Buiten de demo (ingebedde database) zijn "
                    + "gebruikers verplicht: zet trede.gebruikers[0].naam, .wachtwoord en .rollen "
                    + "(TOEZICHTHOUDER, BELEIDSMEDEWERKER of AUDITOR), bijvoorbeeld als omgevingsvariabelen "
                    + "TREDE_GEBRUIKERS_0_NAAM, TREDE_GEBRUIKERS_0_WACHTWOORD en TREDE_GEBRUIKERS_0_ROLLEN.");
        }
        LOG.warn("Demo: gebruikers 'toezichthouder', 'beleid' en 'auditor' met wachtwoord '{}'. "
                + "Stel trede.gebruikers in voor echt gebruik.", DEMO_WACHTWOORD);
        String wachtwoord = encoder.encode(DEMO_WACHTWOORD);
        return new InMemoryUserDetailsManager(
                gebruiker("toezichthouder", wachtwoord, List.of(Rol.TOEZICHTHOUDER)),
                gebruiker("beleid", wachtwoord, List.of(Rol.BELEIDSMEDEWERKER)),
                gebruiker("auditor", wachtwoord, List.of(Rol.AUDITOR)));
    }

    private static String versleuteld(String wachtwoord, PasswordEncoder encoder) {
        if (wachtwoord == null || wachtwoord.isBlank()) {
            throw new IllegalStateException("Een gebruiker in trede.gebruikers heeft geen wachtwoord");
        }
        return wachtwoord.startsWith("{") ? wachtwoord : encoder.encode(wachtwoord);
    }

    private static UserDetails gebruiker(String naam, String wachtwoord, List<Rol> rollen) {
        return User.withUsername(naam).password(wachtwoord)
                .roles(rollen.stream().map(Rol::name).toArray(String[]::new)).build();
    }
}
