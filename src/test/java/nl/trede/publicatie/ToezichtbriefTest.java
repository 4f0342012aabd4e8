package nl.trede.publicatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.beoordeling.BesluitService;
import nl.trede.kern.Periode;
import nl.trede.regels.Regelset;
import nl.trede.regels.Testregels;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.Testcijfers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The toezichtbrief: only from a vastgestelde beoordeling, its "what if" sentences found by the ronde's own
 * rules (hand-calculated below, and changed with the rules), and the PDF/A with its fonts, metadata and the
 * receipts it names. Periods 2041-1 to 2043-2 of Utrecht belong to these tests.
 */
@ApplicatieMetDatabase
class ToezichtbriefTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BeoordelingService beoordelingen;
    @Autowired
    BesluitService besluiten;
    @Autowired
    Toezichtbrieven brieven;

    private Beoordeling vaststellen(Beoordeling b) {
        besluiten.beslis(b.id(), b.voorgesteldeTrede(), null, null, 0, "toezichthouder");
        return besluiten.stelVast(b.id(), 1, "toezichthouder2");
    }

    private Beoordeling van(long ronde, String gemeente) {
        return beoordelingen.beoordelingen(ronde).stream().filter(b -> b.gemeente().equals(gemeente)).findFirst().orElseThrow();
    }

    @Test
    void geenBriefZolangDeBeoordelingNietIsVastgesteld() throws Exception {
        // Eemnes 2041-1: T = 10, R = 4 < 10: proposed 1 -> 2, not decided yet.
        new Testcijfers(jdbc, "brief-409.csv").voegToe("GM0317", "2041-1", 10, 0, 0, 4, null, null);
        long ronde = beoordelingen.start(Periode.van("2041-1"), "Utrecht", "toezichthouder").id();
        Beoordeling b = van(ronde, "GM0317");
        mvc.perform(get("/api/v1/beoordelingen/" + b.id() + "/toezichtbrief").with(httpBasic("auditor", "test")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("(Eemnes, 2041-1) is niet vastgesteld (te beslissen): "
                        + "een toezichtbrief gaat alleen uit over een trede die een tweede toezichthouder heeft vastgesteld.")));
        mvc.perform(get("/api/v1/beoordelingsrondes/" + ronde + "/toezichtbrieven").with(httpBasic("auditor", "test")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("heeft nog geen vastgestelde beoordeling")));

        // Decided by A but not fixed by B: still no letter.
        besluiten.beslis(b.id(), 2, null, null, 0, "toezichthouder");
        mvc.perform(get("/api/v1/beoordelingen/" + b.id() + "/toezichtbrief").with(httpBasic("auditor", "test")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("is niet vastgesteld (ter vaststelling)")));
        // Without a login: 401, not a letter.
        mvc.perform(get("/api/v1/beoordelingen/" + b.id() + "/toezichtbrief")).andExpect(status().isUnauthorized());
        // An id past the range of a long is a Dutch 400, not a 500.
        mvc.perform(get("/api/v1/beoordelingen/99999999999999999999/toezichtbrief").with(httpBasic("auditor", "test")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/beoordelingen/987654321/toezichtbrief").with(httpBasic("auditor", "test")))
                .andExpect(status().isNotFound());
    }

    @Test
    void watAlsMetDeHandNagerekend() {
        // Amersfoort 2041-2, no previous trede (1): B = 10, T = 20, C = 0, R = 12, koppeling unknown.
        //   totaalopgave O = 10 + 20 + 0 = 30; ondergrens on the totaalopgave = T + C = 20.
        //   R = 12 < 20: taakstelling niet behaald, trede 1 -> 2.
        //   To stay on trede 1 the realisatie had to reach the ondergrens: 20 - 12 = 8 more.
        //   (V = 1, so "op trede 1 gekomen" would say the same and is left out.)
        // Baarn 2041-2, previous trede 2 from the import: B = 5, T = 10, C = 0, R = 4.
        //   O = 15; ondergrens 10; R = 4 < 10: trede 2 -> 3.
        //   To stay on trede 2: reach the ondergrens, 10 - 4 = 6 more.
        //   To come to trede 1: realise the whole totaalopgave, 15 - 4 = 11 more.
        new Testcijfers(jdbc, "brief-watals.csv").voegToe("GM0307", "2041-2", 20, 10, 0, 12, null, null)
                .voegToe("GM0308", "2041-2", 10, 5, 0, 4, null, 2);
        long ronde = beoordelingen.start(Periode.van("2041-2"), "Utrecht", "toezichthouder").id();
        Beoordeling amersfoort = vaststellen(van(ronde, "GM0307"));
        Beoordeling baarn = vaststellen(van(ronde, "GM0308"));
        assertThat(amersfoort.besluit().vastgesteldeTrede()).isEqualTo(2);
        assertThat(baarn.besluit().vastgesteldeTrede()).isEqualTo(3);

        assertThat(brieven.brief(amersfoort.id()).watAls())
                .containsExactly("Met 8 vergunninghouders meer was Amersfoort op trede 1 gebleven.");
        assertThat(brieven.brief(baarn.id()).watAls()).containsExactly(
                "Met 6 vergunninghouders meer was Baarn op trede 2 gebleven.",
                "Met 11 vergunninghouders meer was Baarn op trede 1 gekomen.");
    }

    @Test
    void eenGewijzigdeRegelsetGeeftEenGewijzigdeZin() {
        // The same figures as Amersfoort above, in 2042-1, judged by a candidate whose ondergrens on the totaalopgave
        // is the taakstelling plus correcties plus 5: ondergrens 25, R = 12 < 25 still gives 1 -> 2, but staying
        // on trede 1 now takes 25 - 12 = 13 more, not 8. The sentence follows the rules, not a formula.
        new Testcijfers(jdbc, "brief-andere-regels.csv").voegToe("GM0307", "2042-1", 20, 10, 0, 12, null, null);
        long ronde = beoordelingen.start(strengereOndergrens(), Periode.van("2042-1"), "Utrecht", "toezichthouder").id();
        Beoordeling amersfoort = vaststellen(van(ronde, "GM0307"));
        assertThat(amersfoort.voorgesteldeTrede()).isEqualTo(2);
        assertThat(brieven.brief(amersfoort.id()).watAls())
                .containsExactly("Met 13 vergunninghouders meer was Amersfoort op trede 1 gebleven.");
    }

    private static Regelset strengereOndergrens() {
        // Utrecht from 2024-1 is judged under its own kader.
        SortedMap<String, String> bestanden = Testregels.domein("interventieladder/utrecht-2024");
        String ondergrens = bestanden.get("interventieladder/utrecht-2024/ondergrens.drl");
        String regel = "int ondergrens = $c.taakstelling() + $c.correcties();";
        assertThat(ondergrens).contains(regel);
        bestanden.put("interventieladder/utrecht-2024/ondergrens.drl", ondergrens.replace(regel,
                "int ondergrens = $c.taakstelling() + $c.correcties() + 5;"));
        return Testregels.compileer(bestanden);
    }

    @Test
    void deBriefIsEenPdfAMetDeBewijzenEnDeMotivering() throws Exception {
        // De Bilt 2042-2, previous trede 1: B = 0, T = 12, R = 3 < 12: proposed 1 -> 2; A deviates to 3.
        new Testcijfers(jdbc, "brief-pdf.csv").voegToe("GM0310", "2042-2", 12, 0, 0, 3, null, null);
        long ronde = beoordelingen.start(Periode.van("2042-2"), "Utrecht", "toezichthouder").id();
        Beoordeling b = van(ronde, "GM0310");
        besluiten.beslis(b.id(), 3, "ZWAARDERE_INTERVENTIE", "Derde keer onder de taakstelling; bestuurlijk overleg is nodig.",
                0, "toezichthouder");
        besluiten.stelVast(b.id(), 1, "toezichthouder2");

        byte[] pdf = mvc.perform(get("/api/v1/beoordelingen/" + b.id() + "/toezichtbrief").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("toezichtbrief-2042-2-GM0310-De-Bilt.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.write(Path.of("target", "toezichtbrief-test.pdf"), pdf);
        Toezichtbrief brief = brieven.brief(b.id());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String tekst = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(tekst).contains("Het college van burgemeester en wethouders van De Bilt",
                    "trede 3: Actief toezicht: bestuurlijk overleg, plan van aanpak",
                    "Derde keer onder de taakstelling; bestuurlijk overleg is nodig.",
                    // 12 - 3 = 9 more reaches the ondergrens: trede 1 stays.
                    "Met 9 vergunninghouders meer was De Bilt op trede 1 gebleven.",
                    "De regels stelden trede 2 voor");
            // The footer leads back to the receipts: the hashes as the audit holds them.
            assertThat(tekst.replace(" ", "")).contains(brief.voet().beoordelingBewijs(), brief.voet().vaststellingBewijs(),
                    brief.voet().regelsetVersie());
            assertThat(brief.voet().beoordelingBewijs()).matches("[0-9a-f]{64}");
            assertThat(brief.voet().vaststellingBewijs()).matches("[0-9a-f]{64}").isNotEqualTo(brief.voet().beoordelingBewijs());

            // PDF/A-3u with an sRGB output intent, every font embedded, a Dutch title.
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Toezichtbrief huisvesting vergunninghouders De Bilt, tweede helft 2042");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")3").containsPattern("pdfaid:conformance(>|=\")U");
            assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage pagina : document.getPages()) {
                for (var naam : pagina.getResources().getFontNames()) {
                    fonts.add(pagina.getResources().getFont(naam));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).contains("DejaVuSans");
            });

            // The verification annex, on a page of its own at the end: the head trede signed last. The vaststelling was
            // the last receipt written, so that is the head, and its signature holds as openssl would check it: the
            // text as printed, a newline after each line, against the public key trede publishes.
            PDFTextStripper laatste = new PDFTextStripper();
            laatste.setStartPage(document.getNumberOfPages());
            String bijlage = laatste.getText(document);
            assertThat(bijlage).contains("\nVerificatiebijlage\n");
            List<String> regels = bijlage.lines().map(String::strip).toList();
            int begin = regels.indexOf("trede-controlepunt/1");
            String kop = String.join("\n", regels.subList(begin, begin + 10)) + "\n";
            assertThat(kop).contains("\nkop: " + brief.voet().vaststellingBewijs() + "\n", "\ngrond: bewijzen\n");
            String handtekening = regels.get(regels.indexOf("Handtekening (base64)") + 1);
            String pem = mvc.perform(get("/api/v1/audit/sleutel.pem").with(httpBasic("auditor", "test")))
                    .andReturn().getResponse().getContentAsString();
            java.security.Signature ed25519 = java.security.Signature.getInstance("Ed25519");
            ed25519.initVerify(java.security.KeyFactory.getInstance("Ed25519").generatePublic(new java.security.spec.X509EncodedKeySpec(
                    java.util.Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "")))));
            ed25519.update(kop.getBytes(StandardCharsets.UTF_8));
            assertThat(ed25519.verify(java.util.Base64.getDecoder().decode(handtekening))).isTrue();
            assertThat(bijlage).contains(pem.strip());
        }
    }

    @Test
    void deZipHeeftDeVastgesteldeBrievenEnNoemtDeAndere() throws Exception {
        // Houten and IJsselstein 2043-1 (T = 10, R = 4 and R = 10): Houten vastgesteld, IJsselstein not.
        new Testcijfers(jdbc, "brief-zip.csv").voegToe("GM0321", "2043-1", 10, 0, 0, 4, null, null)
                .voegToe("GM0353", "2043-1", 10, 0, 0, 10, null, null);
        long ronde = beoordelingen.start(Periode.van("2043-1"), "Utrecht", "toezichthouder").id();
        vaststellen(van(ronde, "GM0321"));
        byte[] zip = mvc.perform(get("/api/v1/beoordelingsrondes/" + ronde + "/toezichtbrieven").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> namen = new ArrayList<>();
        String nietVastgesteld = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                namen.add(e.getName());
                byte[] inhoud = in.readAllBytes();
                if (e.getName().endsWith(".txt")) {
                    nietVastgesteld = new String(inhoud, StandardCharsets.UTF_8);
                } else {
                    try (PDDocument brief = Loader.loadPDF(inhoud)) {
                        assertThat(new PDFTextStripper().getText(brief)).contains("Houten");
                    }
                }
            }
        }
        assertThat(namen).containsExactly("toezichtbrief-2043-1-GM0321-Houten.pdf", "niet-vastgesteld.txt");
        assertThat(nietVastgesteld).contains("IJsselstein (GM0353): te beslissen");
    }
}
