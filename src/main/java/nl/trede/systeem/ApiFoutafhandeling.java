package nl.trede.systeem;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Errors of the REST API as application/problem+json (RFC 9457), in Dutch. Before Spring Boot's own
 * problem-details advice, which would answer an oversized multipart upload in English.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiFoutafhandeling {

    private final DataSize maxBytes;

    ApiFoutafhandeling(@Value("${trede.invoer.max-bytes:10MB}") DataSize maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    ProblemDetail ongeldigeInvoer(OngeldigeInvoerException e) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                e.aantalTekst() + "; er is niets opgeslagen." + (e.aantal() > Fouten.GETOOND
                        ? " De eerste " + Fouten.GETOOND + " staan in 'fouten'." : ""));
        probleem.setTitle(e.getMessage());
        probleem.setType(URI.create("urn:trede:ongeldige-invoer"));
        probleem.setProperty("fouten", e.fouten());
        return probleem;
    }

    /** An upload over trede.invoer.max-bytes, refused by trede before reading it. */
    @ExceptionHandler(TeGrootException.class)
    ProblemDetail teGroot(TeGrootException e) {
        return teGroot(e.getMessage());
    }

    /**
     * A multipart upload over spring.servlet.multipart.max-file-size (the hard ceiling above
     * trede.invoer.max-bytes), refused by Tomcat while parsing it; reaches this advice because multipart
     * is resolved lazily.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail teGroot(MaxUploadSizeExceededException e) {
        return teGroot(new TeGrootException(maxBytes, -1).getMessage());
    }

    private static ProblemDetail teGroot(String melding) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, melding);
        probleem.setTitle("Bestand te groot");
        probleem.setType(URI.create("urn:trede:te-groot"));
        return probleem;
    }

    @ExceptionHandler(NietGevondenException.class)
    ProblemDetail nietGevonden(NietGevondenException e) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        probleem.setTitle("Niet gevonden");
        return probleem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail onjuistVerzoek(IllegalArgumentException e) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        probleem.setTitle("Onjuist verzoek");
        return probleem;
    }
}
