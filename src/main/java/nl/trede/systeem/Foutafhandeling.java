package nl.trede.systeem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of a page or an API call, in Dutch. A call under {@code /api/} gets
 * application/problem+json (RFC 9457); a page gets the error page with the shared header (rendered by
 * {@link FoutController} after {@code sendError}), with the same words. An unknown id is 404, a value
 * of the wrong kind 400, never a 500.
 */
@ControllerAdvice
class Foutafhandeling extends ResponseEntityExceptionHandler {

    /** The Dutch message for the error page, handed from here to {@link FoutController} as a request attribute. */
    static final String MELDING = Foutafhandeling.class.getName() + ".melding";
    private static final int LANGSTE_MELDING = 1000;

    private final DataSize maxBytes;

    Foutafhandeling(@Value("${trede.invoer.max-bytes:10MB}") DataSize maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    ResponseEntity<Object> ongeldigeInvoer(OngeldigeInvoerException e, WebRequest request) {
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, e.aantalTekst() + "; er is niets opgeslagen."
                + (e.aantal() > Fouten.GETOOND ? " De eerste " + Fouten.GETOOND + " staan in 'fouten'." : ""));
        probleem.setTitle(e.getMessage());
        probleem.setType(URI.create("urn:trede:ongeldige-invoer"));
        probleem.setProperty("fouten", e.fouten());
        return antwoord(probleem, new HttpHeaders(), status, request);
    }

    /** An upload over trede.invoer.max-bytes, refused by trede before reading it. */
    @ExceptionHandler(TeGrootException.class)
    ResponseEntity<Object> teGroot(TeGrootException e, WebRequest request) {
        return antwoord(teGroot(e.getMessage()), new HttpHeaders(), HttpStatus.CONTENT_TOO_LARGE, request);
    }

    /**
     * A multipart upload over spring.servlet.multipart.max-file-size (the hard ceiling above
     * trede.invoer.max-bytes), refused by Tomcat while parsing it; reaches this advice because multipart
     * is resolved lazily. Answered with the same words as {@link TeGrootException}.
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return antwoord(teGroot(new TeGrootException(maxBytes, -1).getMessage()), headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    private static ProblemDetail teGroot(String melding) {
        ProblemDetail probleem = probleem(HttpStatus.CONTENT_TOO_LARGE, melding);
        probleem.setTitle("Bestand te groot");
        probleem.setType(URI.create("urn:trede:te-groot"));
        return probleem;
    }

    @ExceptionHandler(NietGevondenException.class)
    ResponseEntity<Object> nietGevonden(NietGevondenException e, WebRequest request) {
        return antwoord(probleem(HttpStatus.NOT_FOUND, e.getMessage()), new HttpHeaders(), HttpStatus.NOT_FOUND, request);
    }

    /** Someone else changed it since the user looked, or it is final: 409, saying who and when. */
    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
        return antwoord(probleem(HttpStatus.CONFLICT, e.getMessage()), new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    /** Not for this user, beyond the role (four eyes): 403, saying who may. */
    @ExceptionHandler(GeweigerdException.class)
    ResponseEntity<Object> geweigerd(GeweigerdException e, WebRequest request) {
        return antwoord(probleem(HttpStatus.FORBIDDEN, e.getMessage()), new HttpHeaders(), HttpStatus.FORBIDDEN, request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> onjuistVerzoek(IllegalArgumentException e, WebRequest request) {
        return antwoord(probleem(HttpStatus.BAD_REQUEST, e.getMessage()), new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** A file upload sent as something else than a form with a file: the user's mistake, not trede's. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> geenBestand(MultipartException e, WebRequest request) {
        return antwoord(probleem(HttpStatus.BAD_REQUEST, "Hier hoort een bestand bij: stuur een formulier met een bestand "
                + "(multipart/form-data)."), new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** Spring's own errors (unreadable JSON, wrong media type, missing parameter, ...): the same status, Dutch words. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        String detail = Foutmeldingen.detail(e);
        return antwoord(probleem(status, detail != null ? detail : Foutmeldingen.watTeDoen(status.value())), headers,
                status, request);
    }

    /**
     * A message may quote what was sent (a period, an id); a megabyte sent is not worth a megabyte back.
     */
    static ProblemDetail probleem(HttpStatusCode status, String detail) {
        String kort = detail != null && detail.length() > LANGSTE_MELDING
                ? detail.substring(0, LANGSTE_MELDING) + " ... (ingekort)" : detail;
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, kort);
        probleem.setTitle(Foutmeldingen.titel(status.value()));
        return probleem;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static ResponseEntity<Object> antwoord(ProblemDetail probleem, HttpHeaders headers, HttpStatusCode status,
                                                   WebRequest request) {
        ServletWebRequest servlet = (ServletWebRequest) request;
        HttpServletResponse response = servlet.getResponse();
        if (response == null || response.isCommitted()) {
            return null;
        }
        if (isApi(servlet.getRequest())) {
            return new ResponseEntity<>(probleem, headers, status);
        }
        boolean eigenTitel = !Foutmeldingen.titel(status.value()).equals(probleem.getTitle());
        servlet.getRequest().setAttribute(MELDING, eigenTitel ? probleem.getTitle() + ": " + probleem.getDetail() : probleem.getDetail());
        try {
            response.sendError(status.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
