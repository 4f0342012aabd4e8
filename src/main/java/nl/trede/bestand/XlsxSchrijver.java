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
 * A table as an xlsx workbook of one sheet, as Excel would hold it: a whole number as a number cell,
 * everything else (names, periods like 2025-1) as text. For the example files.
 */
public final class XlsxSchrijver {

    private static final Pattern GEHEEL = Pattern.compile("-?\\d{1,9}");

    private XlsxSchrijver() {
    }

    public static byte[] schrijf(String blad, List<String> kop, List<? extends List<String>> rijen) {
        try (XSSFWorkbook werkboek = new XSSFWorkbook(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            Sheet sheet = werkboek.createSheet(blad);
            rij(sheet, 0, kop);
            for (int i = 0; i < rijen.size(); i++) {
                rij(sheet, i + 1, rijen.get(i));
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
