package nl.trede.systeem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Slow and big requests cannot hold trede's workers. Before anything else (login, CSRF, the controller) a body is read
 * whole, within a deadline and a cap that depend on where it goes (see {@link Verzoeklimieten}); then the work waits
 * for one of a few permits. A client that trickles its body or headers keeps only one of Tomcat's many threads, and
 * only until the deadline; the permits go to requests that are ready to be worked on. A form with a file
 * (multipart) is the exception: Tomcat reads it itself, within its own limits (spring.servlet.multipart).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class Verzoekgrenzen extends OncePerRequestFilter {

    /** Where a file or a large JSON document may be sent: raw, or (for the first three) as a form with a file. */
    private static final Set<String> BESTANDEN = Set.of("/api/v1/invoer/huisvesting", "/invoer", "/verdelingen",
            "/api/v1/verdelingen");
    private static final String MONITORINGINVOER = "/api/v1/monitoring/invoer/";
    private static final String AANMELDEN = "/login";
    /** Set on a request whose slow client is let go: Tomcat then closes the connection instead of reading on. */
    private static final String LOSLATEN = Verzoekgrenzen.class.getName() + ".loslaten";

    private final Verzoeklimieten limieten;
    private final DataSize maxBestand;
    private final JsonMapper json;
    private final Semaphore rekenplaatsen;
    private final Semaphore bestandsplaatsen;

    Verzoekgrenzen(Verzoeklimieten limieten, @Value("${trede.invoer.max-bytes:10MB}") DataSize maxBestand, JsonMapper json) {
        this.limieten = limieten;
        this.maxBestand = maxBestand;
        this.json = json;
        this.rekenplaatsen = new Semaphore(limieten.rekenplaatsen(), true);
        this.bestandsplaatsen = new Semaphore(limieten.bestandsplaatsen(), true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        String pad = verzoek.getRequestURI().substring(verzoek.getContextPath().length());
        boolean bestand = BESTANDEN.contains(pad) || pad.startsWith(MONITORINGINVOER);
        boolean heeftBody = verzoek.getContentLengthLong() > 0 || verzoek.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        String soort = verzoek.getContentType() == null ? "" : verzoek.getContentType().toLowerCase(Locale.ROOT);
        if (!heeftBody || (bestand && soort.startsWith("multipart/"))) {
            werk(verzoek, antwoord, keten);
            return;
        }
        long max = bestand ? maxBestand.toBytes()
                : pad.equals(AANMELDEN) ? limieten.maxAanmelden().toBytes() : limieten.maxBody().toBytes();
        if (verzoek.getContentLengthLong() > max) {
            weiger(verzoek, antwoord, HttpStatus.CONTENT_TOO_LARGE, teGroot(bestand, max, verzoek.getContentLengthLong()));
            return;
        }
        if (bestand && !bestandsplaatsen.tryAcquire()) {
            // Memory for uploads is bounded: at most a few are read into it at once.
            antwoord.setHeader(HttpHeaders.RETRY_AFTER, "10");
            weiger(verzoek, antwoord, HttpStatus.SERVICE_UNAVAILABLE, "trede leest al " + limieten.bestandsplaatsen()
                    + " bestanden tegelijk in. Probeer het over enkele seconden opnieuw.");
            return;
        }
        Duration leestijd = bestand ? limieten.leestijdBestand() : limieten.leestijd();
        try {
            byte[] inhoud;
            try {
                inhoud = lees(verzoek.getInputStream(), max, leestijd.toNanos());
            } catch (TeGroot e) {
                weiger(verzoek, antwoord, HttpStatus.CONTENT_TOO_LARGE, teGroot(bestand, max, -1));
                return;
            } catch (IOException e) {
                // Past the deadline, or the client stopped sending for longer than Tomcat's connection-timeout.
                weiger(verzoek, antwoord, HttpStatus.REQUEST_TIMEOUT, "Het verzoek kwam te traag binnen: trede wacht "
                        + "ten hoogste " + leestijd.toSeconds() + " seconden op alles wat u stuurt. Er is niets opgeslagen.");
                return;
            }
            werk(new GelezenVerzoek(verzoek, inhoud), antwoord, keten);
        } finally {
            if (bestand) {
                bestandsplaatsen.release(); // the upload's bytes are in memory until its work is done
            }
        }
    }

    /** The work itself, with a permit: at most {@code rekenplaatsen} requests at once. */
    private void werk(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        boolean plaats;
        try {
            plaats = rekenplaatsen.tryAcquire(limieten.wachttijd().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            plaats = false;
        }
        if (!plaats) {
            antwoord.setHeader(HttpHeaders.RETRY_AFTER, "30");
            weiger(verzoek, antwoord, HttpStatus.SERVICE_UNAVAILABLE, "trede is op dit moment te druk om uw verzoek binnen "
                    + limieten.wachttijd().toSeconds() + " seconden te beginnen. Probeer het zo opnieuw.");
            return;
        }
        try {
            keten.doFilter(verzoek, antwoord);
        } finally {
            rekenplaatsen.release();
        }
    }

    /**
     * The whole body, at most {@code max} bytes, before {@code nanos} have passed. A read blocks at most Tomcat's
     * connection-timeout, so a client that stops sending is let go after at most the deadline plus that.
     */
    private static byte[] lees(InputStream body, long max, long nanos) throws IOException, TeGroot {
        long einde = System.nanoTime() + nanos;
        ByteArrayOutputStream inhoud = new ByteArrayOutputStream();
        byte[] blok = new byte[8192];
        for (int gelezen; (gelezen = body.read(blok)) != -1; ) {
            inhoud.write(blok, 0, gelezen);
            if (inhoud.size() > max) {
                throw new TeGroot();
            }
            if (System.nanoTime() - einde > 0) {
                throw new IOException("leestijd voorbij");
            }
        }
        return inhoud.toByteArray();
    }

    private static String teGroot(boolean bestand, long max, long lengte) {
        return bestand ? new TeGrootException(DataSize.ofBytes(max), lengte).getMessage()
                : "Het verzoek is te groot" + (lengte > 0 ? " (" + grootte(lengte) + ")" : "") + ": trede neemt hier ten "
                + "hoogste " + grootte(max) + " aan. Er is niets opgeslagen.";
    }

    /** "20 MB", "4 KB", "4,9 KB". */
    private static String grootte(long bytes) {
        if (bytes >= 1024 * 1024) {
            return TeGrootException.megabytes(bytes);
        }
        return (bytes % 1024 == 0 ? String.valueOf(bytes / 1024)
                : String.format(Locale.forLanguageTag("nl-NL"), "%.1f", bytes / 1024.0)) + " KB";
    }

    /**
     * problem+json for the API, as {@link ApiToegang} writes it; the Dutch error page for a page ({@link FoutController}).
     * A slow client's connection is closed; the rest of a body too large is read away by Tomcat
     * (server.tomcat.max-swallow-size), so that the client receives the 413.
     */
    private void weiger(HttpServletRequest verzoek, HttpServletResponse antwoord, HttpStatus status, String melding)
            throws IOException {
        if (status == HttpStatus.REQUEST_TIMEOUT) {
            verzoek.setAttribute(LOSLATEN, Boolean.TRUE);
        }
        if (antwoord.isCommitted()) {
            return; // Tomcat gave up on the connection itself (a read timed out, or the client went away)
        }
        if (verzoek.getRequestURI().startsWith(verzoek.getContextPath() + "/api/")) {
            ApiToegang.schrijf(json, verzoek, antwoord, status, melding.startsWith("Het bestand is te groot") ? "Bestand te groot"
                    : Foutmeldingen.titel(status.value()), melding);
            return;
        }
        verzoek.setAttribute(Foutafhandeling.MELDING, melding);
        antwoord.sendError(status.value());
    }

    /**
     * After a 408, Tomcat would read away the rest of the body (server.tomcat.max-swallow-size) at the pace of the
     * very client that was too slow, keeping its thread after all. This valve tells it not to: the connection is
     * closed once the answer is sent. The servlet API has no word for that, hence a valve.
     */
    static final class Loslaten extends ValveBase {

        Loslaten() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            getNext().invoke(request, response);
            if (request.getAttribute(LOSLATEN) != null) {
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }

    @Component
    static final class Klep implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
        @Override
        public void customize(TomcatServletWebServerFactory tomcat) {
            tomcat.addContextValves(new Loslaten());
        }
    }

    private static final class TeGroot extends RuntimeException {
        TeGroot() {
            super(null, null, false, false);
        }
    }
}
