package nl.trede.bestand;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One row of a {@link Tabel}, read by column name. Every cell that is not what its column needs
 * becomes an error on this row, with one set of Dutch messages for every import; a value is never
 * guessed ("1.5" is not read as 15, nor 12.5 rounded to 13).
 */
public final class Rij {

    private static final Pattern GEHEEL = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAAL_PUNT = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern DECIMAAL_KOMMA = Pattern.compile("[+-]?\\d+(,\\d+)?");
    private static final Pattern DECIMAAL_BEIDE = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
    /** Longer is no number anyone means, and is not worth parsing. */
    private static final int LANGSTE_GETAL = 30;
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final Tabel tabel;
    private final int nummer;
    private final List<Cel> cellen;
    private boolean foutGevonden;

    Rij(Tabel tabel, int nummer, List<Cel> cellen) {
        this.tabel = tabel;
        this.nummer = nummer;
        this.cellen = cellen;
    }

    /** The line (CSV, blank lines counted) or spreadsheet row this row has in the file. */
    public int nummer() {
        return nummer;
    }

    /** Whether any cell of this row was refused. */
    public boolean foutGevonden() {
        return foutGevonden;
    }

    /**
     * Whether more errors were found than are shown: a caller may then skip work that only makes a
     * message better (such as suggesting names), so a file of 100,000 bad rows costs seconds, not minutes.
     */
    public boolean foutenVol() {
        return tabel.fouten().aantal() >= nl.trede.systeem.Fouten.GETOOND;
    }

    /** An error on this row, in {@code kolom}. */
    public void fout(String kolom, String melding) {
        tabel.fouten().voegToe(nummer, kolom == null ? null : tabel.label(kolom), melding);
        foutGevonden = true;
    }

    private Cel cel(String kolom) {
        return tabel.positie(kolom).filter(i -> i < cellen.size()).map(cellen::get).orElse(Cel.LEEG);
    }

    public boolean leeg(String kolom) {
        return cel(kolom).leeg();
    }

    /** The text, trimmed; "" when empty or the column is absent. A number cell gives its digits. */
    public String tekst(String kolom) {
        Cel cel = cel(kolom);
        if (cel instanceof Cel.Tekst t) {
            return t.tekst().strip();
        }
        if (cel instanceof Cel.Getal g) {
            return g.getal().stripTrailingZeros().toPlainString();
        }
        return cel instanceof Cel.Datum d ? d.datum().toString() : "";
    }

    /** A required whole number within {@code bereik}; null, with an error, when it is not. */
    public Integer geheel(String kolom, Bereik bereik) {
        if (leeg(kolom)) {
            fout(kolom, "Vul " + kolom + " in: een geheel getal");
            return null;
        }
        return geheelOfLeeg(kolom, bereik);
    }

    /** An optional whole number within {@code bereik}: null when empty, and null with an error when wrong. */
    public Integer geheelOfLeeg(String kolom, Bereik bereik) {
        BigInteger getal = getal(kolom, tekst -> geheelUitTekst(kolom, tekst), waarde -> geheelUitGetal(kolom, waarde));
        if (getal == null) {
            return null;
        }
        if (getal.compareTo(BigInteger.valueOf(bereik.min())) < 0 || getal.compareTo(BigInteger.valueOf(bereik.max())) > 0) {
            fout(kolom, kolom + " is " + getal + ", maar " + (bereik.min() == 0 && getal.signum() < 0
                    ? "kan niet negatief zijn" : "moet liggen tussen " + bereik.min() + " en " + bereik.max()));
            return null;
        }
        return getal.intValueExact();
    }

    private BigInteger geheelUitTekst(String kolom, String tekst) {
        Optional<BigInteger> getal = geheel(tekst);
        if (getal.isEmpty()) {
            fout(kolom, geenGeheelGetal(tekst));
        }
        return getal.orElse(null);
    }

    /** Only digits, a sign in front allowed: "1.5", "1,5", "2e3" and "1.500" are not whole numbers. */
    public static Optional<BigInteger> geheel(String tekst) {
        String getal = tekst.strip();
        if (getal.length() > LANGSTE_GETAL || !GEHEEL.matcher(getal).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigInteger(getal.startsWith("+") ? getal.substring(1) : getal));
    }

    /** The one message for text that is not a whole number. */
    public static String geenGeheelGetal(String tekst) {
        return "'" + kort(tekst.strip()) + "' is geen geheel getal; schrijf alleen cijfers, zonder punt, komma of "
                + "spatie (een min-teken mag vooraan)";
    }

    private BigInteger geheelUitGetal(String kolom, BigDecimal getal) {
        try {
            return getal.toBigIntegerExact();
        } catch (ArithmeticException e) {
            fout(kolom, "'" + nederlands(getal) + "' is geen geheel getal; vul een geheel aantal in (de cel heeft "
                    + "een deel achter de komma, ook als de opmaak dat verbergt)");
            return null;
        }
    }

    /**
     * An optional decimal number within {@code bereik}. In a CSV file the decimal sign follows the
     * separator (a comma-separated file has a decimal point, a semicolon-separated one a decimal comma,
     * as Excel writes them); no thousands separators, no exponent.
     */
    public BigDecimal decimaalOfLeeg(String kolom, Bereik bereik) {
        BigDecimal getal = getal(kolom, tekst -> decimaalUitTekst(kolom, tekst), waarde -> waarde);
        if (getal != null && (getal.compareTo(BigDecimal.valueOf(bereik.min())) < 0
                || getal.compareTo(BigDecimal.valueOf(bereik.max())) > 0)) {
            fout(kolom, kolom + " is " + nederlands(getal) + ", maar moet liggen tussen " + bereik.min() + " en "
                    + bereik.max());
            return null;
        }
        return getal;
    }

    private BigDecimal decimaalUitTekst(String kolom, String tekst) {
        Pattern vorm = tabel.soort() == Tabel.Soort.CSV_KOMMA ? DECIMAAL_PUNT
                : tabel.soort() == Tabel.Soort.CSV_PUNTKOMMA ? DECIMAAL_KOMMA : DECIMAAL_BEIDE;
        if (tekst.length() > LANGSTE_GETAL || !vorm.matcher(tekst).matches()) {
            String teken = switch (tabel.soort()) {
                case CSV_KOMMA -> "een punt als decimaalteken (in een bestand met komma's tussen de waarden)";
                case CSV_PUNTKOMMA -> "een komma als decimaalteken (in een bestand met puntkomma's tussen de waarden)";
                case XLSX -> "een komma of punt als decimaalteken";
            };
            fout(kolom, "'" + kort(tekst) + "' is geen getal; schrijf cijfers met " + teken
                    + ", zonder scheiding van duizendtallen");
            return null;
        }
        return new BigDecimal(tekst.replace(',', '.'));
    }

    /** A required date: JJJJ-MM-DD as text, or a date cell of a spreadsheet. */
    public LocalDate datum(String kolom) {
        Cel cel = cel(kolom);
        if (cel instanceof Cel.Datum d) {
            return d.datum();
        }
        if (cel instanceof Cel.Onleesbaar o) {
            fout(kolom, onleesbaar(o));
            return null;
        }
        if (cel.leeg()) {
            fout(kolom, "Vul " + kolom + " in: een datum als JJJJ-MM-DD");
            return null;
        }
        String tekst = tekst(kolom);
        try {
            return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            fout(kolom, "'" + kort(tekst) + "' is geen datum; verwacht JJJJ-MM-DD");
            return null;
        }
    }

    /**
     * A required value of the caller's own kind (a period, a gemeente code...): {@code lees} gives it
     * from the trimmed text, {@code melding} says, for text it refuses, what was expected.
     */
    public <T> T waarde(String kolom, Function<String, Optional<T>> lees, Function<String, String> melding) {
        String tekst = tekst(kolom);
        Optional<T> waarde = tekst.isEmpty() ? Optional.empty() : lees.apply(tekst);
        if (waarde.isEmpty()) {
            fout(kolom, melding.apply(kort(tekst)));
        }
        return waarde.orElse(null);
    }

    /**
     * A number from text or from a number cell; null for an empty cell, and null with an error for a
     * date or an error value where a number belongs.
     */
    private <T> T getal(String kolom, Function<String, T> uitTekst, Function<BigDecimal, T> uitGetal) {
        Cel cel = cel(kolom);
        if (cel instanceof Cel.Tekst t && !t.tekst().isBlank()) {
            return uitTekst.apply(t.tekst().strip());
        }
        if (cel instanceof Cel.Getal g) {
            return uitGetal.apply(g.getal());
        }
        if (cel instanceof Cel.Datum d) {
            fout(kolom, "De cel bevat de datum " + d.datum() + ", geen getal; geef de cel de opmaak Getal of Standaard");
        } else if (cel instanceof Cel.Onleesbaar o) {
            fout(kolom, onleesbaar(o));
        }
        return null;
    }

    private static String onleesbaar(Cel.Onleesbaar cel) {
        return "De cel bevat " + cel.reden() + "; vul er een waarde in";
    }

    private static String kort(String tekst) {
        return tekst.length() <= LANGSTE_GETAL ? tekst : tekst.substring(0, LANGSTE_GETAL) + "…";
    }

    private static String nederlands(BigDecimal getal) {
        DecimalFormat opmaak = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(NL));
        return opmaak.format(getal);
    }
}
