package nl.trede.invoer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.trede.bestand.Bestandslimieten;
import nl.trede.bestand.CsvSchrijver;
import nl.trede.bestand.Tabel;
import nl.trede.bestand.XlsxSchrijver;
import org.springframework.core.io.ClassPathResource;

/**
 * The example files of the page: the COA monthly overview of Drenthe 2025 (the demo file, as CSV and
 * as xlsx) and our own layout with three of its gemeenten for 2025-1. Each is accepted as it is.
 */
final class Voorbeelden {

    /** The one copy of the overview; the demo imports it, monitoring reads it too. */
    static final String MAANDOVERZICHT = "demo/drenthe-huisvesting-2025.csv";

    private Voorbeelden() {
    }

    static byte[] maandoverzichtCsv() {
        try {
            return new ClassPathResource(MAANDOVERZICHT).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] maandoverzichtXlsx() {
        return Xlsx.MAANDOVERZICHT.clone();
    }

    /** Written once, on first download: the example never changes and a workbook costs milliseconds to write. */
    private static final class Xlsx {
        static final byte[] MAANDOVERZICHT = schrijf();

        private static byte[] schrijf() {
            Tabel tabel = Tabel.lees(maandoverzichtCsv(), Bestandslimieten.STANDAARD);
            return XlsxSchrijver.schrijf("Maandoverzicht", tabel.kop(), waarden(tabel));
        }
    }

    /** Our layout: Aa en Hunze, Assen and Borger-Odoorn in 2025-1 as the overview gives them. */
    static byte[] eigenIndelingCsv() {
        Tabel overzicht = Tabel.lees(maandoverzichtCsv(), Bestandslimieten.STANDAARD);
        List<List<String>> rijen = overzicht.rijen().subList(0, 3).stream()
                .map(r -> List.of(r.tekst("gemeente"), "2025-1", r.tekst("taakstelling_2025_1"),
                        r.tekst("stand_2025_01_01"), "0", r.tekst("realisatie_2025_1"), "", ""))
                .toList();
        return CsvSchrijver.schrijf(HuisvestingLezer.CSV_KOLOMMEN, rijen).getBytes(StandardCharsets.UTF_8);
    }

    private static List<List<String>> waarden(Tabel tabel) {
        return tabel.rijen().stream().map(r -> tabel.kop().stream().map(r::tekst).toList()).toList();
    }
}
