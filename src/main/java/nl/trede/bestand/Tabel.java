package nl.trede.bestand;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.systeem.Fouten;
import org.apache.poi.ss.util.CellReference;

/**
 * A file of rows under a header row, read from CSV or xlsx. Every row keeps the number it has in the
 * file (the line of a CSV, blank lines counted; the row of a spreadsheet), and every error names that
 * number and the column. Columns are found by name, ignoring case, accents, spaces and underscores.
 */
public final class Tabel {

    /** How the file was written; the decimal sign of a text cell follows from it. */
    public enum Soort {
        /** CSV with commas between values: a decimal point. */
        CSV_KOMMA(',', "komma's"),
        /** CSV with semicolons, as Excel in a Dutch locale saves it: a decimal comma. */
        CSV_PUNTKOMMA(';', "puntkomma's"),
        /** An xlsx workbook: numbers are numbers; text typed as a number may use either sign. */
        XLSX('\0', null);

        final char scheiding;
        final String scheidingstekens;

        Soort(char scheiding, String scheidingstekens) {
            this.scheiding = scheiding;
            this.scheidingstekens = scheidingstekens;
        }
    }

    private final Soort soort;
    private final Integer kopregel;
    private final List<String> kop;
    private final Map<String, Integer> posities = new HashMap<>();
    private final Map<String, Optional<Integer>> gevraagd = new HashMap<>();
    private final List<Rij> rijen = new ArrayList<>();
    private final Fouten fouten;

    Tabel(Soort soort, Integer kopregel, List<String> kop, Fouten fouten) {
        this.soort = soort;
        this.kopregel = kopregel;
        this.kop = kop.stream().map(String::strip).toList();
        this.fouten = fouten;
        for (int i = 0; i < this.kop.size(); i++) {
            posities.putIfAbsent(Namen.sleutel(this.kop.get(i)), i);
        }
    }

    /** Reads CSV or xlsx, recognised by the bytes themselves, within {@code limieten}. */
    public static Tabel lees(byte[] inhoud, Bestandslimieten limieten) {
        if (XlsxLezer.isXls(inhoud)) {
            Fouten fouten = new Fouten();
            fouten.voegToe(1, null, "Dit is een werkboek in het oude Excel-formaat (.xls), dat trede niet leest. Sla het "
                    + "in Excel op als Excel-werkmap (.xlsx) of als CSV UTF-8 (door komma's gescheiden).");
            return new Tabel(Soort.XLSX, null, List.of(), fouten);
        }
        return XlsxLezer.isXlsx(inhoud) ? XlsxLezer.lees(inhoud, limieten) : CsvLezer.lees(inhoud, limieten);
    }

    void voegToe(int nummer, List<Cel> cellen) {
        rijen.add(new Rij(this, nummer, cellen));
    }

    public Soort soort() {
        return soort;
    }

    /** The errors of reading the file, and of every check on its rows since. */
    public Fouten fouten() {
        return fouten;
    }

    /** The line or row of the header; empty when the file had none. */
    public Optional<Integer> kopregel() {
        return Optional.ofNullable(kopregel);
    }

    /** The header names as written, trimmed. */
    public List<String> kop() {
        return kop;
    }

    /** The rows under the header, blank ones left out, each with its number in the file. */
    public List<Rij> rijen() {
        return rijen;
    }

    public boolean heeft(String kolom) {
        return posities.containsKey(Namen.sleutel(kolom));
    }

    Optional<Integer> positie(String kolom) {
        // Asked for every cell of every row: the key of a name is computed once per file.
        return gevraagd.computeIfAbsent(kolom, k -> Optional.ofNullable(posities.get(Namen.sleutel(k))));
    }

    /** A column as an error names it: its name, and in a spreadsheet also its letter ("realisatie (kolom F)"). */
    String label(String kolom) {
        Optional<Integer> positie = positie(kolom);
        return soort == Soort.XLSX && positie.isPresent() ? label(kolom, positie.get()) : kolom;
    }

    private String label(String naam, int positie) {
        return soort == Soort.XLSX ? naam + " (kolom " + CellReference.convertNumToColString(positie) + ")" : naam;
    }

    /**
     * Checks the header row: no column twice, none unknown (unless {@code overigeToegestaan}), every
     * required one present. {@code verwacht} lists the columns in the messages. True when it holds.
     */
    public boolean controleerKop(Collection<String> bekend, Collection<String> verplicht, boolean overigeToegestaan,
                                 String verwacht) {
        long voor = fouten.aantal();
        Map<String, String> bekendeSleutels = new HashMap<>();
        bekend.forEach(k -> bekendeSleutels.put(Namen.sleutel(k), k));
        Map<String, Integer> gezien = new HashMap<>();
        for (int i = 0; i < kop.size(); i++) {
            String naam = kop.get(i);
            String sleutel = Namen.sleutel(naam);
            if (sleutel.isEmpty() && overigeToegestaan) {
                continue;
            }
            if (gezien.putIfAbsent(sleutel, i) != null) {
                fouten.voegToe(kopregel, label(naam, i), "De kolom '" + naam + "' staat twee keer in de kopregel");
            } else if (!overigeToegestaan && !bekendeSleutels.containsKey(sleutel)) {
                fouten.voegToe(kopregel, naam.isEmpty() ? null : label(naam, i), "De kolom '" + naam
                        + "' is onbekend. Verwacht worden de kolommen " + verwacht + "." + scheidingHint(naam));
            }
        }
        verplicht.stream().filter(k -> !heeft(k)).forEach(k -> fouten.voegToe(kopregel, k, "De kolom '" + k
                + "' ontbreekt in de kopregel. Verwacht worden de kolommen " + verwacht + "."));
        return fouten.aantal() == voor;
    }

    /** A header cell holding another separator says how the file was probably saved. */
    private String scheidingHint(String naam) {
        if (naam.contains("\t")) {
            return " De waarden lijken met tabs gescheiden; sla het bestand op als CSV met komma's of puntkomma's.";
        }
        if (soort != Soort.XLSX && (naam.contains(",") || naam.contains(";") || naam.contains("|"))) {
            return " De kopregel lijkt een ander scheidingsteken te gebruiken dan de " + soort.scheidingstekens
                    + " die trede eruit afleidde; gebruik in het hele bestand hetzelfde: komma's of puntkomma's.";
        }
        return "";
    }
}
