package nl.trede.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An opgave of an area on a peildatum: the schema (unrounded), the old and new opgave it runs
 * between, the realisatie, its percentage of the schema and the signal. Realisatie, percentage and
 * signal are null when no realisatie is known; percentage is null for an opgave of 0 (geen opgave).
 * Schema and the opgaven are null when the area has no opgave of this kind.
 */
public record Stand(OpgaveSoort opgave, String gebied, LocalDate peildatum, BigDecimal schema, Integer oudeOpgave,
                    LocalDate oudeDatum, Integer nieuweOpgave, LocalDate nieuweDatum, Integer realisatie,
                    BigDecimal percentage, Signaal signaal) {

    /** Realisatie minus schema: positive a voorsprong, negative an achterstand. */
    public BigDecimal verschil() {
        return schema == null || realisatie == null ? null : BigDecimal.valueOf(realisatie).subtract(schema);
    }

    /** The figures as a cell of an overview, for pages. */
    public Cel cel() {
        return Cel.van(this);
    }

    Stand metSignaal(BigDecimal percentage, Signaal signaal) {
        return new Stand(opgave, gebied, peildatum, schema, oudeOpgave, oudeDatum, nieuweOpgave, nieuweDatum,
                realisatie, percentage, signaal);
    }
}
