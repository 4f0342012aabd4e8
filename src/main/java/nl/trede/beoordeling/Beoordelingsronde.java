package nl.trede.beoordeling;

import java.time.Instant;

/** One assessment run: a period, a province (null: every gemeente with figures), its rules, who and when. */
public record Beoordelingsronde(long id, String periode, String provincieCode, String provincie,
                                String regelsetVersie, String droolsVersie, String tredeVersie,
                                String gestartDoor, Instant gestartOp, int aantal) {
}
