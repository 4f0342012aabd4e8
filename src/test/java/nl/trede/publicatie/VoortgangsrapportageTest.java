package nl.trede.publicatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.beoordeling.BesluitService;
import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.Tabel2Utrecht;
import nl.trede.support.Testcijfers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voortgangsrapportage on an example shaped like the Utrecht report over 2023-2 (the Voortgangsrapportage
 * huisvesting vergunninghouders provincie Utrecht, tweede helft 2023). Each test is rolled back afterwards, so its
 * rondes of Utrecht 2023-2 and 2024-1 (also KaderTest's periods) stay its own.
 */
@ApplicatieMetDatabase
@Transactional
class VoortgangsrapportageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BeoordelingService beoordelingen;
    @Autowired
    BesluitService besluiten;
    @Autowired
    Voortgangsrapportages rapportages;

    /** Voortgangsrapportage huisvesting vergunninghouders tweede helft 2023 (GS Utrecht), Tabel 2, as printed. */
    private static final List<String> TABEL_2 = List.of("Amersfoort 2 Koppelingstekort", "Baarn 1 Koppelingstekort",
            "Bunnik 2 Koppelingstekort", "Bunschoten 2 Koppelingstekort", "De Bilt 2 Koppelingstekort",
            "De Ronde Venen 1 Koppelingstekort", "Eemnes 1 Totaalopgave", "Houten 1 Totaalopgave",
            "IJsselstein 2 Koppelingstekort", "Leusden 2 Koppelingstekort", "Lopik 2 Totaalopgave", "Montfoort 1 Totaalopgave",
            "Nieuwegein 1 Totaalopgave", "Oudewater 2 Koppelingstekort", "Renswoude 1 Totaalopgave", "Rhenen 1 Totaalopgave",
            "Soest 1 Totaalopgave", "Stichtse Vecht 2 Koppelingstekort", "Utrecht 2 Koppelingstekort",
            "Utrechtse Heuvelrug 2 Koppelingstekort", "Veenendaal 1 Totaalopgave", "Vijfheerenlanden 2 Totaalopgave",
            "Wijk bij Duurstede 1 Koppelingstekort", "Woerden 2 Totaalopgave", "Woudenberg 1 Koppelingstekort",
            "Zeist 1 Koppelingstekort");

    /**
     * The report's gemeenten with the figures of {@link Tabel2Utrecht}, judged under the kader of 2023-2
     * (utrecht-2023), which sum to Tabel 1 and give Tabel 2.
     */
    @Test
    void utrecht2023TweedeHelftZoalsInDeRapportage() throws Exception {
        Tabel2Utrecht.voegToe(new Testcijfers(jdbc, "utrecht-2023-2-per-gemeente.csv"), "2023-2");
        Testcijfers volgende = new Testcijfers(jdbc, "utrecht-2024-1-per-gemeente.csv");
        for (Tabel2Utrecht.Rij r : Tabel2Utrecht.rijen()) {
            // 2024-1 (par. 4.1: taakstelling 1459, achterstand 574, totaalopgave 2033): each gemeente carries its own
            // stand einde (summing to 570) and the same taakstelling; Utrecht carries 4 more (the report's 574 is
            // not its 570: "de som van opgave minus realisatie [komt] niet altijd overeen", footnote 1) and gets
            // 1459 - 1372 = 87 more taakstelling.
            boolean utrecht = r.gemeente().equals("GM0344");
            volgende.voegToe(r.gemeente(), "2024-1", r.taakstelling() + (utrecht ? 87 : 0), r.standEinde() + (utrecht ? 4 : 0),
                    0, 0, null, null);
        }
        long ronde = beoordelingen.start(Periode.van("2023-2"), "Utrecht", "toezichthouder").id();
        // Only vastgestelde treden are reported: A takes every proposal over, B fixes them.
        besluiten.neemVoorstellenOver(ronde, "toezichthouder");
        assertThat(besluiten.stelAllesVast(ronde, "toezichthouder2").uitgevoerd()).isEqualTo(26);

        Voortgangsrapportage r = rapportages.rapportage(ronde);
        assertThat(r.tabel1()).containsExactly(new Voortgangsrapportage.Tabel1Rij("2023-2", "1372", "406", "1778", "1208",
                "88%", "68%", "570"));
        assertThat(r.tabel2()).extracting(t -> t.gemeente() + " " + t.trede() + " " + t.grondslag()).containsExactlyElementsOf(TABEL_2);
        // "Voor deze periode zijn er 13 gemeenten op trede 1 ... De andere 13 gemeenten zijn op trede 2 ...
        // Er zijn geen gemeenten op trede 3 (actief toezicht) of hoger"
        assertThat(r.tellingen().perTrede()).extracting(t -> t.gemeenten() + " op trede " + t.trede())
                .containsExactly("13 gemeenten op trede 1", "13 gemeenten op trede 2");
        assertThat(r.tellingen().geenVanaf()).startsWith("trede 3 (Actief toezicht");
        // "Bij 15 van de 26 Utrechtse gemeenten was er sprake van een tekort aan koppelingen ... Voor 11 gemeenten
        // was er geen sprake van een koppelingstekort ... voor 3 gemeenten geresulteerd in een positievere beoordeling"
        assertThat(List.of(r.tellingen().opKoppelingstekort(), r.tellingen().gemeenten(), r.tellingen().opTotaalopgave(),
                r.tellingen().gunstiger())).containsExactly("15", "26", "11", "3 gemeenten");
        assertThat(r.afwijkingen()).isEmpty();
        assertThat(r.nietVastgesteld()).isEmpty();
        // Par. 4.1: "1459 vergunninghouders. De achterstand ... is 574 ... totaalopgave ... 2033".
        assertThat(r.vooruitblik()).isEqualTo(new Vooruitblik("eerste helft 2024", "1459", "achterstand 574", "574", "2033"));

        byte[] pdf = mvc.perform(get("/api/v1/beoordelingsrondes/" + ronde + "/voortgangsrapportage").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String tekst = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(tekst).contains("2023-2 1372 406 1778 1208 88% 68% 570",
                    "Er zijn 13 gemeenten op trede 1 van de interventieladder geplaatst. Er zijn 13 gemeenten op trede 2 van de "
                            + "interventieladder geplaatst. Er zijn geen gemeenten op trede 3 (Actief toezicht",
                    "Bij 15 van de 26 gemeenten was er sprake van een tekort aan koppelingen",
                    "Voor 11 gemeenten was er geen sprake van een koppelingstekort",
                    "voor 3 gemeenten geresulteerd in een positievere beoordeling",
                    "Zeist trede 1 Koppelingstekort", "totaalopgave 2033 vergunninghouders");
            // The verification annex: the head trede signed last, which the footer names too.
            assertThat(tekst).contains("Verificatiebijlage", "trede-controlepunt/1", "aantal: " + r.voet().ketenAantal()
                    + " kop: " + r.voet().ketenKop() + " bewijs: ");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Voortgangsrapportage huisvesting vergunninghouders Utrecht, tweede helft 2023");
        }

        String csv = mvc.perform(get("/api/v1/beoordelingsrondes/" + ronde + "/voortgangsrapportage.csv").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).hasSize(27).element(1).asString()
                // Amersfoort: T 120, B 40, O 160, R 109, G 128, E 160 - 109 = 51.
                .startsWith("Amersfoort,GM0307,2023-2,2,Koppelingstekort,nee,2,,120,40,0,160,109,128,51");
        assertThat(mvc.perform(get("/api/v1/beoordelingsrondes/" + ronde + "/voortgangsrapportage.csv?tabel=1")
                        .with(httpBasic("auditor", "test"))).andReturn().getResponse().getContentAsString().lines())
                .containsExactly(String.join(",", Voortgangsrapportages.TABEL1_KOLOMMEN), "2023-2,1372,406,1778,1208,88%,68%,570");
        mvc.perform(get("/api/v1/beoordelingsrondes/" + ronde + "/voortgangsrapportage.csv?tabel=3").with(httpBasic("auditor", "test")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("Kies tabel 1")));
        byte[] xlsx = mvc.perform(get("/api/v1/beoordelingsrondes/" + ronde + "/voortgangsrapportage.xlsx").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook werkboek = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(werkboek.getSheet("Tabel 1").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1372);
            assertThat(werkboek.getSheet("Tabel 2").getPhysicalNumberOfRows()).isEqualTo(27);
            assertThat(werkboek.getSheet("Afwijkingen").getPhysicalNumberOfRows()).isEqualTo(1);
        }
    }

    @Test
    void deVorigePeriodeStaatErnaastEnAfwijkingenWordenGenoemd() throws Exception {
        // Rhenen 2044-1: B 0, T 10, R 10: trede 1. 2044-2: B 0, T 20, R 5 < 20: 1 -> 2, B deviates to 3.
        // Renswoude 2044-2: T 4, R 0: proposed 2, not decided: named as not vastgesteld, not counted.
        new Testcijfers(jdbc, "rapport-2044.csv").voegToe("GM0340", "2044-1", 10, 0, 0, 10, null, null)
                .voegToe("GM0340", "2044-2", 20, 0, 0, 5, null, null).voegToe("GM0339", "2044-2", 4, 0, 0, 0, null, null);
        long eerste = beoordelingen.start(Periode.van("2044-1"), "Utrecht", "toezichthouder").id();
        long tweede = beoordelingen.start(Periode.van("2044-2"), "Utrecht", "toezichthouder").id();
        mvc.perform(get("/api/v1/beoordelingsrondes/" + tweede + "/voortgangsrapportage").with(httpBasic("auditor", "test")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("heeft nog geen vastgestelde beoordeling")));
        long rhenen = beoordelingen.beoordelingen(tweede).stream().filter(b -> b.gemeente().equals("GM0340")).findFirst()
                .orElseThrow().id();
        besluiten.beslis(rhenen, 3, "ZWAARDERE_INTERVENTIE", "Een kwart van de taakstelling gehaald.", 0, "toezichthouder");
        besluiten.stelVast(rhenen, 1, "toezichthouder2");

        Voortgangsrapportage r = rapportages.rapportage(tweede);
        // The previous period's ronde (2044-1: 10, 0, 10, 10, 100%, 100%, 0) above this one (T 24, R 5, E 19).
        assertThat(r.tabel1()).containsExactly(
                new Voortgangsrapportage.Tabel1Rij("2044-1", "10", "0", "10", "10", "100%", "100%", "0"),
                new Voortgangsrapportage.Tabel1Rij("2044-2", "24", "0", "24", "5", "21%", "21%", "19"));
        assertThat(eerste).isLessThan(tweede);
        assertThat(r.tabel2()).extracting(Voortgangsrapportage.Tabel2Rij::gemeente).containsExactly("Rhenen");
        assertThat(r.afwijkingen()).containsExactly(new Voortgangsrapportage.Afwijking("Rhenen", "2", "3",
                "Een zwaardere interventie is nodig dan de regels voorstellen", "Een kwart van de taakstelling gehaald."));
        assertThat(r.nietVastgesteld()).containsExactly("Renswoude (te beslissen)");
        assertThat(r.tellingen().koppelingstekort()).isFalse();
    }
}
