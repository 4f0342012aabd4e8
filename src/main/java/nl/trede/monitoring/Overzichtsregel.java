package nl.trede.monitoring;

import java.util.Map;

/** A row of an overview table: a gemeente, province or total, with a cell per opgave. */
public record Overzichtsregel(String code, String naam, Map<OpgaveSoort, Cel> opgaven) {

    /** For templates: {@code regel.cel('ASIEL')}. */
    public Cel cel(String soort) {
        return opgaven.get(OpgaveSoort.valueOf(soort));
    }
}
