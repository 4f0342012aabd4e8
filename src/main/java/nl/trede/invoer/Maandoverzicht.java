package nl.trede.invoer;

import java.util.List;

/**
 * The COA monthly overview huisvesting vergunninghouders of one year, as read and checked: per
 * gemeente the first half-year (stand on 1 January, taakstelling, realisatie) and the second (stand on
 * 1 July, taakstelling, correcties, totaal, the realisatie per month July to December as far as known,
 * their sum and the achterstand or voorsprong after it). The overview's own sums have been checked.
 */
public record Maandoverzicht(int jaar, List<Regel> regels) {

    public Maandoverzicht {
        regels = List.copyOf(regels);
    }

    /**
     * One gemeente. {@code perMaand} holds July to December; an entry is null for a month left empty
     * (not yet known), which counts as 0 in {@code realisatieTot}.
     */
    public record Regel(int rij, String gemeente, int standJanuari, int taakstelling1, int realisatie1, int standJuli,
                        int taakstelling2, int correcties, int totaal2, List<Integer> perMaand, int realisatieTot,
                        int achterVoor) {

        public Regel {
            perMaand = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(perMaand));
        }
    }
}
