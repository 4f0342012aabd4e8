package nl.trede.regels;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A run, verdeling or page whose rule session ran past its budget, for every API: the rules are at
 * fault, not the request, so 500, with the rules that fired most, in Dutch. The caller computed
 * before it stored, so nothing was stored. Rules that cannot be used at all: 409.
 */
@RestControllerAdvice(annotations = RestController.class)
class RegelsOverschredenAfhandeling {

    @ExceptionHandler(RegelsOverschredenException.class)
    ProblemDetail overschreden(RegelsOverschredenException e) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                e.getMessage() + " Er is niets opgeslagen.");
        probleem.setTitle("De regels liepen uit de hand");
        probleem.setType(URI.create("urn:trede:regels-overschreden"));
        return probleem;
    }

    /**
     * Rules that cannot be used where a request needs them: a stored version changed after it was activated, or one
     * that today's check refuses. The rules' state is at fault, not the request: 409, naming every file.
     */
    @ExceptionHandler(OngeldigeRegelsetException.class)
    ProblemDetail ongeldig(OngeldigeRegelsetException e) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        probleem.setTitle("De regels zijn niet te gebruiken");
        probleem.setType(URI.create("urn:trede:regels-ongeldig"));
        probleem.setProperty("fouten", e.fouten());
        return probleem;
    }
}
