package nl.trede.systeem;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the REST API as application/problem+json (RFC 9457), in Dutch. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiFoutafhandeling {

    @ExceptionHandler(OngeldigeInvoerException.class)
    ProblemDetail ongeldigeInvoer(OngeldigeInvoerException e) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                e.fouten().size() + (e.fouten().size() == 1 ? " fout" : " fouten") + "; er is niets opgeslagen.");
        probleem.setTitle(e.getMessage());
        probleem.setType(URI.create("urn:trede:ongeldige-invoer"));
        probleem.setProperty("fouten", e.fouten());
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
