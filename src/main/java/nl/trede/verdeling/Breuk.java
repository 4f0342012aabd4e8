package nl.trede.verdeling;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact non-negative fraction. The common percentage and the shares below their room are fractions
 * with the same denominator (the sum of the indicatieve verdeling of the gemeenten being topped up),
 * so they add up to the restopgave exactly; doubles would drift and rounding would then miss by one.
 */
record Breuk(long teller, long noemer) implements Comparable<Breuk> {

    static final Breuk NUL = new Breuk(0, 1);
    static final Breuk EEN = new Breuk(1, 1);

    Breuk {
        if (noemer <= 0) {
            throw new IllegalArgumentException("noemer " + noemer);
        }
    }

    long heel() {
        return Math.floorDiv(teller, noemer);
    }

    /** What is left after the whole part, as a numerator over the same denominator. */
    long rest() {
        return Math.floorMod(teller, noemer);
    }

    boolean positief() {
        return teller > 0;
    }

    BigDecimal decimaal(int schaal) {
        return BigDecimal.valueOf(teller).divide(BigDecimal.valueOf(noemer), schaal, RoundingMode.HALF_EVEN);
    }

    /**
     * Compares the cross products in 128 bits: a share's numerator times another denominator can pass
     * a long (both are products of counts), and comparing must never fail.
     */
    @Override
    public int compareTo(Breuk ander) {
        long links = teller * ander.noemer;
        long rechts = ander.teller * noemer;
        int hoog = Long.compare(Math.multiplyHigh(teller, ander.noemer), Math.multiplyHigh(ander.teller, noemer));
        return hoog != 0 ? hoog : Long.compareUnsigned(links, rechts);
    }
}
