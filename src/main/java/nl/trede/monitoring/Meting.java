package nl.trede.monitoring;

import java.math.BigDecimal;
import nl.trede.regels.Feit;

/**
 * A fact for the signal rules: a realisatie as a percentage of its schema, or an opgave of 0
 * ({@code geenOpgave}, percentage null). {@code sleutel} ties the conclusion back to its area.
 */
@Feit("Meting")
public record Meting(String sleutel, boolean geenOpgave, BigDecimal percentage) {
}
