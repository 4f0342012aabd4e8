package nl.trede.bestand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.trede.systeem.Invoerfout;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** xlsx read like CSV: spreadsheet row numbers, header name and letter, numbers and dates as stored. */
class XlsxLezerTest {

    @Test
    void getallenFormulesEnDatumsZoalsOpgeslagenMetHetRijnummerVanHetWerkblad() throws IOException {
        byte[] xlsx = werkboek(blad -> {
            rij(blad, 0, "gemeente", "aantal", "som", "datum", "periode");
            // row 2 is left empty: it is skipped, and row 3 keeps its number
            Row r = blad.createRow(2);
            r.createCell(0).setCellValue("Assen");
            r.createCell(1).setCellValue(12);
            r.createCell(2).setCellFormula("B3+30");
            r.createCell(3).setCellValue(LocalDate.of(2025, 11, 1));
            r.getCell(3).setCellStyle(datumstijl(blad));
            r.createCell(4).setCellValue("2025-1");
        });
        Tabel tabel = Tabel.lees(xlsx, Bestandslimieten.STANDAARD);
        assertThat(tabel.soort()).isEqualTo(Tabel.Soort.XLSX);
        assertThat(tabel.kopregel()).contains(1);
        Rij rij = tabel.rijen().get(0);
        assertThat(rij.nummer()).isEqualTo(3);
        assertThat(rij.tekst("gemeente")).isEqualTo("Assen");
        assertThat(rij.geheel("aantal", Bereik.AANTAL)).isEqualTo(12);
        // the formula's cached value, 12 + 30
        assertThat(rij.geheel("som", Bereik.AANTAL)).isEqualTo(42);
        assertThat(rij.datum("datum")).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(rij.tekst("periode")).isEqualTo("2025-1");
        assertThat(tabel.fouten().leeg()).isTrue();
    }

    @Test
    void eenBreukWaarEenGeheelGetalHoortWordtGeweigerdOokAlsDeOpmaakHemAfrondt() throws IOException {
        byte[] xlsx = werkboek(blad -> {
            rij(blad, 0, "gemeente", "aantal", "fout");
            Row r = blad.createRow(1);
            r.createCell(0).setCellValue("Assen");
            r.createCell(1).setCellValue(12.5);
            CellStyle geheel = blad.getWorkbook().createCellStyle();
            geheel.setDataFormat(blad.getWorkbook().createDataFormat().getFormat("0"));
            r.getCell(1).setCellStyle(geheel);
            r.createCell(2).setCellFormula("1/0");
        });
        Tabel tabel = Tabel.lees(xlsx, Bestandslimieten.STANDAARD);
        Rij rij = tabel.rijen().get(0);
        assertThat(rij.geheel("aantal", Bereik.AANTAL)).isNull();
        assertThat(rij.geheel("fout", Bereik.AANTAL)).isNull();
        assertThat(tabel.fouten().lijst()).containsExactly(
                new Invoerfout(2, "aantal (kolom B)", "'12,5' is geen geheel getal; vul een geheel aantal in (de cel "
                        + "heeft een deel achter de komma, ook als de opmaak dat verbergt)"),
                new Invoerfout(2, "fout (kolom C)", "De cel bevat de foutwaarde #DIV/0!; vul er een waarde in"));
    }

    @Test
    void eenZipBomWordtGeweigerd() throws IOException {
        byte[] xlsx = werkboek(blad -> rij(blad, 0, "gemeente"));
        // 30 MB of spaces in the sheet packs to a few kB: far past POI's ratio of 1 to 100.
        byte[] bom = metOpvulling(xlsx, "xl/worksheets/sheet1.xml", 30 * 1024 * 1024);
        Tabel tabel = Tabel.lees(bom, Bestandslimieten.STANDAARD);
        assertThat(tabel.rijen()).isEmpty();
        assertThat(tabel.fouten().lijst()).singleElement()
                .satisfies(f -> assertThat(f.melding()).startsWith("Het werkboek pakt uit tot veel meer"));
    }

    @Test
    void meerRijenDanDeLimietStoptHetLezen() throws IOException {
        byte[] xlsx = werkboek(blad -> {
            rij(blad, 0, "aantal");
            for (int i = 1; i <= 10; i++) {
                blad.createRow(i).createCell(0).setCellValue(i);
            }
        });
        Tabel tabel = Tabel.lees(xlsx, new Bestandslimieten(DataSize.ofMegabytes(1), 4));
        assertThat(tabel.rijen()).hasSize(4);
        assertThat(tabel.fouten().lijst()).singleElement().satisfies(f -> {
            assertThat(f.rij()).isEqualTo(6);
            assertThat(f.melding()).contains("meer dan 4 rijen");
        });
    }

    @Test
    void hetOudeXlsFormaatEnEenAndereZipWordenGeweigerdMetWatTeDoen() throws IOException {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThat(Tabel.lees(xls, Bestandslimieten.STANDAARD).fouten().lijst()).singleElement()
                .satisfies(f -> assertThat(f.melding()).contains("oude Excel-formaat (.xls)").contains("(.xlsx)"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream uit = new ZipOutputStream(zip)) {
            uit.putNextEntry(new ZipEntry("iets.txt"));
            uit.write("geen werkboek".getBytes());
        }
        assertThat(Tabel.lees(zip.toByteArray(), Bestandslimieten.STANDAARD).fouten().lijst()).singleElement()
                .satisfies(f -> assertThat(f.melding()).startsWith("Het bestand is geen leesbaar xlsx-werkboek"));
    }

    interface Vulling {
        void vul(Sheet blad);
    }

    static byte[] werkboek(Vulling vulling) throws IOException {
        try (XSSFWorkbook boek = new XSSFWorkbook(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            vulling.vul(boek.createSheet("Cijfers"));
            boek.getCreationHelper().createFormulaEvaluator().evaluateAll();
            boek.write(uit);
            return uit.toByteArray();
        }
    }

    private static void rij(Sheet blad, int index, String... waarden) {
        Row rij = blad.createRow(index);
        for (int i = 0; i < waarden.length; i++) {
            rij.createCell(i).setCellValue(waarden[i]);
        }
    }

    private static CellStyle datumstijl(Sheet blad) {
        CellStyle stijl = blad.getWorkbook().createCellStyle();
        stijl.setDataFormat(blad.getWorkbook().createDataFormat().getFormat("d-m-yyyy"));
        return stijl;
    }

    /** The same workbook with {@code bytes} spaces added at the end of one of its parts. */
    private static byte[] metOpvulling(byte[] xlsx, String deel, int bytes) throws IOException {
        ByteArrayOutputStream nieuw = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream uit = new ZipOutputStream(nieuw)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                uit.putNextEntry(new ZipEntry(e.getName()));
                uit.write(in.readAllBytes());
                if (e.getName().equals(deel)) {
                    byte[] spaties = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaties, (byte) ' ');
                    for (int i = 0; i < bytes / spaties.length; i++) {
                        uit.write(spaties);
                    }
                }
            }
        }
        return nieuw.toByteArray();
    }
}
