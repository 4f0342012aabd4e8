package nl.trede.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An opgave of one area: the old opgave on its date and the new one on its date. For huisvesting
 * the composition of the totaalopgave is kept as the COA overview prints it (stand, taakstelling,
 * correcties); elsewhere those are null.
 */
record Opgave(OpgaveSoort soort, String gebied, int oudeOpgave, LocalDate oudeDatum, int nieuweOpgave,
              LocalDate nieuweDatum, Verloop verloop, Integer standBegin, Integer taakstelling, Integer correcties,
              String bron) {

    private static final int SCHAAL = 10;

    /**
     * The indicatief schema on {@code peildatum}: the old opgave up to its date, the new one from its
     * date, and in between the straight line, exact to the day (or to the whole month).
     */
    BigDecimal schemaOp(LocalDate peildatum) {
        if (!peildatum.isAfter(oudeDatum)) {
            return BigDecimal.valueOf(oudeOpgave);
        }
        if (!peildatum.isBefore(nieuweDatum)) {
            return BigDecimal.valueOf(nieuweOpgave);
        }
        ChronoUnit eenheid = verloop == Verloop.MAAND ? ChronoUnit.MONTHS : ChronoUnit.DAYS;
        BigDecimal verstreken = BigDecimal.valueOf(eenheid.between(oudeDatum, peildatum));
        BigDecimal looptijd = BigDecimal.valueOf(eenheid.between(oudeDatum, nieuweDatum));
        BigDecimal stijging = BigDecimal.valueOf((long) nieuweOpgave - oudeOpgave).multiply(verstreken)
                .divide(looptijd, SCHAAL, RoundingMode.HALF_UP);
        return zonderNullen(BigDecimal.valueOf(oudeOpgave).add(stijging));
    }

    /** The opgave whose line holds on {@code peildatum} among several of one area: the latest begun. */
    boolean begonnenOp(LocalDate peildatum) {
        return !oudeDatum.isAfter(peildatum);
    }

    /** 87300.0000000000 as 87300, never as 8.73E+4. */
    static BigDecimal zonderNullen(BigDecimal getal) {
        BigDecimal kort = getal.stripTrailingZeros();
        return kort.scale() < 0 ? kort.setScale(0) : kort;
    }
}
