package nl.trede.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The monitoring pages in headless Chromium, as an auditor sees them: figures and colours, with a
 * screenshot of each page under target/.
 */
@ApplicatieMetDatabase
class MonitoringBrowserTest {

    /** This test's own fixture: the monitoring figures of the national dashboard and of the PRT Drenthe notitie of 19 November 2025. */
    @BeforeAll
    static void gegevens(@Autowired ApplicationContext context) {
        Monitoringgegevens.laad(context);
    }

    private static WebDriver browser;

    @LocalServerPort
    int poort;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String pad) {
        browser.get("http://localhost:" + poort + pad);
        if (browser.getCurrentUrl().contains("/login")) {
            browser.findElement(By.id("username")).sendKeys("auditor");
            browser.findElement(By.id("password")).sendKeys("test");
            browser.findElement(By.cssSelector("form.formulier button")).click();
            // The click returns before the login has answered on a fast machine: wait for it, or the next get races it.
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            browser.get("http://localhost:" + poort + pad);
        }
    }

    private static void schermafdruk(String naam) throws IOException {
        Path bestand = Path.of("target", naam);
        Files.createDirectories(bestand.getParent());
        Files.copy(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(), bestand, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void deLandelijkeKaartjes() throws IOException {
        open("/monitoring?peildatum=2024-09-01");
        assertThat(browser.findElement(By.cssSelector("[data-opgave=ASIEL] .schema")).getText()).isEqualTo("87.300");
        assertThat(browser.findElement(By.cssSelector("[data-opgave=AMV] .schema")).getText()).isEqualTo("6.646,67");
        assertThat(browser.findElement(By.cssSelector("[data-opgave=OEKRAINE] .schema")).getText()).isEqualTo("111.623,88");
        assertThat(browser.findElements(By.cssSelector(".kaartje svg polyline.lijn"))).hasSize(5);
        // Drenthe's own figures date from 2025: in September 2024 only its opgaven show, no realisatie yet
        assertThat(browser.findElement(By.cssSelector("#provincies tr[data-provincie=PV22]")).getText()).contains("5.648", "3.814");
        schermafdruk("monitoring-landelijk.png");
    }

    @Test
    void drenthe() throws IOException {
        open("/monitoring/provincies/PV22?peildatum=2025-11-03");
        WebElement totaal = browser.findElement(By.cssSelector("#opvang tfoot tr"));
        assertThat(totaal.getText()).contains("5.648", "4.978", "−670", "3.814", "3.819", "+5", "341", "191", "−150");
        WebElement westerveld = browser.findElement(By.cssSelector("#nidos tr[data-gemeente=GM1701]"));
        assertThat(westerveld.getText()).contains("geen opgave (14 gerealiseerd)").doesNotContain("0%");
        WebElement assen = browser.findElement(By.cssSelector("#nidos tr[data-gemeente=GM0106] .signaal"));
        assertThat(assen.getText()).isEqualTo("groen (235,7%)");
        assertThat(assen.getCssValue("background-color")).isEqualTo("rgba(46, 133, 64, 1)");
        assertThat(browser.findElement(By.cssSelector("#huisvesting tfoot")).getText()).contains("819", "298");
        schermafdruk("monitoring-drenthe.png");
    }

    @Test
    void deKaartVanDrenthe() throws IOException {
        open("/monitoring/kaart?gebied=PV22&opgave=ASIEL&peildatum=2025-11-01");
        List<WebElement> vlakken = browser.findElements(By.cssSelector("#kaart path.gemeente"));
        assertThat(vlakken).hasSize(12);
        WebElement tynaarlo = browser.findElement(By.id("GM1730"));
        assertThat(tynaarlo.getCssValue("fill")).isEqualTo("rgb(200, 16, 46)");
        assertThat(browser.findElement(By.id("GM0118")).getCssValue("fill")).isEqualTo("rgb(46, 133, 64)");
        ((ChromeDriver) browser).executeScript("arguments[0].focus()", tynaarlo);
        assertThat(browser.findElement(By.id("kaartdetail")).getText()).startsWith("Tynaarlo: opgave 250, gerealiseerd 150, rood");
        assertThat(browser.findElements(By.cssSelector("#kaarttabel tbody tr"))).hasSize(12);
        assertThat(browser.findElement(By.cssSelector(".bron")).getText()).isEqualTo("Grenzen: CBS/PDOK");
        schermafdruk("monitoring-kaart-drenthe.png");
    }

    @Test
    void deKaartVanNederland() throws IOException {
        open("/monitoring/kaart?gebied=NL&opgave=OEKRAINE&peildatum=2025-11-01");
        assertThat(browser.findElements(By.cssSelector("#kaart path.gemeente"))).hasSize(342);
        // Oekraine per veiligheidsregio: Assen in the colour of VR03 Drenthe (88% oranje), Utrecht without figures grey
        assertThat(browser.findElement(By.id("GM0106")).getCssValue("fill")).isEqualTo("rgb(224, 123, 0)");
        assertThat(browser.findElement(By.id("GM0344")).getCssValue("fill")).isEqualTo("rgb(216, 216, 216)");
        schermafdruk("monitoring-kaart-nederland.png");
    }
}
