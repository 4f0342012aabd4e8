package nl.trede.publicatie;

import nl.trede.beoordeling.Beoordelingsronde;
import nl.trede.regels.RegelsetService;
import org.springframework.stereotype.Component;

/**
 * The template of a document, taken from the rule-set version of the ronde it is about: a letter is rendered
 * as the template read when the gemeente was judged. A version stored before templates were part of the rule
 * set has none; then the active version's template is used, and the document says which.
 */
@Component
class Sjablonen {

    private final RegelsetService regelsets;

    Sjablonen(RegelsetService regelsets) {
        this.regelsets = regelsets;
    }

    /** A template's path, text and the rule-set version it comes from. */
    record Sjabloon(String pad, String tekst, String versie) {
    }

    Sjabloon van(Beoordelingsronde ronde, String pad) {
        String tekst = regelsets.versie(ronde.regelsetVersie()).bestanden().get(pad);
        if (tekst != null) {
            return new Sjabloon(pad, tekst, ronde.regelsetVersie());
        }
        var actief = regelsets.actief();
        String huidig = actief.bestanden().get(pad);
        if (huidig == null) {
            throw new IllegalStateException("De regelset in gebruik (" + actief.korteVersie() + ") heeft geen " + pad);
        }
        return new Sjabloon(pad, huidig, actief.versie());
    }
}
