package nl.trede.kern;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The CBS code of a gemeente: {@code GM} and four digits ({@code GM0344}), as CBS writes it. */
public record GemeenteCode(String waarde) {

    private static final Pattern VORM = Pattern.compile("GM\\d{4}");

    public GemeenteCode {
        if (waarde == null || !VORM.matcher(waarde).matches()) {
            throw ongeldig(waarde);
        }
    }

    /** The code in {@code tekst}, also written in lower case or with spaces around it; empty when it is none. */
    public static Optional<GemeenteCode> lees(String tekst) {
        String code = tekst == null ? "" : tekst.trim().toUpperCase(Locale.ROOT);
        return VORM.matcher(code).matches() ? Optional.of(new GemeenteCode(code)) : Optional.empty();
    }

    /** The code in {@code tekst}, or a Dutch error saying what a code looks like. */
    public static GemeenteCode van(String tekst) {
        return lees(tekst).orElseThrow(() -> ongeldig(tekst));
    }

    /** Input is echoed cut short: a parameter can be as long as an attacker likes. */
    private static IllegalArgumentException ongeldig(String tekst) {
        String getoond = tekst == null ? "" : tekst.length() > 20 ? tekst.substring(0, 20) + "…" : tekst;
        return new IllegalArgumentException(
                "'" + getoond + "' is geen gemeentecode; een CBS-code is GM met vier cijfers, zoals GM0344");
    }

    @Override
    public String toString() {
        return waarde;
    }
}
