package nl.trede.systeem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answer to a call that is not logged in (401), may not (403) or must wait after too many
 * failed passwords (429): problem+json in Dutch. A browser that opens an API address without being
 * logged in is sent to the login page and back; a browser never gets a Basic challenge, so never
 * the browser's own password popup.
 */
class ApiToegang implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final String UITDAGING_BASIC = "Basic realm=\"trede\", charset=\"UTF-8\"";
    private static final String UITDAGING_TOKEN = "Bearer realm=\"trede\"";

    private final JsonMapper json;
    private final RequestCache terugNaAanmelden = new HttpSessionRequestCache();

    ApiToegang(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException fout)
            throws IOException {
        if (fout instanceof TeVeelPogingenException wacht) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wacht.seconden()));
            schrijf(request, response, HttpStatus.TOO_MANY_REQUESTS, wacht.getMessage());
            return;
        }
        boolean browser = request.getHeader("Sec-Fetch-Mode") != null;
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null && opent(request)) {
            terugNaAanmelden.saveRequest(request, response);
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        String detail;
        if (fout instanceof TokenFilter.OngeldigToken) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, UITDAGING_TOKEN + ", error=\"invalid_token\"");
            detail = fout.getMessage();
        } else {
            if (!browser) {
                response.addHeader(HttpHeaders.WWW_AUTHENTICATE, UITDAGING_BASIC);
            }
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, UITDAGING_TOKEN);
            detail = fout instanceof BadCredentialsException
                    ? "Onbekende gebruikersnaam of onjuist wachtwoord."
                    : "Meld u aan: met een persoonlijk token (Authorization: Bearer ..., te maken op /tokens) of met "
                    + "HTTP Basic (gebruikersnaam en wachtwoord). In de browser telt uw aanmelding op de site.";
        }
        schrijf(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException fout)
            throws IOException {
        String detail = fout instanceof CsrfException
                ? "Een schrijfactie met alleen de aanmelding van de browser vraagt het CSRF-token (kopregel X-CSRF-TOKEN). "
                + "Een API-client meldt zich aan met een token (Authorization: Bearer ...) of met HTTP Basic."
                : Foutmeldingen.geenToegang(SecurityContextHolder.getContext().getAuthentication()) + " "
                + Foutmeldingen.watTeDoen(HttpStatus.FORBIDDEN.value());
        schrijf(request, response, HttpStatus.FORBIDDEN, detail);
    }

    /** A browser opening the address itself (a link, the address bar), not a script fetching data. */
    private static boolean opent(HttpServletRequest request) {
        if (!HttpMethod.GET.matches(request.getMethod())) {
            return false;
        }
        String modus = request.getHeader("Sec-Fetch-Mode");
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return modus != null ? modus.equals("navigate") : accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private void schrijf(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        schrijf(json, request, response, status, Foutmeldingen.titel(status.value()), detail);
    }

    /** problem+json in Dutch from a filter, where no controller advice reaches. */
    static void schrijf(JsonMapper json, HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                        String titel, String detail) throws IOException {
        Map<String, Object> probleem = new LinkedHashMap<>();
        probleem.put("title", titel);
        probleem.put("status", status.value());
        probleem.put("detail", detail);
        probleem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        // JSON is UTF-8 by definition: the same Content-Type as the problem+json of the controllers, without a charset.
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), probleem);
    }
}
