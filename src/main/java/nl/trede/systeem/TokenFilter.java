package nl.trede.systeem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API: a working token logs the call in with its one
 * role; any other token ends the call with 401. Without such a header the call goes on to HTTP Basic
 * or the browser session. Not a bean, so that it runs only in the API's filter chain.
 */
class TokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    /** A bearer token that is unknown, revoked, expired, or whose owner lost its role. */
    static final class OngeldigToken extends AuthenticationException {
        OngeldigToken() {
            super("Het token is onbekend, ingetrokken of verlopen, of de eigenaar heeft de rol ervan niet meer. "
                    + "Maak een nieuw token op /tokens.");
        }
    }

    private final TokenService tokens;
    private final AuthenticationEntryPoint weigering;
    private final SecurityContextHolderStrategy context = SecurityContextHolder.getContextHolderStrategy();

    TokenFilter(TokenService tokens, AuthenticationEntryPoint weigering) {
        this.tokens = tokens;
        this.weigering = weigering;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain keten)
            throws ServletException, IOException {
        String kop = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (kop == null || !kop.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            keten.doFilter(request, response);
            return;
        }
        Optional<Authentication> aanmelding = tokens.aanmelding(kop.substring(BEARER.length()).strip());
        if (aanmelding.isEmpty()) {
            context.clearContext();
            weigering.commence(request, response, new OngeldigToken());
            return;
        }
        SecurityContext aangemeld = context.createEmptyContext();
        aangemeld.setAuthentication(aanmelding.get());
        context.setContext(aangemeld);
        keten.doFilter(request, response);
    }
}
