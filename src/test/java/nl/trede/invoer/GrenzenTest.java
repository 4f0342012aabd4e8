package nl.trede.invoer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.systeem.Invoerfout;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What an attacker sends: numbers past the bounds and the int range, decimals, too many errors, too many bytes. */
@ApplicatieMetDatabase
class GrenzenTest {

    private static final String KOP = String.join(",", HuisvestingLezer.CSV_KOLOMMEN) + "\n";
    private static final String GEEN_GEHEEL_GETAL = "' is geen geheel getal; schrijf alleen cijfers, zonder punt, "
            + "komma of spatie (een min-teken mag vooraan)";

    @Autowired
    InvoerService service;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void driemaal999999999AlsStandTaakstellingEnCorrectiesWordtGeweigerdInPlaatsVanOverTeLopen() {
        // 3 x 999999999 does not fit an int: it once gave a totaalopgave of -1,294,967,299 and trede 1.
        assertThat(fouten(KOP + "Assen,2037-1,999999999,999999999,999999999,0,,\n")).containsExactly(
                new Invoerfout(2, "taakstelling", "taakstelling is 999999999, maar moet liggen tussen 0 en 1000000"),
                new Invoerfout(2, "stand_begin", "stand_begin is 999999999, maar moet liggen tussen -1000000 en 1000000"),
                new Invoerfout(2, "correcties", "correcties is 999999999, maar moet liggen tussen -1000000 en 1000000"));
    }

    @Test
    void getallenVoorbijDeIntGrensEnEenTredeBuiten1Tot5() {
        assertThat(fouten(KOP + "Assen,2037-1,10,0,,2147483648,-9999999999999999999999,6\n")).containsExactly(
                new Invoerfout(2, "realisatie", "realisatie is 2147483648, maar moet liggen tussen 0 en 1000000"),
                new Invoerfout(2, "tijdig_gekoppeld", "tijdig_gekoppeld is -9999999999999999999999, maar kan niet negatief zijn"),
                new Invoerfout(2, "vorige_trede", "vorige_trede is 6, maar moet liggen tussen 1 en 5"));
    }

    @Test
    void decimaleGetallenWordenGeweigerdMetRijEnKolomNooitHerlezen() {
        // line 2 is blank: the rows with errors are lines 3 and 4 of the file
        assertThat(fouten(KOP + "\nAssen,2037-1,1.5,0,,0,,\nEmmen,2037-1,5,0,,2e3,,\n")).containsExactly(
                new Invoerfout(3, "taakstelling", "'1.5" + GEEN_GEHEEL_GETAL),
                new Invoerfout(4, "realisatie", "'2e3" + GEEN_GEHEEL_GETAL));
        // Dutch Excel: semicolons, and 1,5 with a decimal comma
        assertThat(fouten(KOP.replace(',', ';') + "Assen;2037-1;1,5;0;;0;;\n"))
                .containsExactly(new Invoerfout(2, "taakstelling", "'1,5" + GEEN_GEHEEL_GETAL));
    }

    @Test
    void eenBreukInEenWerkbladNoemtRijKolomnaamEnLetter() throws Exception {
        byte[] xlsx = IndelingenTest.xlsx(KOP + "Assen,2037-1,10,0,,4,,\n");
        // the cell holds 12.5 instead of 4: replace it with POI
        try (var boek = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
             var uit = new java.io.ByteArrayOutputStream()) {
            boek.getSheetAt(0).getRow(1).getCell(5).setCellValue(12.5);
            boek.write(uit);
            xlsx = uit.toByteArray();
        }
        assertThat(fouten(xlsx)).containsExactly(new Invoerfout(2, "realisatie (kolom F)", "'12,5' is geen geheel getal; "
                + "vul een geheel aantal in (de cel heeft een deel achter de komma, ook als de opmaak dat verbergt)"));
    }

    @Test
    void nietMeerDanHonderdFoutenDanEenRegelMetHetAantalVanDeRest() throws Exception {
        // 1334 rows each with one error (no period): 100 listed, then "en nog 1.234 fouten"
        String csv = KOP + "Assen,x,1,0,,0,,\n".repeat(1334);
        Weigering.Tellingen voor = tel();
        mvc.perform(post("/api/v1/invoer/huisvesting").with(httpBasic("toezichthouder", "test"))
                        .contentType("text/csv").content(csv.getBytes(UTF_8)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("1.334 fouten; er is niets opgeslagen. De eerste 100 staan in 'fouten'."))
                .andExpect(jsonPath("$.fouten.length()").value(101))
                .andExpect(jsonPath("$.fouten[99].rij").value(101))
                .andExpect(jsonPath("$.fouten[100].melding").value("en nog 1.234 fouten"));
        assertThat(tel()).isEqualTo(voor);
    }

    @Test
    void eenTeGrootBodyKrijgt413EnSchrijftNiets() throws Exception {
        // 10 MB + 1 byte of a valid-looking file: refused by size, before any of it is parsed
        byte[] groot = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(groot, (byte) '\n');
        System.arraycopy(KOP.getBytes(UTF_8), 0, groot, 0, KOP.length());
        Weigering.Tellingen voor = tel();
        mvc.perform(post("/api/v1/invoer/huisvesting").with(httpBasic("toezichthouder", "test"))
                        .contentType("text/csv").content(groot))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.title").value("Bestand te groot"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Het bestand is te groot (10,0 MB): trede neemt ten hoogste 10 MB per bestand aan. Er is niets opgeslagen.")));
        assertThat(tel()).isEqualTo(voor);
    }

    private List<Invoerfout> fouten(String csv) {
        return fouten(csv.getBytes(UTF_8));
    }

    /** The errors of importing these bytes; and checks that the import left the database as it was. */
    private List<Invoerfout> fouten(byte[] inhoud) {
        return Weigering.van(service, jdbc, "grenzen.csv", inhoud).fouten();
    }

    private Weigering.Tellingen tel() {
        return Weigering.Tellingen.van(jdbc);
    }
}
