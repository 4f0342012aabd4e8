package nl.trede.invoer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.trede.support.ApplicatieMetDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Drenthe 2025 overview (the demo file, identical to the PRT's table in the shared data) as CSV, as
 * a semicolon-separated CSV (what Dutch Excel saves) and as xlsx (made here with POI from the CSV)
 * stores exactly the same figures; so does our own layout as xlsx.
 */
@ApplicatieMetDatabase
class IndelingenTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern GEHEEL = Pattern.compile("-?\\d+");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void hetOverzichtAlsCsvMetPuntkommasEnAlsXlsxGeeftDezelfdeCijfers() throws Exception {
        byte[] csv = drenthe();
        byte[] puntkomma = new String(csv, UTF_8).replace(',', ';').getBytes(UTF_8);
        byte[] xlsx = xlsx(new String(csv, UTF_8));

        long alsCsv = voerIn("text/csv", csv);
        long alsPuntkomma = voerIn("text/csv", puntkomma);
        long alsXlsx = voerIn(XLSX, xlsx);

        assertThat(cijfers(alsCsv)).hasSize(24).isEqualTo(cijfers(alsPuntkomma)).isEqualTo(cijfers(alsXlsx));
        assertThat(maanden(alsCsv)).hasSize(72).isEqualTo(maanden(alsPuntkomma)).isEqualTo(maanden(alsXlsx));
        assertThat(jdbc.sql("select formaat from invoer where id = ?").param(alsXlsx).query(String.class).single())
                .isEqualTo("COA-maandoverzicht");
    }

    @Test
    void eenXlsxInDeEigenIndelingAlsBestandUpload() throws Exception {
        String csv = "gemeente,periode,taakstelling,stand_begin,correcties,realisatie,tijdig_gekoppeld,vorige_trede\n"
                + "Aa en Hunze,2036-1,22,32,,12,,\nGM0106,2036-1,58,13,-2,34,40,2\n";
        String naam = "eigen-" + UUID.randomUUID() + ".xlsx";
        mvc.perform(multipart("/api/v1/invoer/huisvesting").file(new MockMultipartFile("bestand", naam, XLSX, xlsx(csv)))
                        .with(httpBasic("toezichthouder", "test")))
                .andExpect(status().isCreated())
                .andExpect(content().json("{\"rijen\": 2}", true));
        long id = jdbc.sql("select id from invoer where bestandsnaam = ?").param(naam).query(Long.class).single();
        assertThat(cijfers(id)).containsExactly(
                Map.of("gemeente", "GM0106", "periode", "2036-1", "taakstelling", 58, "stand_begin", 13,
                        "correcties", -2, "realisatie", 34, "tijdig_gekoppeld", 40, "vorige_trede", 2),
                Map.of("gemeente", "GM1680", "periode", "2036-1", "taakstelling", 22, "stand_begin", 32,
                        "correcties", 0, "realisatie", 12));
    }

    private long voerIn(String type, byte[] inhoud) throws Exception {
        String naam = "drenthe-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/invoer/huisvesting").param("bestandsnaam", naam)
                        .with(httpBasic("toezichthouder", "test")).contentType(type).content(inhoud))
                .andExpect(status().isCreated())
                .andExpect(content().json("{\"rijen\": 24}"));
        return jdbc.sql("select id from invoer where bestandsnaam = ?").param(naam).query(Long.class).single();
    }

    /** The stored figures of one import, without ids and moments; null columns left out. */
    private List<Map<String, Object>> cijfers(long invoerId) {
        return jdbc.sql("select gemeente, periode, taakstelling, stand_begin, correcties, realisatie, tijdig_gekoppeld, "
                        + "vorige_trede from periodecijfers where invoer_id = ? order by gemeente, periode")
                .param(invoerId).query().listOfRows().stream()
                .map(r -> {
                    Map<String, Object> zonderLeeg = new java.util.LinkedHashMap<>(r);
                    zonderLeeg.values().removeIf(java.util.Objects::isNull);
                    return (Map<String, Object>) zonderLeeg;
                }).toList();
    }

    private List<Map<String, Object>> maanden(long invoerId) {
        return jdbc.sql("select gemeente, maand, aantal from maandrealisatie where invoer_id = ? order by gemeente, maand")
                .param(invoerId).query().listOfRows();
    }

    static byte[] drenthe() throws IOException {
        try (InputStream in = IndelingenTest.class.getResourceAsStream("/demo/drenthe-huisvesting-2025.csv")) {
            return in.readAllBytes();
        }
    }

    /** The CSV as Excel keeps it: whole numbers as number cells, the rest as text. */
    static byte[] xlsx(String csv) throws IOException {
        try (XSSFWorkbook boek = new XSSFWorkbook(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            Sheet blad = boek.createSheet("Blad1");
            List<String> regels = csv.lines().toList();
            for (int r = 0; r < regels.size(); r++) {
                Row rij = blad.createRow(r);
                String[] velden = regels.get(r).split(",", -1);
                for (int k = 0; k < velden.length; k++) {
                    if (velden[k].isEmpty()) {
                        continue;
                    }
                    if (r > 0 && GEHEEL.matcher(velden[k]).matches()) {
                        rij.createCell(k).setCellValue(Integer.parseInt(velden[k]));
                    } else {
                        rij.createCell(k).setCellValue(velden[k]);
                    }
                }
            }
            boek.write(uit);
            return uit.toByteArray();
        }
    }
}
