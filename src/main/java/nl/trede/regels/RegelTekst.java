package nl.trede.regels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dutch phrasing shared by the rules' explanation lines ({@code import function} in DRL). */
public final class RegelTekst {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private RegelTekst() {
    }

    /** {@code 1 oktober 2024}. */
    public static String datum(LocalDate datum) {
        return datum == null ? "(onbekend)" : DATUM.format(datum);
    }

    /** A stand as the COA overview means it: positive is an achterstand, negative a voorsprong. */
    public static String stand(int stand) {
        if (stand > 0) {
            return "achterstand " + stand;
        }
        return stand < 0 ? "voorsprong " + (-stand) : "geen achterstand";
    }

    /** {@code 4.35} for 4.3470 with 2 decimals (half to even), written out without exponent. */
    public static String afgerond(BigDecimal getal, int decimalen) {
        return getal == null ? "(onbekend)" : getal.setScale(Math.max(0, Math.min(decimalen, 10)), RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code trede 1 -> 2}, or {@code blijft op trede 2}. */
    public static String overgang(int van, int naar) {
        return van == naar ? "blijft op trede " + naar : "trede " + van + " -> " + naar;
    }
}
