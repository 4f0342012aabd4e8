package nl.trede.verdeling;

import java.math.BigDecimal;
import nl.trede.regels.Feit;

/**
 * Fact: a gemeente's exact share of one kind of restopgave in a round of step 4b, before rounding,
 * for the minimum-share rule. {@code heleplaatsen} is the share rounded down: a share is below a
 * whole minimum exactly when its whole part is, so the rule compares whole numbers. Only positive
 * shares are facts: a share of 0 is no share and cannot fall below the minimum. {@code begrensd}:
 * the share is all the room the gemeente's total indicatieve verdeling (regular plus amv) leaves.
 */
@Feit("VoorlopigAandeel")
public record VoorlopigAandeel(String gemeente, Soort soort, int ronde, BigDecimal plaatsen, int heleplaatsen,
                               boolean begrensd) {
}
