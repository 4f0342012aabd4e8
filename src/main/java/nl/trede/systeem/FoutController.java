package nl.trede.systeem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Instead of Spring Boot's English "Whitelabel Error Page": every error that reaches {@code /error}
 * (an unknown id, a 403 from security, an exception nobody caught) as a Dutch page with the shared
 * header, or as problem+json for a client that does not ask for HTML. It shows only words trede wrote
 * itself, never an exception's own message or a stack trace.
 */
@Controller
class FoutController implements ErrorController {

    private final Clock klok;

    FoutController(Optional<Clock> klok) {
        this.klok = klok.orElse(Clock.systemUTC());
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView pagina(HttpServletRequest request) {
        HttpStatus status = status(request);
        ModelAndView pagina = new ModelAndView("fout", status);
        pagina.addObject("status", status.value());
        pagina.addObject("titel", Foutmeldingen.titel(status.value()));
        pagina.addObject("melding", melding(request));
        pagina.addObject("watTeDoen", Foutmeldingen.watTeDoen(status.value()));
        pagina.addObject("tijdstip", Tijdstip.tekst(klok.instant()));
        return pagina;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> probleem(HttpServletRequest request) {
        HttpStatus status = status(request);
        String melding = melding(request);
        ProblemDetail probleem = Foutafhandeling.probleem(status, melding != null ? melding : Foutmeldingen.watTeDoen(status.value()));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String pad) {
            probleem.setInstance(URI.create(pad));
        }
        return ResponseEntity.status(status).body(probleem);
    }

    /** The status the error was sent with; /error asked for directly is not a page. */
    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : HttpStatus.NOT_FOUND;
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** The message trede wrote for this error (see {@link Foutafhandeling}), or null. */
    private static String melding(HttpServletRequest request) {
        return request.getAttribute(Foutafhandeling.MELDING) instanceof String melding ? melding : null;
    }
}
