package nl.trede.regels;

import java.time.Instant;
import java.util.List;

/**
 * At start-up the rules of a domain in {@code rules/} were refused, and trede runs that domain on the last
 * version that passed validation before: which version was refused and why, and which one is in use since when.
 * Shown on every page to policy writers until a rule set is activated.
 */
public record Terugval(String domein, String geweigerdeVersie, String bron, List<Regelsetfout> fouten, String actieveVersie,
                       Instant sinds) {

    public String korteGeweigerdeVersie() {
        return geweigerdeVersie.substring(0, 12);
    }

    public String korteActieveVersie() {
        return actieveVersie.substring(0, 12);
    }
}
