package nl.trede.bestand;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables as an xlsx workbook, as Excel would hold them: a whole number as a number cell, everything else
 * (names, periods like 2025-1) as text. For the example files and the voortgangsrapportage.
 */
public final class XlsxSchrijver {

    private static final Pattern GEHEEL = Pattern.compile("-?\\d{1,9}");

    private XlsxSchrijver() {
    }

    /** One sheet of a workbook: its name, header and rows. */
    public record Blad(String naam, List<String> kop, List<? extends List<String>> rijen) {
    }

    public static byte[] schrijf(String blad, List<String> kop, List<? extends List<String>> rijen) {
        return schrijf(List.of(new Blad(blad, kop, rijen)));
    }

    /** A workbook with these sheets, in this order. */
    public static byte[] schrijf(List<Blad> bladen) {
        try (XSSFWorkbook werkboek = new XSSFWorkbook(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            for (Blad blad : bladen) {
                Sheet sheet = werkboek.createSheet(blad.naam());
                rij(sheet, 0, blad.kop());
                for (int i = 0; i < blad.rijen().size(); i++) {
                    rij(sheet, i + 1, blad.rijen().get(i));
                }
            }
            werkboek.write(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rij(Sheet sheet, int index, List<String> waarden) {
        Row rij = sheet.createRow(index);
        for (int k = 0; k < waarden.size(); k++) {
            String waarde = waarden.get(k);
            if (waarde == null || waarde.isEmpty()) {
                continue;
            }
            if (index > 0 && GEHEEL.matcher(waarde).matches()) {
                rij.createCell(k).setCellValue(Integer.parseInt(waarde));
            } else {
                rij.createCell(k).setCellValue(waarde);
            }
        }
    }
}
