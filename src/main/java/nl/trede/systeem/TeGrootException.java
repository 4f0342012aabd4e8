package nl.trede.systeem;

import java.util.Locale;
import org.springframework.util.unit.DataSize;

/**
 * An upload over the size limit, refused before it is parsed: answered as 413 with one Dutch message,
 * whether trede's bounded read or Spring's multipart parsing found it too large.
 */
public class TeGrootException extends RuntimeException {

    /** {@code lengte} is the size of the upload when known, otherwise 0 or less. */
    public TeGrootException(DataSize max, long lengte) {
        super("Het bestand is te groot" + (lengte > 0 ? " (" + megabytes(lengte) + ")" : "") + ": trede neemt ten hoogste "
                + megabytes(max.toBytes()) + " per bestand aan. Er is niets opgeslagen. Splits het bestand, of laat "
                + "kolommen en werkbladen weg die niet over de cijfers gaan.");
    }

    /** "10 MB", "10,5 MB". */
    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) && bytes % (1024 * 1024) == 0 ? (long) mb + " MB"
                : String.format(Locale.forLanguageTag("nl-NL"), "%.1f MB", mb);
    }
}
