package nl.trede.regels;

import java.time.Instant;
import java.util.List;

/**
 * One attempt to put a rule set in use: who, when, why, which version, whether it passed validation
 * and what the validation said: every line, and the problems to fix. Only a valid one became the
 * active rule set. {@code reden} is null for attempts from before a reason was asked.
 */
public record Activatie(long id, String versie, String door, Instant op, String reden, boolean geldig,
                        List<String> meldingen, List<Regelsetfout> fouten) {

    public String korteVersie() {
        return versie.substring(0, 12);
    }
}
