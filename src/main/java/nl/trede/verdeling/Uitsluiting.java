package nl.trede.verdeling;

import nl.trede.regels.Feit;

/** Conclusion of a rule: a gemeente takes no part in the restopgave of the kinds named, and why. */
@Feit("Uitsluiting")
public record Uitsluiting(String gemeente, Criterium criterium, boolean regulier, boolean amv, String uitleg) {

    public static Uitsluiting beide(String gemeente, Criterium criterium, String uitleg) {
        return new Uitsluiting(gemeente, criterium, true, true, uitleg);
    }

    public static Uitsluiting alleen(Soort soort, String gemeente, Criterium criterium, String uitleg) {
        return new Uitsluiting(gemeente, criterium, soort == Soort.REGULIER, soort == Soort.AMV, uitleg);
    }

    public boolean geldtVoor(Soort soort) {
        return soort == Soort.REGULIER ? regulier : amv;
    }
}
