package nl.trede.systeem;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The errors of one import, collected instead of stopping at the first so a user fixes a file in one
 * go. Only the first {@value #GETOOND} are kept; the rest are counted, so a file of millions of bad
 * rows costs neither memory nor a response of hundreds of megabytes.
 */
public final class Fouten {

    /** How many errors a page or problem+json lists; one more line gives the count of the rest. */
    public static final int GETOOND = 100;
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final List<Invoerfout> eerste = new ArrayList<>();
    private long aantal;

    public void voegToe(Invoerfout fout) {
        if (eerste.size() < GETOOND) {
            eerste.add(fout);
        }
        aantal++;
    }

    public void voegToe(Integer rij, String kolom, String melding) {
        voegToe(new Invoerfout(rij, kolom, melding));
    }

    public void voegToe(List<Invoerfout> fouten) {
        fouten.forEach(this::voegToe);
    }

    /** The errors of {@code andere}, each changed by {@code aanpassing} (say, to name its file), and its count. */
    public void neem(Fouten andere, java.util.function.UnaryOperator<Invoerfout> aanpassing) {
        andere.eerste.forEach(f -> voegToe(aanpassing.apply(f)));
        long nietBewaard = andere.aantal - andere.eerste.size();
        aantal += nietBewaard;
    }

    public boolean leeg() {
        return aantal == 0;
    }

    /** All errors found, also those not kept. */
    public long aantal() {
        return aantal;
    }

    /** The first {@value #GETOOND}, then one line "en nog 1.234 fouten" when there were more. */
    public List<Invoerfout> lijst() {
        if (aantal <= GETOOND) {
            return List.copyOf(eerste);
        }
        List<Invoerfout> lijst = new ArrayList<>(eerste);
        long rest = aantal - GETOOND;
        lijst.add(new Invoerfout(null, null, "en nog " + NumberFormat.getIntegerInstance(NL).format(rest)
                + (rest == 1 ? " fout" : " fouten")));
        return List.copyOf(lijst);
    }

    /** "1 fout", "2.345 fouten". */
    public static String tel(long aantal) {
        return NumberFormat.getIntegerInstance(NL).format(aantal) + (aantal == 1 ? " fout" : " fouten");
    }
}
