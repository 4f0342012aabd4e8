package nl.trede.regels;

import java.time.Instant;
import java.util.List;

/**
 * One attempt to put the rules of a domain in use ({@code domein}: null for the whole rule set before
 * domains existed): who, when, why, which version, whether it passed validation
 * and what the validation said: every line, and the problems to fix. Only a valid one became the
 * active rule set. {@code reden} is null for attempts from before a reason was asked.
 */
public record Activatie(long id, String domein, String versie, String door, Instant op, String reden, boolean geldig,
                        List<String> meldingen, List<Regelsetfout> fouten) {

    public String korteVersie() {
        return versie.substring(0, 12);
    }
}
