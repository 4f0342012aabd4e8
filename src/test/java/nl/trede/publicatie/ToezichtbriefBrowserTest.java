package nl.trede.publicatie;

import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.support.Chromium;
import nl.trede.support.Testcijfers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole flow as two officers do it in a browser: A deviates with a motivation on "Waarom deze trede?", B
 * fixes it, and the toezichtbrief downloads with the same browser session. Its text holds the gemeente, the
 * trede, the motivation and the "what if"; page 1 is rendered to target/toezichtbrief-pagina-1.png to look at.
 * Utrecht 2046-1 belongs to this test.
 */
@ApplicatieMetDatabase
class ToezichtbriefBrowserTest {

    private static WebDriver browser;

    @LocalServerPort
    int poort;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BeoordelingService beoordelingen;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aWijktAfBSteltVastEnDeBriefKomtMee() throws Exception {
        // Leusden 2046-1, no previous trede (1): B 6, T 18, R 7. O = 24; ondergrens 18; 7 < 18: proposed 1 -> 2.
        // Staying on trede 1 takes the ondergrens: 18 - 7 = 11 more.
        new Testcijfers(jdbc, "browser-brief.csv").voegToe("GM0327", "2046-1", 18, 6, 0, 7, null, null);
        long ronde = beoordelingen.start(Periode.van("2046-1"), "Utrecht", "toezichthouder").id();
        Beoordeling b = beoordelingen.beoordelingen(ronde).get(0);
        assertThat(b.voorgesteldeTrede()).isEqualTo(2);
        String motivering = "Leusden haalde voor het derde halfjaar minder dan de helft; bestuurlijk overleg is nodig.";

        meldAan("toezichthouder");
        open("/beoordelingen/" + b.id());
        assertThat(browser.findElements(By.id("toezichtbrief"))).isEmpty();
        new Select(browser.findElement(By.id("trede"))).selectByValue("3");
        new Select(browser.findElement(By.id("reden"))).selectByValue("ZWAARDERE_INTERVENTIE");
        browser.findElement(By.id("motivering")).sendKeys(motivering);
        browser.findElement(By.xpath("//button[normalize-space()='Besluit vastleggen']")).click();
        assertThat(melding()).contains("Besluit vastgelegd: trede 3");
        // Not vastgesteld yet: the API refuses the letter to this session too.
        assertThat(haal("/api/v1/beoordelingen/" + b.id() + "/toezichtbrief").status()).isEqualTo(409);
        meldAf();

        meldAan("toezichthouder2");
        open("/beoordelingen/" + b.id());
        browser.findElement(By.xpath("//button[normalize-space()='Vaststellen']")).click();
        assertThat(melding()).contains("Vastgesteld: trede 3");
        WebElement link = browser.findElement(By.id("toezichtbrief"));
        Antwoord brief = haal(link.getAttribute("href"));
        assertThat(brief.status()).isEqualTo(200);
        assertThat(brief.type()).isEqualTo("application/pdf");

        try (PDDocument pdf = Loader.loadPDF(brief.inhoud())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String tekst = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(tekst).contains("Het college van burgemeester en wethouders van Leusden",
                    "trede 3: Actief toezicht: bestuurlijk overleg, plan van aanpak", motivering,
                    "Met 11 vergunninghouders meer was Leusden op trede 1 gebleven.");
            BufferedImage pagina = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
            Path png = Path.of("target", "toezichtbrief-pagina-1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(pagina, "png", png.toFile());
            // A4 is 595.28 pt wide: at 100 dpi 595.28 / 72 * 100 = 826.8, rounded down by the renderer.
            assertThat(pagina.getWidth()).isEqualTo(826);
        }

        // The ronde page links the letters and the report, and shows the gemeente on the map in its trede's colour.
        open("/rondes/" + ronde);
        List<String> links = browser.findElements(By.cssSelector("ul.downloads a")).stream().map(a -> a.getAttribute("href")).toList();
        assertThat(links).anyMatch(h -> h.endsWith("/api/v1/beoordelingsrondes/" + ronde + "/toezichtbrieven"))
                .anyMatch(h -> h.endsWith("/api/v1/beoordelingsrondes/" + ronde + "/voortgangsrapportage"));
        WebElement vlak = browser.findElement(By.cssSelector("#kaart path[data-gemeente='GM0327']"));
        assertThat(vlak.getAttribute("fill")).isEqualTo("#e07b00");
        assertThat(vlak.getAttribute("aria-label")).isEqualTo("Leusden: trede 3, Actief toezicht: bestuurlijk overleg, plan van aanpak");
        vlak.sendKeys("");
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", vlak);
        assertThat(browser.findElement(By.id("kaartdetail")).getText()).startsWith("Leusden: trede 3");
        Antwoord rapport = haal("/api/v1/beoordelingsrondes/" + ronde + "/voortgangsrapportage");
        assertThat(rapport.status()).isEqualTo(200);
        Files.write(Path.of("target", "voortgangsrapportage-browser.pdf"), rapport.inhoud());
    }

    /**
     * The message of the page a form post led to. A click returns before the next page has loaded on a fast machine,
     * so this waits for it; a refusal (melding fout) fails with its own text.
     */
    private String melding() {
        WebElement melding = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".melding.goed, .melding.fout")));
        assertThat(melding.getAttribute("class")).as(melding.getText()).contains("goed");
        return melding.getText();
    }

    private record Antwoord(int status, String type, byte[] inhoud) {
    }

    /** A GET with the browser's own session (its cookie), as a click on a download link would do. */
    private Antwoord haal(String adres) {
        Object uitkomst = ((JavascriptExecutor) browser).executeAsyncScript("""
                const klaar = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let tekst = '';
                  for (let i = 0; i < bytes.length; i++) { tekst += String.fromCharCode(bytes[i]); }
                  klaar([r.status, r.headers.get('Content-Type'), btoa(tekst)]);
                });""", adres);
        List<?> delen = (List<?>) uitkomst;
        return new Antwoord(((Number) delen.get(0)).intValue(), (String) delen.get(1),
                Base64.getDecoder().decode((String) delen.get(2)));
    }

    private void meldAan(String naam) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(naam);
        browser.findElement(By.id("password")).sendKeys("test");
        browser.findElement(By.cssSelector("form.formulier button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        assertThat(browser.findElement(By.tagName("header")).getText()).contains(naam);
    }

    private void meldAf() {
        browser.findElement(By.xpath("//button[normalize-space()='Uitloggen']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
    }

    private void open(String pad) {
        browser.get("http://localhost:" + poort + pad);
    }
}
