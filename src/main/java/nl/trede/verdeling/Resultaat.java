package nl.trede.verdeling;

import java.util.List;
import nl.trede.regels.GevuurdeRegel;

/**
 * What the allocation gave, before it is stored. Percentages are decimal fractions with four
 * decimals (0.4321 is 43.21%) of the indicatieve verdeling.
 */
record Resultaat(List<GemeenteUitkomst> gemeenten, SoortUitkomst regulier, SoortUitkomst amv,
                 List<GevuurdeRegel> gevuurd) {

    SoortUitkomst van(Soort soort) {
        return soort == Soort.REGULIER ? regulier : amv;
    }
}
