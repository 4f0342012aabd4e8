package nl.trede.invoer;

import java.time.Instant;
import nl.trede.kern.Periode;

/**
 * One stored version of the figures of a gemeente for a period. A later import adds a new version;
 * this one stays, with the moment it was recorded. {@code tijdigGekoppeld} and {@code vorigeTrede}
 * are null when the import left them empty.
 */
public record Periodecijfers(long id, long invoerId, String gemeente, Periode periode, int taakstelling,
                             int standBegin, int correcties, int realisatie, Integer tijdigGekoppeld,
                             Integer vorigeTrede, Instant geregistreerdOp) {
}
