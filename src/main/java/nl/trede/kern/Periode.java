package nl.trede.kern;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A taakstelling period: a half-year, written {@code 2024-1} (1 January to 1 July 2024) or
 * {@code 2024-2} (1 July 2024 to 1 January 2025). The end date is the peildatum of the assessment.
 */
public record Periode(int jaar, int helft) implements Comparable<Periode> {

    private static final Pattern VORM = Pattern.compile("(\\d{4})-([12])");
    /** The taakstelling per half-year exists since the Huisvestingswet; later than this is a typo. */
    static final int EERSTE_JAAR = 2000;
    static final int LAATSTE_JAAR = 2099;

    public Periode {
        if (helft != 1 && helft != 2) {
            throw new IllegalArgumentException("Een periode is de eerste (1) of tweede (2) helft van een jaar");
        }
        if (jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
            throw new IllegalArgumentException("Jaar " + jaar + " valt buiten " + EERSTE_JAAR + "-" + LAATSTE_JAAR);
        }
    }

    /** {@code 2024-2}, or empty when the text is not a known period. */
    public static Optional<Periode> lees(String tekst) {
        Matcher m = tekst == null ? null : VORM.matcher(tekst.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int jaar = Integer.parseInt(m.group(1));
        if (jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
            return Optional.empty();
        }
        return Optional.of(new Periode(jaar, Integer.parseInt(m.group(2))));
    }

    public static Periode van(String tekst) {
        return lees(tekst).orElseThrow(() -> new IllegalArgumentException(
                "'" + tekst + "' is geen periode; schrijf het jaar en de helft, zoals 2024-1 of 2024-2"));
    }

    public LocalDate begin() {
        return LocalDate.of(jaar, helft == 1 ? 1 : 7, 1);
    }

    /** The peildatum: the first day after the period. */
    public LocalDate einde() {
        return helft == 1 ? LocalDate.of(jaar, 7, 1) : LocalDate.of(jaar + 1, 1, 1);
    }

    /** The half-year before, if it is one trede knows (the first period of 2000 has none). */
    public Optional<Periode> vorige() {
        return helft == 2 ? Optional.of(new Periode(jaar, 1))
                : jaar > EERSTE_JAAR ? Optional.of(new Periode(jaar - 1, 2)) : Optional.empty();
    }

    public Periode volgende() {
        return helft == 1 ? new Periode(jaar, 2) : new Periode(jaar + 1, 1);
    }

    /** "eerste helft 2025". */
    public String omschrijving() {
        return (helft == 1 ? "eerste" : "tweede") + " helft " + jaar;
    }

    @Override
    public int compareTo(Periode andere) {
        return jaar != andere.jaar ? Integer.compare(jaar, andere.jaar) : Integer.compare(helft, andere.helft);
    }

    @Override
    public String toString() {
        return jaar + "-" + helft;
    }
}
