package nl.trede.systeem;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Errors of the REST API as application/problem+json (RFC 9457), in Dutch. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiFoutafhandeling {

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

    /** A multipart upload over spring.servlet.multipart.max-file-size, refused by Spring while parsing it. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail teGroot(MaxUploadSizeExceededException e) {
        return teGroot("Het bestand is te groot: trede neemt ten hoogste "
                + (e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() / (1024 * 1024) + " MB " : "")
                + "per bestand aan. Er is niets opgeslagen.");
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
