package nl.trede.audit;

import java.util.List;

/**
 * Two runs of the same period compared per gemeente: what changed in the outcome, and which inputs
 * differ: other figures, other rules, other parameters, another engine version.
 */
public record Vergelijking(long rondeA, long rondeB, String periode, int gewijzigd, int gelijk, List<Gemeente> gemeenten) {

    public enum Oorzaak {
        CIJFERS("andere cijfers"), REGELS("andere regels"), PARAMETERS("andere parameters"), ENGINE("andere engineversie");

        private final String omschrijving;

        Oorzaak(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /** One input difference, with what exactly differs ("realisatie 12 -> 15"). */
    public record Verschil(Oorzaak oorzaak, String wat) {
    }

    public record Gemeente(String gemeente, String gemeenteNaam, Herhaling.Uitkomst a, Herhaling.Uitkomst b,
                           boolean gewijzigd, List<Verschil> verschillen) {
    }
}
