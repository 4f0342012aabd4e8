package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.beoordeling.BesluitService;
import nl.trede.invoer.InvoerService;
import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.Chromium;
import nl.trede.verdeling.Verdeling;
import nl.trede.verdeling.VerdelingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of trede in headless Chromium, logged in through the login page as each role, each role at
 * one of the widths the pages must work at (so every page is seen at 375, 800 and 1400 px). On every
 * page: axe-core's WCAG 2.1 A and AA rules without a single violation; the NL Design System styles; a
 * skip link as the first stop of the Tab key; the menu marking where the page belongs
 * ({@code aria-current}); every link, button, field and scrolling table reached with the Tab key; no
 * sideways scrolling of the page itself; and every export or API link on it fetched with the browser's
 * own session: 200 and the right type. The pages are those the app's request mappings name (see
 * {@link Paginas}): a page without an example address here fails the test by name.
 * <p>
 * Then what a person does: an import of the COA overview as xlsx through the form, followed by its link
 * "Start een ronde voor ...", a computed verdeling through its form, a replay, a validation of the rules,
 * each submitted with the keyboard. Screenshots of a ronde, a beoordeling and Drenthe's monitoring, with
 * every {@code <details>} open, at the three widths: {@code target/schermafdrukken/}.
 */
@ApplicatieMetDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaginaBrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Map<String, Integer> BREEDTE = Map.of("toezichthouder", 1400, "toezichthouder2", 800,
            "beleid", 1400, "auditor", 375);
    private static final Path SCHERMAFDRUKKEN = Path.of("target", "schermafdrukken");

    private ChromeDriver browser;
    private Map<String, List<String>> voorbeelden;
    private final Set<String> getoetsteToestanden = new HashSet<>();
    private long ronde;
    private long beoordeling;
    private long vastgesteld;

    @LocalServerPort
    int poort;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    InvoerService invoer;
    @Autowired
    BeoordelingService beoordelingen;
    @Autowired
    BesluitService besluiten;
    @Autowired
    VerdelingService verdelingen;

    /**
     * Drenthe 2025-1 from the COA overview (the demo file), twice judged, so that a comparison exists;
     * toezichthouder decided Borger-Odoorn, so toezichthouder2 sees the vaststelling and toezichthouder
     * his own decision waiting; Assen is vastgesteld, so its letter and the ronde's downloads are on the pages.
     */
    @BeforeAll
    void gegevensEnBrowser() throws IOException, InterruptedException {
        try (InputStream in = getClass().getResourceAsStream("/demo/drenthe-huisvesting-2025.csv")) {
            invoer.voerIn("drenthe-browser.csv", in.readAllBytes(), "toezichthouder");
        }
        ronde = beoordelingen.start(Periode.van("2025-1"), "Drenthe", "toezichthouder").id();
        long tweede = beoordelingen.start(Periode.van("2025-1"), "Drenthe", "toezichthouder").id();
        Beoordeling borgerOdoorn = beoordelingen.beoordelingen(ronde).stream()
                .filter(b -> b.gemeenteNaam().equals("Borger-Odoorn")).findFirst().orElseThrow();
        beoordeling = borgerOdoorn.id();
        besluiten.beslis(beoordeling, borgerOdoorn.voorgesteldeTrede(), null, null, borgerOdoorn.besluit().versie(), "toezichthouder");
        // Assen decided and vastgesteld by two officers: its letter, the ronde's letters and report are offered.
        Beoordeling assen = beoordelingen.beoordelingen(ronde).stream()
                .filter(b -> b.gemeenteNaam().equals("Assen")).findFirst().orElseThrow();
        Beoordeling besloten = besluiten.beslis(assen.id(), assen.voorgesteldeTrede(), null, null, assen.besluit().versie(), "toezichthouder");
        vastgesteld = besluiten.stelVast(assen.id(), besloten.besluit().versie(), "toezichthouder2").id();

        voorbeelden = new LinkedHashMap<>();
        voorbeelden.put("/", List.of());  // sends to /rondes
        voorbeelden.put("/rondes", List.of("/rondes"));
        voorbeelden.put("/rondes/{id}", List.of("/rondes/" + ronde));
        voorbeelden.put("/rondes/{a}/vergelijk/{b}", List.of("/rondes/" + ronde + "/vergelijk/" + tweede));
        voorbeelden.put("/beoordelingen/{id}", List.of("/beoordelingen/" + beoordeling, "/beoordelingen/" + vastgesteld));
        voorbeelden.put("/invoer", List.of("/invoer"));
        voorbeelden.put("/verdelingen", List.of("/verdelingen"));
        voorbeelden.put("/verdelingen/{id}", List.of("/verdelingen/" + berekendeVerdeling()));
        voorbeelden.put("/monitoring", List.of("/monitoring"));
        voorbeelden.put("/monitoring/provincies/{code}", List.of("/monitoring/provincies/PV22"));
        voorbeelden.put("/monitoring/gemeenten/{code}", List.of("/monitoring/gemeenten/GM0106"));
        voorbeelden.put("/monitoring/kaart", List.of("/monitoring/kaart?gebied=PV22&opgave=ASIEL"));
        voorbeelden.put("/regels", List.of("/regels"));
        voorbeelden.put("/regels/impact", List.of("/regels/impact"));
        voorbeelden.put("/audit", List.of("/audit?gemeente=Borger-Odoorn"));
        voorbeelden.put("/aanmeldpogingen", List.of("/aanmeldpogingen"));
        voorbeelden.put("/tokens", List.of("/tokens"));
        voorbeelden.put("/login", List.of());  // before logging in, below
        voorbeelden.put("/error", List.of("/rondes/987654321"));

        browser = Chromium.start();
        // In every page from its start, as the browser's own script: not sent again for each page, and not under the CSP.
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                new String(getClass().getResourceAsStream("/axe/axe.min.js").readAllBytes(), StandardCharsets.UTF_8)));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** A verdeling of three Overijssel gemeenten with an uitruil, computed through the API (as VerdelingApiTest's). */
    private long berekendeVerdeling() throws IOException, InterruptedException {
        String verzoek = """
                {"provincie": "Overijssel", "naam": "Voor de browsertoets", "opgaveRegulier": 190, "opgaveAmv": 20,
                 "gemeenten": [
                   {"gemeente": "Almelo", "indicatiefRegulier": 100, "indicatiefAmv": 10, "verslagRegulier": 120, "verslagAmv": 0},
                   {"gemeente": "GM0150", "indicatiefRegulier": 100, "indicatiefAmv": 10, "verslagRegulier": 0, "kansrijkRegulier": 10},
                   {"gemeente": "Ommen", "indicatiefRegulier": 50, "indicatiefAmv": 10}],
                 "uitruil": [{"van": "Almelo", "voor": "Ommen", "regulier": 10}]}
                """;
        HttpResponse<String> antwoord = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + poort + "/api/v1/verdelingen"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("toezichthouder:test".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(verzoek)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return Long.parseLong(antwoord.headers().firstValue("Location").orElseThrow().replaceFirst(".*/", ""));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void elkePaginaVanDeAppHeeftEenVoorbeeldadres() {
        SortedSet<String> zonder = new TreeSet<>(Paginas.patronen(mappings));
        zonder.removeAll(voorbeelden.keySet());
        assertThat(zonder).as("Pagina's zonder voorbeeldadres in PaginaBrowserTest: geef elk een adres met ids uit de "
                + "testgegevens, dan toetst deze test haar als elke rol").isEmpty();
    }

    /**
     * Every page address with an id or code, given one that does not exist and one of the wrong kind (also
     * the second of a comparison of two rondes): a Dutch error page with the header, 404 or 400, never a 500.
     */
    @Test
    void eenOnbekendeOfVerkeerdeIdGeeftEenNederlandseFoutpagina() throws Exception {
        Browsersessie auditor = Browsersessie.aangemeld(poort, "auditor", "test");
        List<String> bevindingen = new ArrayList<>();
        for (String patroon : Paginas.patronen(mappings)) {
            if (!patroon.contains("{")) {
                continue;
            }
            List<String> adressen = new ArrayList<>(List.of(patroon.replaceAll("\\{[^}]+}", "987654321"),
                    patroon.replaceAll("\\{[^}]+}", "abc")));
            if (patroon.indexOf('{') != patroon.lastIndexOf('{')) {
                adressen.add(patroon.replaceFirst("\\{[^}]+}", String.valueOf(ronde)).replaceAll("\\{[^}]+}", "987654321"));
            }
            for (String adres : adressen) {
                HttpResponse<String> antwoord = auditor.get(adres);
                String titel = antwoord.statusCode() == 404 ? "Niet gevonden" : "Onjuist verzoek";
                if ((antwoord.statusCode() != 404 && antwoord.statusCode() != 400)
                        || !antwoord.body().contains("<title>" + titel + " · trede</title>") || !antwoord.body().contains("class=\"kop\"")) {
                    bevindingen.add(adres + ": " + antwoord.statusCode() + " " + antwoord.body().lines().filter(r -> r.contains("<title>"))
                            .findFirst().orElse(""));
                }
            }
        }
        assertThat(bevindingen).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"toezichthouder", "toezichthouder2", "beleid", "auditor"})
    void elkePaginaAlsElkeRol(String rol) throws IOException {
        List<String> bevindingen = new ArrayList<>();
        browser.manage().deleteAllCookies();
        // The page's own width, as a phone or a narrow window has it: no window frame or scroll bar taken off.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", BREEDTE.get(rol), "height", 1000,
                "deviceScaleFactor", 1, "mobile", false));
        browser.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
        open("/login");
        bevindingen.addAll(toets("/login", rol));
        meldAan(rol);

        Map<String, String> exports = new TreeMap<>();
        Map<String, String> schermafdrukken = Map.of("/rondes/" + ronde, "ronde", "/beoordelingen/" + beoordeling, "beoordeling",
                "/monitoring/provincies/PV22", "monitoring-drenthe");
        for (String pagina : voorbeelden.values().stream().flatMap(List::stream).toList()) {
            open(pagina);
            bevindingen.addAll(toets(pagina, rol));
            exports.putAll(exportlinks());
            if (schermafdrukken.containsKey(pagina) && !rol.equals("beleid")) {
                // As the page first shows: the Tab walk above scrolled the tables to their last link.
                browser.executeScript("document.activeElement.blur(); window.scrollTo(0, 0); "
                        + "document.querySelectorAll('.tabelvak').forEach(t => t.scrollLeft = 0)");
                schermafdruk(schermafdrukken.get(pagina) + "-" + BREEDTE.get(rol) + ".png");
            }
        }
        bevindingen.addAll(haal(exports));
        bevindingen.addAll(handelingen(rol));
        assertThat(bevindingen).as("als " + rol + " op " + BREEDTE.get(rol) + " px").isEmpty();
    }

    /** Everything checked on one page; each finding names page, role and what. */
    private List<String> toets(String pagina, String rol) {
        List<String> bevindingen = new ArrayList<>();
        String waar = pagina + " (" + rol + "): ";
        if (!Boolean.TRUE.equals(browser.executeScript(
                "return document.documentElement.matches('.utrecht-html.voorbeeld-theme')"))) {
            bevindingen.add(waar + "<html> mist class=\"utrecht-html voorbeeld-theme\" (NL Design System)");
        }
        // What a closed <details> holds (the facts and conclusions of a fired rule) is checked open: it must
        // pass axe, be reachable and fit as a table as well.
        browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
        if (browser.findElements(By.cssSelector("main#inhoud")).isEmpty()) {
            bevindingen.add(waar + "geen <main id=\"inhoud\">, het doel van de link 'Naar de inhoud'");
        }
        bevindingen.addAll(axe(waar));
        bevindingen.addAll(breedte(pagina));
        if (!pagina.equals("/login")) {
            Object gemarkeerd = browser.executeScript("return [...document.querySelectorAll('header.kop [aria-current]')]"
                    + ".map(a => a.textContent.trim())");
            if (!(gemarkeerd instanceof List<?> lijst) || lijst.size() != 1) {
                bevindingen.add(waar + "het menu markeert niet precies één onderdeel met aria-current: " + gemarkeerd);
            }
        }
        bevindingen.addAll(toetsenbord(waar));
        return bevindingen;
    }

    @SuppressWarnings("unchecked")
    private List<String> axe(String waar) {
        List<Map<String, Object>> schendingen = (List<Map<String, Object>>) browser.executeAsyncScript("""
                const klaar = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => klaar(r.violations.map(v => ({regel: v.id, uitleg: v.help,
                      elementen: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.html.slice(0, 160))}))))
                  .catch(e => klaar([{regel: 'axe-fout', uitleg: String(e), elementen: []}]));
                """, WCAG_21_AA);
        return schendingen.stream().map(s -> waar + "axe " + s.get("regel") + " (" + s.get("uitleg") + "): " + s.get("elementen")).toList();
    }

    /** The page never scrolls sideways as a whole: wide tables scroll in their own box, the header wraps. */
    private List<String> breedte(String pagina) {
        Object teBreed = browser.executeScript("""
                const breed = document.documentElement.scrollWidth > window.innerWidth;
                const kop = document.querySelector('header.kop');
                return breed || (kop && kop.scrollWidth > kop.clientWidth)
                  ? [document.documentElement.scrollWidth, window.innerWidth,
                     [...document.querySelectorAll('main *, header *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                        && !e.closest('.tabelvak')).slice(0, 3).map(e => e.outerHTML.slice(0, 120))]
                  : null;
                """);
        return teBreed == null ? List.of() : List.of(pagina + " is breder dan het venster: " + teBreed);
    }

    /**
     * Tabs through the page from its start with the real Tab key: the first stop is the skip link, and
     * every visible link, button, field, summary and scrolling table is a stop. Elements in a closed
     * {@code <details>} are not visible until it is opened, and are not counted. A page state already
     * tabbed through as another role (same address, title and controls) is not walked again.
     */
    @SuppressWarnings("unchecked")
    private List<String> toetsenbord(String waar) {
        String toestand = (String) browser.executeScript("""
                const kandidaten = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')]
                  .filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0
                    && getComputedStyle(e).visibility !== 'hidden');
                kandidaten.forEach((e, i) => e.setAttribute('data-tabstop', i));
                return location.pathname + location.search + '|' + document.title + '|'
                  + kandidaten.map(e => e.tagName + (e.getAttribute('href') || e.textContent.trim().slice(0, 20))).join(',');
                """);
        if (!getoetsteToestanden.add(toestand)) {
            return List.of();
        }
        long stops = (Long) browser.executeScript("""
                window.tabstops = [];
                document.addEventListener('focusin', e => window.tabstops.push(e.target.getAttribute('data-tabstop')
                    + (e.target.matches('.utrecht-skip-link') ? ':skiplink:' + e.target.getBoundingClientRect().top : '')), true);
                document.activeElement.blur();
                window.getSelection().removeAllRanges();
                return document.querySelectorAll('[data-tabstop]').length + 3 * document.querySelectorAll('input[type=date]').length + 2;
                """);
        Actions tab = new Actions(browser);
        for (int i = 0; i < stops; i++) {
            tab.sendKeys(Keys.TAB);
        }
        tab.perform();
        List<String> bereikt = (List<String>) browser.executeScript("return window.tabstops");
        List<String> niet = (List<String>) browser.executeScript("""
                const bereikt = new Set(window.tabstops.map(t => t.split(':')[0]));
                return [...document.querySelectorAll('[data-tabstop]')].filter(e => !bereikt.has(e.getAttribute('data-tabstop')))
                  .slice(0, 5).map(e => e.outerHTML.slice(0, 140));
                """);
        List<String> bevindingen = new ArrayList<>();
        if (!niet.isEmpty()) {
            bevindingen.add(waar + "niet met de Tab-toets bereikt: " + niet);
        }
        boolean metKop = !browser.findElements(By.cssSelector("header.kop")).isEmpty();
        if (metKop && (bereikt.isEmpty() || !bereikt.get(0).contains(":skiplink:") || bereikt.get(0).contains(":skiplink:-"))) {
            bevindingen.add(waar + "de eerste Tab-stop is geen zichtbare link 'Naar de inhoud': " + (bereikt.isEmpty() ? "geen" : bereikt.get(0)));
        }
        return bevindingen;
    }

    /**
     * The links of this page to a file or to the API, what a person downloads or opens: each with the type it
     * promises in its {@code type} attribute (a link without one is reported, so a new download cannot go unchecked).
     */
    @SuppressWarnings("unchecked")
    private Map<String, String> exportlinks() {
        List<List<String>> links = (List<List<String>>) browser.executeScript("""
                return [...document.querySelectorAll('a[href]')]
                  .filter(a => a.getAttribute('href').startsWith('/api/') || /\\.(csv|xlsx|pdf|zip|geojson)(\\?|$)/.test(a.getAttribute('href')))
                  .map(a => [a.getAttribute('href'), a.getAttribute('type') || '']);
                """);
        Map<String, String> perLink = new LinkedHashMap<>();
        links.forEach(l -> perLink.put(l.get(0), l.get(1)));
        return perLink;
    }

    /** Each link fetched by the browser itself, with the session of its login: 200 and the type the link promises. */
    @SuppressWarnings("unchecked")
    private List<String> haal(Map<String, String> links) {
        List<List<Object>> antwoorden = (List<List<Object>>) browser.executeAsyncScript("""
                const klaar = arguments[arguments.length - 1];
                Promise.all(arguments[0].map(u => fetch(u, {credentials: 'same-origin'})
                    .then(r => [u, r.status, r.headers.get('Content-Type') || ''])
                    .catch(e => [u, 0, String(e)]))).then(klaar);
                """, List.copyOf(links.keySet()));
        List<String> bevindingen = new ArrayList<>();
        for (List<Object> antwoord : antwoorden) {
            String link = (String) antwoord.get(0);
            String soort = links.get(link);
            if (soort.isEmpty()) {
                bevindingen.add("export " + link + ": de link zegt niet welk type bestand hij geeft (attribuut type)");
            } else if (((Number) antwoord.get(1)).intValue() != 200 || !((String) antwoord.get(2)).startsWith(soort)) {
                bevindingen.add("export " + link + ": " + antwoord.get(1) + " " + antwoord.get(2) + ", verwacht 200 " + soort);
            }
        }
        return bevindingen;
    }

    /** What each role does on the pages, every form sent with the keyboard; each page it lands on is checked too. */
    private List<String> handelingen(String rol) throws IOException {
        List<String> bevindingen = new ArrayList<>();
        switch (rol) {
            case "toezichthouder" -> {
                open("/invoer");
                browser.findElement(By.id("bestand")).sendKeys(bestand("/invoer/voorbeelden/maandoverzicht-coa.xlsx").toString());
                verstuur("form[enctype] button[type=submit]");
                bevindingen.addAll(toets("/invoer na een xlsx-import", rol));
                metToetsenbord(browser.findElement(By.linkText("Start een ronde voor 2025-1 (Drenthe)")));
                assertThat(browser.findElement(By.id("periode")).getAttribute("value")).isEqualTo("2025-1");
                assertThat(browser.findElement(By.cssSelector("#provincie option:checked")).getText()).isEqualTo("Drenthe");

                open("/verdelingen");
                browser.findElement(By.id("provincie")).sendKeys("Overijssel");
                browser.findElement(By.id("naam")).sendKeys("Browsertoets");
                browser.findElement(By.id("opgaveRegulier")).sendKeys("190");
                browser.findElement(By.id("opgaveAmv")).sendKeys("20");
                browser.findElement(By.id("gemeenten")).sendKeys(bestand("/verdelingen/voorbeelden/gemeenten.csv").toString());
                browser.findElement(By.id("uitruil")).sendKeys(bestand("/verdelingen/voorbeelden/uitruil.csv").toString());
                verstuur("form[enctype] button[type=submit]");
                assertThat(browser.getCurrentUrl()).matches(".*/verdelingen/\\d+");
                String verdeling = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
                bevindingen.addAll(toets(verdeling + " (berekend)", rol));
            }
            case "auditor" -> {
                open("/rondes/" + ronde);
                verstuur("form[action$='/herhaling'] button");
                bevindingen.addAll(toets("herhaling van ronde " + ronde, rol));
                open("/verdelingen");
                String gepubliceerd = "/verdelingen/" + verdelingen.verdelingen().stream().filter(Verdeling::gepubliceerd)
                        .findFirst().orElseThrow().id();
                metToetsenbord(browser.findElement(By.cssSelector("a[href='" + gepubliceerd + "']")));
                bevindingen.addAll(toets(gepubliceerd + " (gepubliceerd besluit)", rol));
            }
            case "beleid" -> {
                open("/regels");
                verstuur("form[action$='/regels/valideer'] button");
                bevindingen.addAll(toets("/regels na valideren", rol));
            }
            default -> {
                open("/beoordelingen/" + beoordeling);
                assertThat(browser.findElement(By.tagName("main")).getText()).contains("Vaststellen", "Terugsturen");
            }
        }
        return bevindingen;
    }

    /** Focus on the form's button and Enter, as someone without a mouse sends it; waits for the page that answers. */
    private void verstuur(String knop) {
        metToetsenbord(browser.findElement(By.cssSelector(knop)));
    }

    /** Enter on a focused link or button; waits for the page that answers. */
    private void metToetsenbord(WebElement element) {
        browser.executeScript("window.vorigePagina = true");
        element.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return window.vorigePagina === undefined && document.readyState === 'complete'")));
    }

    /** A file the page offers, as the logged-in browser gets it, saved for a file field. */
    private Path bestand(String pad) throws IOException {
        @SuppressWarnings("unchecked")
        String inhoud = (String) browser.executeAsyncScript("""
                const klaar = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer())
                  .then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); klaar(btoa(s)); });
                """, pad);
        Path bestand = Files.createTempDirectory("trede-browser").resolve(pad.substring(pad.lastIndexOf('/') + 1));
        Files.write(bestand, Base64.getDecoder().decode(inhoud));
        return bestand.toAbsolutePath();
    }

    private void meldAan(String naam) {
        browser.findElement(By.id("username")).sendKeys(naam);
        browser.findElement(By.id("password")).sendKeys("test");
        metToetsenbord(browser.findElement(By.id("password")));
        assertThat(browser.getCurrentUrl()).as("aanmelden als " + naam).doesNotContain("/login");
    }

    private void open(String pad) {
        browser.get("http://localhost:" + poort + pad);
    }

    /** The whole page, not only the window, through the DevTools protocol, under target/schermafdrukken. */
    @SuppressWarnings("unchecked")
    private void schermafdruk(String naam) throws IOException {
        Files.createDirectories(SCHERMAFDRUKKEN);
        Map<String, Object> maten = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        Map<String, Object> uit = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", maten.get("width"), "height", maten.get("height"), "scale", 1)));
        Files.write(SCHERMAFDRUKKEN.resolve(naam), Base64.getDecoder().decode((String) uit.get("data")));
    }
}
