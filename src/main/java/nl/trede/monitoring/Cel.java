package nl.trede.monitoring;

import java.math.BigDecimal;

/** One opgave in a row of an overview: opgave (the schema on the peildatum), realisatie, verschil, signal. */
public record Cel(BigDecimal opgave, Integer realisatie, BigDecimal verschil, BigDecimal percentage, Signaal signaal) {

    static Cel van(Stand s) {
        return new Cel(s.schema(), s.realisatie(), s.verschil(), s.percentage(), s.signaal());
    }

    public boolean leeg() {
        return opgave == null && realisatie == null;
    }
}
