package nl.trede.systeem;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments as a Dutch reader expects them: in Europe/Amsterdam, "29 november 2026 23:18". */
public final class Tijdstip {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter TEKST = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag("nl"))
            .withZone(NEDERLAND);

    private Tijdstip() {
    }

    public static String tekst(Instant moment) {
        return TEKST.format(moment);
    }
}
