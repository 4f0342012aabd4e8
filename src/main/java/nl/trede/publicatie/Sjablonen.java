package nl.trede.publicatie;

import java.time.Instant;
import nl.trede.regels.Regelset;
import nl.trede.regels.RegelsetService;
import org.springframework.stereotype.Component;

/**
 * The template of a document, from the domain {@code rules/brieven/} as it was in use at a moment: a letter is
 * rendered with the template in use when its beoordeling was vastgesteld, so it reads the same when fetched
 * again after a policy writer changed the template.
 */
@Component
class Sjablonen {

    static final String DOMEIN = "brieven";

    private final RegelsetService regelsets;

    Sjablonen(RegelsetService regelsets) {
        this.regelsets = regelsets;
    }

    /** A template's path, text and the version of {@code brieven} it comes from. */
    record Sjabloon(String pad, String tekst, String versie) {

        /** "brieven/toezichtbrief.html uit brieven 1a2b3c4d5e6f": for the footer. */
        String herkomst() {
            return pad + " uit " + DOMEIN + " " + versie.substring(0, 12);
        }
    }

    Sjabloon op(Instant moment, String pad) {
        Regelset brieven = regelsets.inGebruikOp(DOMEIN, moment);
        String tekst = brieven.bestanden().get(pad);
        if (tekst == null) {
            throw new IllegalStateException("De sjablonen in gebruik (" + DOMEIN + " " + brieven.korteVersie() + ") hebben geen "
                    + pad + "; zet het terug in rules/" + DOMEIN + "/ en activeer de regels.");
        }
        return new Sjabloon(pad, tekst, brieven.versie());
    }
}
