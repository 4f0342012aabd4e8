package nl.trede.bestand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import nl.trede.systeem.Fouten;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first worksheet of an xlsx workbook into a {@link Tabel}, streamed (POI's event API), so memory
 * does not grow with the sheet. Numbers stay numbers (a fraction where a whole number belongs is
 * refused, not rounded as the cell's format shows it), dates stay dates, a formula gives its cached
 * value. A zip bomb is refused by POI's {@link ZipSecureFile} limits, a huge sheet by the row limit.
 */
final class XlsxLezer {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** No part of a workbook trede reads is this large unpacked; 100,000 rows of 20 cells is about 60 MB. */
    private static final long GROOTSTE_DEEL = 100L * 1024 * 1024;
    /** Unpacked at most 100 times its packed size (POI's own default, set here so it is sure). */
    private static final double KLEINSTE_VERHOUDING = 0.01;
    static final int MAX_KOLOMMEN = 1000;
    /** Put before a number the formatter passes on; a character that XML text cannot hold. */
    private static final char MERK = '\u0000';
    private static final String FOUT = "ERROR:";

    static {
        ZipSecureFile.setMaxEntrySize(GROOTSTE_DEEL);
        ZipSecureFile.setMinInflateRatio(KLEINSTE_VERHOUDING);
    }

    private XlsxLezer() {
    }

    static boolean isXlsx(byte[] inhoud) {
        return begintMet(inhoud, ZIP);
    }

    /** The binary Excel 97-2003 format (.xls), which trede does not read. */
    static boolean isXls(byte[] inhoud) {
        return begintMet(inhoud, OLE2);
    }

    static Tabel lees(byte[] inhoud, Bestandslimieten limieten) {
        Fouten fouten = new Fouten();
        Verzamelaar verzamelaar = new Verzamelaar(limieten.maxRijen(), fouten);
        Path bestand = tijdelijk(inhoud);
        // From a file, POI unpacks only the parts it reads, each within the ZipSecureFile limits.
        try (OPCPackage pakket = OPCPackage.open(bestand.toFile(), PackageAccess.READ)) {
            XSSFReader werkboek = new XSSFReader(pakket);
            XSSFReader.SheetIterator bladen = werkboek.getSheetIterator();
            if (!bladen.hasNext()) {
                fouten.voegToe(1, null, "Het werkboek heeft geen werkblad");
            } else {
                try (InputStream blad = bladen.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(werkboek.getStylesTable(), null,
                            new ReadOnlySharedStringsTable(pakket), verzamelaar, new RuweGetallen(), false));
                    parser.parse(new InputSource(blad));
                }
            }
        } catch (GenoegGelezen e) {
            // the row limit was reached; its error is already there
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            fouten.voegToe(1, null, onleesbaar(e));
        } finally {
            verwijder(bestand);
        }
        return verzamelaar.tabel();
    }

    private static Path tijdelijk(byte[] inhoud) {
        try {
            Path bestand = Files.createTempFile("trede-invoer-", ".xlsx");
            Files.write(bestand, inhoud);
            return bestand;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String onleesbaar(Exception e) {
        String reden = String.valueOf(e.getMessage());
        if (reden.contains("Zip bomb") || reden.contains("max entry size") || reden.contains("exceeds the maximum")
                || reden.contains("MAX_ENTRY_SIZE") || reden.contains("max file count")) {
            return "Het werkboek pakt uit tot veel meer dan een overzicht van cijfers kan zijn (meer dan "
                    + GROOTSTE_DEEL / (1024 * 1024) + " MB per onderdeel, of meer dan " + Math.round(1 / KLEINSTE_VERHOUDING)
                    + " keer zo groot als ingepakt); trede leest het niet. Sla alleen het werkblad met de cijfers op "
                    + "als nieuw xlsx-bestand of als CSV UTF-8.";
        }
        return "Het bestand is geen leesbaar xlsx-werkboek. Sla het in Excel op als Excel-werkmap (.xlsx) of als "
                + "CSV UTF-8 (door komma's gescheiden), en voer het opnieuw in.";
    }

    private static void verwijder(Path bestand) {
        try {
            Files.deleteIfExists(bestand);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean begintMet(byte[] inhoud, byte[] begin) {
        return inhoud.length >= begin.length && Arrays.equals(inhoud, 0, begin.length, begin, 0, begin.length);
    }

    /** Passes every number on as its raw value, marked as a date when its format is one. */
    private static final class RuweGetallen extends DataFormatter {
        @Override
        public String formatRawCellContents(double waarde, int formaat, String opmaak) {
            boolean datum = DateUtil.isADateFormat(formaat, opmaak) && DateUtil.isValidExcelDate(waarde);
            return "" + MERK + (datum ? 'D' : 'N') + waarde;
        }
    }

    /** Thrown to stop reading a sheet past the row limit. */
    private static final class GenoegGelezen extends RuntimeException {
        GenoegGelezen() {
            super("rijlimiet", null, false, false);
        }
    }

    /** The rows of the sheet: the first that is not blank is the header; blank ones are left out. */
    private static final class Verzamelaar implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRijen;
        private final Fouten fouten;
        private Tabel tabel;
        private List<Cel> cellen;
        private int rijen;
        private boolean teBreed;

        Verzamelaar(int maxRijen, Fouten fouten) {
            this.maxRijen = maxRijen;
            this.fouten = fouten;
        }

        @Override
        public void startRow(int rij) {
            cellen = new ArrayList<>();
            teBreed = false;
        }

        @Override
        public void cell(String adres, String waarde, XSSFComment opmerking) {
            int kolom = adres == null ? cellen.size() : new CellReference(adres).getCol();
            if (kolom >= MAX_KOLOMMEN) {
                teBreed = true;
                return;
            }
            while (cellen.size() < kolom) {
                cellen.add(Cel.LEEG);
            }
            cellen.add(cel(waarde));
        }

        @Override
        public void endRow(int rij) {
            int nummer = rij + 1;
            if (teBreed) {
                fouten.voegToe(nummer, null, "Deze rij heeft waarden voorbij kolom "
                        + CellReference.convertNumToColString(MAX_KOLOMMEN - 1) + "; trede leest ten hoogste "
                        + MAX_KOLOMMEN + " kolommen. Laat de cellen rechts van de cijfers leeg.");
                return;
            }
            if (cellen.stream().allMatch(Cel::leeg)) {
                return;
            }
            if (tabel == null) {
                tabel = new Tabel(Tabel.Soort.XLSX, nummer, cellen.stream().map(XlsxLezer::tekst).toList(), fouten);
            } else if (++rijen > maxRijen) {
                fouten.voegToe(nummer, null, "Het werkblad heeft meer dan " + maxRijen + " rijen onder de kopregel; "
                        + "splits het in kleinere bestanden");
                throw new GenoegGelezen();
            } else {
                tabel.voegToe(nummer, List.copyOf(cellen));
            }
        }

        Tabel tabel() {
            if (tabel == null) {
                if (fouten.leeg()) {
                    fouten.voegToe(1, null, "Het bestand is leeg");
                }
                return new Tabel(Tabel.Soort.XLSX, null, List.of(), fouten);
            }
            return tabel;
        }
    }

    private static Cel cel(String waarde) {
        if (waarde == null) {
            return Cel.LEEG;
        }
        if (waarde.length() > 1 && waarde.charAt(0) == MERK) {
            double getal = Double.parseDouble(waarde.substring(2));
            return waarde.charAt(1) == 'D' ? new Cel.Datum(DateUtil.getLocalDateTime(getal).toLocalDate())
                    : new Cel.Getal(BigDecimal.valueOf(getal));
        }
        if (waarde.startsWith(FOUT)) {
            return new Cel.Onleesbaar("de foutwaarde " + waarde.substring(FOUT.length()));
        }
        return new Cel.Tekst(waarde);
    }

    private static String tekst(Cel cel) {
        if (cel instanceof Cel.Tekst t) {
            return t.tekst();
        }
        if (cel instanceof Cel.Getal g) {
            return g.getal().stripTrailingZeros().toPlainString();
        }
        return cel instanceof Cel.Datum d ? d.datum().toString() : "";
    }
}
