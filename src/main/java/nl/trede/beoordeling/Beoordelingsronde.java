package nl.trede.beoordeling;

import java.time.Instant;

/**
 * One assessment run: a period, a province (null: every gemeente with figures), its rules, who and when.
 * {@code voorlopig}: run before the period's peildatum, on figures that are not final; it is marked as
 * such everywhere and never counts as the previous trede of the next period.
 */
public record Beoordelingsronde(long id, String periode, String provincieCode, String provincie,
                                String regelsetVersie, String droolsVersie, String tredeVersie,
                                String gestartDoor, Instant gestartOp, boolean voorlopig, int aantal) {
}
