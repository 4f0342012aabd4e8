package nl.trede.bestand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV writer of every export: comma-separated, a value quoted only when it holds a comma, quote
 * or line break (RFC 4180, with Commons CSV), one line per row ending in LF; null as an empty value.
 */
public final class CsvSchrijver {

    private static final CSVFormat FORMAAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.MINIMAL).setNullString("").get();

    private CsvSchrijver() {
    }

    /** The header, then every row. */
    public static String schrijf(List<String> kop, List<? extends List<?>> rijen) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, FORMAAT)) {
            printer.printRecord(kop);
            for (List<?> rij : rijen) {
                printer.printRecord(rij);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }
}
