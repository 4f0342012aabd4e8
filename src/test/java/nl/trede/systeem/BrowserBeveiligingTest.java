package nl.trede.systeem;

import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.support.Chromium;
import nl.trede.support.Testcijfers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In headless Chromium, logged in through the login page: the browser enforces the
 * Content-Security-Policy (its console reports every blocked script or style), the JSON link of a
 * run opens without a password popup, and the API documentation renders with its Dutch title.
 */
@ApplicatieMetDatabase
class BrowserBeveiligingTest {

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
    void deCspBlokkeertNietsOpDePaginasEnDeApiLinksWerken() {
        // De Bilt 2087-1: a run with a coloured trede (a style attribute) and a JSON link.
        new Testcijfers(jdbc, "browser.csv").voegToe("GM0310", "2087-1", 10, 0, 0, 4, null, null);
        // Voorlopig: this context runs on today's clock, and 2087 has not ended.
        long ronde = beoordelingen.start(Periode.van("2087-1"), "Utrecht", "toezichthouder", true).id();
        meldAan("auditor");

        for (String pagina : List.of("/rondes", "/rondes/" + ronde, "/monitoring/kaart?gebied=PV22&opgave=ASIEL&peildatum=2025-11-01",
                "/tokens", "/rondes/987654321")) {
            open(pagina);
            assertThat(cspMeldingen()).as(pagina).isEmpty();
        }

        open("/rondes/" + ronde);
        browser.findElement(By.linkText("/api/v1/beoordelingsrondes/" + ronde)).click();
        assertThat(browser.getCurrentUrl()).endsWith("/api/v1/beoordelingsrondes/" + ronde);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"id\":" + ronde, "De Bilt");

        open("/rondes");
        browser.findElement(By.linkText("API")).click();
        WebDriverWait wacht = new WebDriverWait(browser, Duration.ofSeconds(20));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".info .title"), "trede-API"));
        assertThat(browser.findElement(By.cssSelector(".info")).getText()).contains("Interbestuurlijk toezicht");
        assertThat(browser.findElements(By.cssSelector(".opblock-tag"))).extracting(e -> e.getText())
                .anyMatch(t -> t.startsWith("Beoordelingsrondes"));
        assertThat(cspMeldingen()).as("API-documentatie").isEmpty();
    }

    private void meldAan(String naam) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(naam);
        browser.findElement(By.id("password")).sendKeys("test");
        browser.findElement(By.cssSelector("form.formulier button")).click();
        // A click does not wait for the page the form leads to; on a busy machine the login page was still there.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().endsWith("/login"));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    private void open(String pad) {
        browser.get("http://localhost:" + poort + pad);
    }

    /** What the browser console says it refused under the Content-Security-Policy since the last call. */
    private static List<String> cspMeldingen() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }
}
