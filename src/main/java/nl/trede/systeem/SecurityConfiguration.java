package nl.trede.systeem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page and API call needs a login. Pages: the login form, with the session cookie (SameSite=Lax,
 * Secure over HTTPS). The API ({@code /api/**}) takes, in this order, a personal token
 * ({@code Authorization: Bearer}), HTTP Basic, or the session of a logged-in browser, so that the
 * JSON and CSV links on the pages work; a write with only the session needs the CSRF token, as a form
 * does. Passwords (form and Basic alike) are throttled after five failures ({@link Aanmeldbewaking}).
 * <p>
 * Reading (and replaying a run, which only reads) is open to every role; changing the rule set needs
 * BELEIDSMEDEWERKER, every other change TOEZICHTHOUDER, so an AUDITOR reads everything and changes
 * nothing (a signed checkpoint of the audit after a check that held, which he may ask for, changes no decision). Each person manages their own tokens; the record of failed logins is for the AUDITOR.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);
    static final String DEMO_WACHTWOORD = "demo";
    private static final String[] REGELSET_PADEN = {"/api/v1/regelsets/**", "/regels/**"};
    /** Replaying a run only reads: auditors may, as may the officers who ran it. */
    private static final String[] HERHALING_PADEN = {"/api/v1/beoordelingsrondes/*/herhaling", "/rondes/*/herhaling",
        "/api/v1/verdelingen/*/herhaling"};
    /** A signed checkpoint after a check that held changes no decision: the auditor may ask for one, as may the officers. */
    private static final String[] CONTROLEPUNT_PADEN = {"/api/v1/audit/controlepunt", "/audit/controlepunt"};
    private static final Set<String> VEILIGE_METHODEN = Set.of("GET", "HEAD", "TRACE", "OPTIONS");

    /**
     * Only what trede serves itself. Scripts only from files: no inline script, no {@code on...=}
     * handlers. Style sheets only from files too; style attributes are allowed, because a page colours
     * a trede or a signal with the colour that the rules' parameters give it. A style attribute cannot
     * run script, and with images, fonts and connections limited to trede it cannot send anything
     * elsewhere.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /**
     * The API documentation (Swagger UI, a webjar) colours its logo with one inline style sheet; that
     * one is allowed by its hash, nothing else. A newer Swagger UI may change it: the browser test then
     * names the new hash.
     */
    static final String CSP_API_DOCUMENTATIE = CSP.replace("style-src 'self';",
            "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w=';");
    private static final String API_DOCUMENTATIE = "/api/v1/swagger-ui/";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, UserDetailsService gebruikers, PasswordEncoder encoder,
                            Aanmeldbewaking bewaking, TokenService tokens, JsonMapper json) throws Exception {
        ApiToegang toegang = new ApiToegang(json);
        http.securityMatcher("/api/**")
                .authenticationManager(aanmelden(gebruikers, encoder, bewaking))
                .authorizeHttpRequests(SecurityConfiguration::rechten)
                .addFilterBefore(new TokenFilter(tokens, toegang), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(toegang)
                        .authenticationDetailsSource(r -> new Aanmelddetails(r.getRemoteAddr(), Aanmeldpoging.Kanaal.API)))
                .exceptionHandling(e -> e.authenticationEntryPoint(toegang).accessDeniedHandler(toegang))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::vraagtCsrfToken))
                // Reads the browser's session, never makes one: a client with a token or Basic stays stateless.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(SecurityConfiguration::koppen);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain paginas(HttpSecurity http, UserDetailsService gebruikers, PasswordEncoder encoder,
                                Aanmeldbewaking bewaking) throws Exception {
        http.authenticationManager(aanmelden(gebruikers, encoder, bewaking))
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/actuator/health", "/error").permitAll();
                    rechten(a);
                })
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfiguration::aanmeldenMislukt)
                        .authenticationDetailsSource(r -> new Aanmelddetails(r.getRemoteAddr(), Aanmeldpoging.Kanaal.FORMULIER))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?uitgelogd").permitAll())
                .exceptionHandling(e -> e.accessDeniedHandler(SecurityConfiguration::paginaGeweigerd))
                .headers(SecurityConfiguration::koppen);
        return http.build();
    }

    private static void rechten(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers(HttpMethod.GET, "/api/v1/aanmeldpogingen", "/aanmeldpogingen").hasRole(Rol.AUDITOR.name())
                .requestMatchers("/tokens", "/tokens/**").authenticated()
                .requestMatchers(HttpMethod.GET, "/**").authenticated()
                .requestMatchers(HttpMethod.HEAD, "/**").authenticated()
                .requestMatchers(HttpMethod.POST, HERHALING_PADEN).hasAnyRole(Rol.AUDITOR.name(), Rol.TOEZICHTHOUDER.name())
                .requestMatchers(HttpMethod.POST, CONTROLEPUNT_PADEN).hasAnyRole(Rol.AUDITOR.name(), Rol.TOEZICHTHOUDER.name())
                .requestMatchers(REGELSET_PADEN).hasRole(Rol.BELEIDSMEDEWERKER.name())
                .anyRequest().hasRole(Rol.TOEZICHTHOUDER.name());
    }

    /**
     * A write on the API needs the CSRF token when only the browser's session logs it in. One with its
     * own Authorization header does not, since another site cannot make a browser send one: unless the
     * browser itself says the request comes from another site (a Basic login it remembered). One
     * without any login has nothing to forge, and gets its 401.
     */
    private static boolean vraagtCsrfToken(HttpServletRequest request) {
        if (VEILIGE_METHODEN.contains(request.getMethod())) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equals(site) || "same-site".equals(site)) {
            return true;
        }
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getSession(false) != null;
    }

    private static void koppen(HeadersConfigurer<HttpSecurity> koppen) {
        // X-Content-Type-Options: nosniff and X-Frame-Options: DENY are Spring Security's defaults and stay.
        koppen.addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                        request.getRequestURI().startsWith(request.getContextPath() + API_DOCUMENTATIE) ? CSP_API_DOCUMENTATIE : CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    /** The Dutch error page (see {@link FoutController}) says why: an expired form, or the role. */
    private static void paginaGeweigerd(HttpServletRequest request, HttpServletResponse response, AccessDeniedException fout)
            throws IOException {
        request.setAttribute(Foutafhandeling.MELDING, fout instanceof CsrfException ? Foutmeldingen.FORMULIER_VERLOPEN
                : Foutmeldingen.geenToegang(SecurityContextHolder.getContext().getAuthentication()));
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private static void aanmeldenMislukt(HttpServletRequest request, HttpServletResponse response, AuthenticationException fout)
            throws IOException {
        response.sendRedirect(request.getContextPath() + (fout instanceof TeVeelPogingenException wacht
                ? "/login?wacht=" + wacht.seconden() : "/login?error"));
    }

    /** Passwords, for the form and HTTP Basic alike, behind the throttle. */
    private static AuthenticationManager aanmelden(UserDetailsService gebruikers, PasswordEncoder encoder,
                                                   Aanmeldbewaking bewaking) {
        DaoAuthenticationProvider wachtwoorden = new DaoAuthenticationProvider(gebruikers);
        wachtwoorden.setPasswordEncoder(encoder);
        return new ProviderManager(new BewaakteAanmelding(wachtwoorden, bewaking));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Configured users; without them only the embedded demo run starts, with its demo users: two
     * officers (a decision needs a second one), a policy writer and an auditor.
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
        LOG.warn("Demo: gebruikers 'toezichthouder', 'toezichthouder2', 'beleid' en 'auditor' met wachtwoord '{}'. "
                + "Stel trede.gebruikers in voor echt gebruik.", DEMO_WACHTWOORD);
        return new InMemoryUserDetailsManager(demoGebruikers(encoder.encode(DEMO_WACHTWOORD)));
    }

    static List<UserDetails> demoGebruikers(String wachtwoord) {
        return List.of(
                gebruiker("toezichthouder", wachtwoord, List.of(Rol.TOEZICHTHOUDER)),
                gebruiker("toezichthouder2", wachtwoord, List.of(Rol.TOEZICHTHOUDER)),
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
