package nl.trede.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium for browser tests: Debian's chromium and chromedriver where present, otherwise
 * Selenium Manager fetches a browser. The console is kept, so a test can read what the browser
 * refused (for example under the Content-Security-Policy).
 */
public final class Chromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    public static ChromeDriver start() {
        ChromeOptions opties = new ChromeOptions().addArguments("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1400,1000");
        opties.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        if (Files.isExecutable(CHROMIUM)) {
            opties.setBinary(CHROMIUM.toFile());
        }
        return Files.isExecutable(CHROMEDRIVER)
                ? new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), opties)
                : new ChromeDriver(opties);
    }
}
