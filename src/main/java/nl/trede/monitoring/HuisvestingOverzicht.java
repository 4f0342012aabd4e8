package nl.trede.monitoring;

import java.time.YearMonth;
import java.util.List;

/**
 * The COA monthly overview huisvesting vergunninghouders for a half-year (the notitie 'Stand van zaken realisatie opgaven' (Bestuurlijke PRT Drenthe, 19 November 2025)): per gemeente
 * the stand at the start, the taakstelling, correcties, the totaalopgave, the realisatie per month,
 * the realisatie so far and what is still open (positive an achterstand, negative a voorsprong).
 */
public record HuisvestingOverzicht(List<YearMonth> maanden, List<Regel> gemeenten, Regel totaal) {

    public record Regel(String code, String naam, Integer standBegin, Integer taakstelling, Integer correcties,
                        Integer totaal, List<Integer> perMaand, Cel cel) {

        /** Totaalopgave minus realisatie: the stand the COA overview prints as achter/voor. */
        public Integer achterVoor() {
            return totaal == null ? null : totaal - (cel.realisatie() == null ? 0 : cel.realisatie());
        }
    }
}
