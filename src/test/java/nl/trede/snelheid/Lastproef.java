package nl.trede.snelheid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The load test: speed as a user gets it. Against a running trede (the packaged jar started by {@link #main}
 * as production starts it, see {@link GestarteApp}; or the app in a test) it imports a national data set of
 * SYNTHETIC figures through the app's own API ({@link SynthetischeCijfers}), runs the rondes, and then calls every page and the main
 * API calls over HTTP, whole answers read: median, p95 and calls per second for one client and for
 * many at once, and a mixed run of many clients over all pages. Every figure carries the load average.
 * Run: {@code mvn -q -Pbench package -DskipTests exec:exec@lastproef} (README, "Snelheid").
 */
public final class Lastproef {

    static final String AUDITOR = "auditor";
    static final String BELEID = "beleid";
    static final String TOEZICHTHOUDER = "toezichthouder";

    /**
     * Forms that write, not measured as pages: an import, a ronde and a verdeling are measured through
     * the API call that does the same work; activating a rule set would change what every later figure measures.
     * A decision and a vaststelling are one-time acts on one beoordeling (repeated they are refused), and a token made
     * or revoked a thousand times would only fill the token list.
     */
    static final Set<String> NIET_GEMETEN = Set.of("POST /invoer", "POST /rondes", "POST /verdelingen", "POST /regels/activeer",
            "POST /beoordelingen/{id}/beslissing", "POST /beoordelingen/{id}/vaststelling", "POST /rondes/{id}/beslissingen",
            "POST /rondes/{id}/vaststellingen", "POST /tokens", "POST /tokens/{id}/intrekken");

    /** The rule the impact measurement changes, as a policy writer would (RegelsetBenchmark does the same). */
    static final String KANDIDAAT_BESTAND = "interventieladder/standaard/ondergrens.drl";
    private static final String KANDIDAAT_VOOR = "int ondergrens = $c.taakstelling() + $c.correcties();";
    private static final String KANDIDAAT_NA = "int ondergrens = $c.taakstelling() + $c.correcties() + 5;";

    /**
     * How much: the half-years of synthetic figures (342 gemeenten each), how often a run is repeated,
     * the numbers of clients each call is measured with (all at once; each warmed up first when
     * {@code opwarmen}), how long each call is measured and at least how often per client, the mixed
     * run (clients, time), and whether the national opvang figures are imported.
     */
    record Instellingen(List<String> periodes, int herhalingen, List<Integer> clients, boolean opwarmen, Duration meetduur,
                        int minimum, int gemengdeClients, Duration gemengd, boolean landelijkeOpvang) {

        /**
         * Ten half-years (impact over ten periods of 342) from 2014, when the ladder's parameters begin, and
         * before any period the tests use; one client and 30; a minute of 30 clients on mixed pages.
         */
        static Instellingen volledig() {
            return new Instellingen(List.of("2014-1", "2014-2", "2015-1", "2015-2", "2016-1", "2016-2", "2017-1",
                    "2017-2", "2018-1", "2018-2"), 10, List.of(1, 30), true, Duration.ofSeconds(4), 5, 30,
                    Duration.ofSeconds(60), true);
        }

        /**
         * Every call once, to see that the harness and the app still fit: one half-year, one client. The
         * national opvang is left out: the tests share one database, and other tests read the national map.
         */
        static Instellingen rook() {
            return new Instellingen(List.of("2014-1"), 1, List.of(1), false, Duration.ZERO, 1, 2, Duration.ofSeconds(1),
                    false);
        }
    }

    /** What the loading left to look at: the ids the pages and calls need. */
    record Gegevens(long ronde, long herhaalde, long beoordeling, long verdeling) {
    }

    private final URI basis;
    private final String wachtwoord;
    private final Instellingen instellingen;
    private final Path regelmap;
    private final Consumer<String> uit;
    private final SynthetischeCijfers cijfers = SynthetischeCijfers.uitRepository();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Verzoek.Wie, List<Bezoeker>> bezoekers = new EnumMap<>(Verzoek.Wie.class);
    private final List<Uitslag> uitslagen = new ArrayList<>();
    private String alleen;

    /**
     * @param regelmap the app's {@code trede.regels.map}, changed for the impact measurement and put
     *                 back afterwards; null to measure the impact of the rules as they are
     */
    Lastproef(URI basis, String wachtwoord, Instellingen instellingen, Path regelmap, Consumer<String> uit) {
        this.basis = basis;
        this.wachtwoord = wachtwoord;
        this.instellingen = instellingen;
        this.regelmap = regelmap;
        this.uit = uit;
    }

    /** Measures only the calls whose name contains this text (the loading and the mixed run always). */
    Lastproef alleen(String tekst) {
        alleen = tekst;
        return this;
    }

    /** Loads the data, then measures every call; returns every figure. */
    List<Uitslag> draai() {
        uit.accept(Uitslag.kop());
        Gegevens gegevens = laad();
        String origineel = regelmap == null ? null : wijzigRegel();
        try {
            reeks("impact van een regelwijziging, " + instellingen.periodes().size() + " periodes van 342 (API)",
                    Verzoek.Wie.BELEID_TOKEN, herhaal(impact(), instellingen.herhalingen()));
            List<Verzoek> paginas = paginas(gegevens);
            for (Verzoek v : Stream.concat(paginas.stream(), api(gegevens).stream())
                    .filter(v -> alleen == null || v.naam().contains(alleen)).toList()) {
                instellingen.clients().forEach(aantal -> meet(v, aantal));
            }
            List<Verzoek> gemengd = paginas.stream().filter(v -> v.methode().equals("GET") && v.wie() == Verzoek.Wie.AUDITOR
                    && v.verwacht() == 200).toList();
            bewaar(Meter.meet(instellingen.gemengdeClients() + " clients, gemengde pagina's (" + gemengd.size() + " soorten)",
                    bezoekers(Verzoek.Wie.AUDITOR, instellingen.gemengdeClients()),
                    random -> gemengd.get(random.nextInt(gemengd.size())), instellingen.gemengd(), 1));
        } finally {
            if (origineel != null) {
                schrijf(regelmap.resolve(KANDIDAAT_BESTAND), origineel);
            }
        }
        return List.copyOf(uitslagen);
    }

    /**
     * The national data set through the API as an officer sends it: the figures of each half-year as a
     * CSV, a verdeling, the national opvang, then a ronde per half-year in order (each uses the treden of
     * the one before), then the last one again: the run of 342 with everything stored.
     */
    private Gegevens laad() {
        List<String> periodes = instellingen.periodes();
        reeks("invoer 342 gemeenten als CSV (API)", Verzoek.Wie.TOEZICHTHOUDER_TOKEN, periodes.stream()
                .map(p -> invoer(p, p.equals(periodes.get(0)))).toList());
        if (instellingen.landelijkeOpvang()) {
            reeks("invoer opvang 330 gemeenten (API)", Verzoek.Wie.TOEZICHTHOUDER_TOKEN, List.of(new Verzoek("POST",
                    "/api/v1/monitoring/invoer/opvang?peildatum=2025-11-01&opgavedatum=2025-07-01&bron=" + url(SynthetischeCijfers.LABEL),
                    Verzoek.Wie.TOEZICHTHOUDER_TOKEN, "text/csv", cijfers.opvang("PV22"), 200)));
        }
        long verdeling = id(reeks("verdeling van Overijssel (API)", Verzoek.Wie.TOEZICHTHOUDER_TOKEN, List.of(
                Verzoek.json(Verzoek.Wie.TOEZICHTHOUDER_TOKEN, "/api/v1/verdelingen", cijfers.verdeling("Overijssel"), 201)))
                .get(0));
        List<JsonNode> rondes = reeks("ronde van 342, alles bewaard: eerste per periode (API)", Verzoek.Wie.TOEZICHTHOUDER_TOKEN,
                periodes.stream().map(p -> ronde(p, 201)).toList());
        JsonNode laatste = rondes.get(rondes.size() - 1);
        String periode = periodes.get(periodes.size() - 1);
        reeks("ronde van 342: dezelfde invoer opnieuw, de open ronde terug (API)", Verzoek.Wie.TOEZICHTHOUDER_TOKEN,
                herhaal(ronde(periode, 200), instellingen.herhalingen()));
        // The same figures imported again are new rows, so new input: each start after such an import is a whole run.
        List<JsonNode> herhaald = reeks("ronde van 342, alles bewaard: dezelfde periode na nieuwe invoer (API)",
                Verzoek.Wie.TOEZICHTHOUDER_TOKEN, herhaal(ronde(periode, 201), instellingen.herhalingen()),
                invoer(periode, periodes.size() == 1));
        // A started run answers with its summary; its beoordelingen are in the whole ronde.
        JsonNode heel = antwoord(bezoekers(Verzoek.Wie.AUDITOR_TOKEN, 1).get(0),
                Verzoek.api("/api/v1/beoordelingsrondes/" + id(laatste)));
        return new Gegevens(id(laatste), id(herhaald.get(herhaald.size() - 1)), id(heel.get("beoordelingen").get(0)), verdeling);
    }

    /** A start: 201 for a new ronde, 200 when an open ronde on the same input is given back. */
    private static Verzoek ronde(String periode, int verwacht) {
        return Verzoek.json(Verzoek.Wie.TOEZICHTHOUDER_TOKEN, "/api/v1/beoordelingsrondes", "{\"periode\":\"" + periode + "\"}",
                verwacht);
    }

    private Verzoek invoer(String periode, boolean eerste) {
        return new Verzoek("POST", "/api/v1/invoer/huisvesting?bestandsnaam=synthetisch-" + periode + ".csv",
                Verzoek.Wie.TOEZICHTHOUDER_TOKEN, "text/csv", cijfers.huisvesting(periode, eerste), 201);
    }

    private Verzoek impact() {
        String periodes = instellingen.periodes().stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(","));
        return Verzoek.json(Verzoek.Wie.BELEID_TOKEN, "/api/v1/regelsets/impact", "{\"periodes\":[" + periodes + "]}", 200);
    }

    /** Every page of the *PaginaControllers (LastproefTest checks that none is missing) and the static files. */
    List<Verzoek> paginas(Gegevens g) {
        String periodes = String.join(",", instellingen.periodes());
        return List.of(
                new Verzoek("GET", "/login", Verzoek.Wie.ANONIEM, null, null, 200),
                Verzoek.pagina("/").verwacht(302),
                Verzoek.pagina("/rondes"),
                Verzoek.pagina("/rondes/" + g.ronde()),
                Verzoek.pagina("/rondes/" + g.ronde() + "/vergelijk/" + g.herhaalde()),
                Verzoek.formulier(Verzoek.Wie.AUDITOR, "/rondes/" + g.ronde() + "/herhaling", ""),
                Verzoek.pagina("/beoordelingen/" + g.beoordeling()),
                Verzoek.pagina("/audit"),
                Verzoek.pagina("/audit?gemeente=Assen"),
                Verzoek.formulier(Verzoek.Wie.AUDITOR, "/audit/controlepunt", "").verwacht(302),
                Verzoek.pagina("/invoer"),
                Verzoek.pagina("/invoer/voorbeelden/huisvesting.csv"),
                Verzoek.pagina("/invoer/voorbeelden/maandoverzicht-coa.csv"),
                Verzoek.pagina("/invoer/voorbeelden/maandoverzicht-coa.xlsx"),
                Verzoek.pagina("/verdelingen"),
                Verzoek.pagina("/verdelingen/" + g.verdeling()),
                Verzoek.pagina("/verdelingen/" + g.verdeling() + "/tabel7.csv"),
                Verzoek.pagina("/verdelingen/voorbeelden/gemeenten.csv"),
                Verzoek.pagina("/verdelingen/voorbeelden/uitruil.csv"),
                Verzoek.pagina("/monitoring"),
                Verzoek.pagina("/monitoring/provincies/PV22"),
                Verzoek.pagina("/monitoring/gemeenten/GM0106"),
                Verzoek.pagina("/monitoring/kaart?gebied=NL&opgave=ASIEL"),
                Verzoek.pagina("/monitoring/kaart?gebied=NL&opgave=OEKRAINE"),
                Verzoek.pagina("/monitoring/kaart?gebied=PV22&opgave=HUISVESTING"),
                Verzoek.pagina("/regels"),
                Verzoek.pagina("/regels/impact"),
                Verzoek.pagina("/tokens"),
                Verzoek.pagina("/aanmeldpogingen"),
                Verzoek.formulier(Verzoek.Wie.BELEID, "/regels/impact", "periodes=" + url(periodes)),
                Verzoek.formulier(Verzoek.Wie.BELEID, "/regels/valideer", ""),
                Verzoek.pagina("/css/trede.css"),
                Verzoek.pagina("/monitoring/kaart.js"));
    }

    /** The API calls a script or another system makes most, reading; each with a token, one also with HTTP Basic. */
    private List<Verzoek> api(Gegevens g) {
        String laatste = instellingen.periodes().get(instellingen.periodes().size() - 1);
        return List.of(
                Verzoek.api("/api/v1/beoordelingsrondes?periode=" + laatste),
                Verzoek.api("/api/v1/beoordelingsrondes/" + g.ronde()),
                Verzoek.api("/api/v1/beoordelingsrondes/" + g.ronde() + "/samenvatting"),
                Verzoek.api("/api/v1/beoordelingen/" + g.beoordeling() + "/uitleg"),
                Verzoek.api("/api/v1/beoordelingsrondes/" + g.ronde() + "/vergelijk/" + g.herhaalde()),
                Verzoek.json(Verzoek.Wie.AUDITOR_TOKEN, "/api/v1/beoordelingsrondes/" + g.ronde() + "/herhaling", "", 200),
                Verzoek.api("/api/v1/audit/verificatie"),
                Verzoek.api("/api/v1/audit/kop"),
                Verzoek.api("/api/v1/audit/beoordelingen?gemeente=Assen"),
                Verzoek.api("/api/v1/audit/beoordelingen.csv?gemeente=Assen"),
                Verzoek.api("/api/v1/monitoring/schema?opgave=ASIEL&gebied=NL&peildatum=2025-11-01"),
                Verzoek.api("/api/v1/monitoring/provincies/PV22"),
                Verzoek.api("/api/v1/regelsets"),
                Verzoek.basic("/api/v1/regelsets"),
                Verzoek.api("/api/v1/verdelingen/" + g.verdeling()),
                Verzoek.api("/api/v1/openapi"),
                impact());
    }

    private void meet(Verzoek verzoek, int clients) {
        List<Bezoeker> wie = bezoekers(verzoek.wie(), clients);
        if (instellingen.opwarmen()) {
            // Each client once, untimed: the first call of a page parses its template, and the JIT has its say.
            Meter.meet(verzoek.naam(), wie, random -> verzoek, Duration.ZERO, 1);
        }
        bewaar(Meter.meet(verzoek.naam(), wie, random -> verzoek, instellingen.meetduur(), instellingen.minimum()));
    }

    /** Sends calls one after the other, each must answer as expected; their time is one figure. */
    private List<JsonNode> reeks(String naam, Verzoek.Wie wie, List<Verzoek> verzoeken) {
        return reeks(naam, wie, verzoeken, null);
    }

    /** {@code voorElk}: sent before each call, not timed (null: nothing). */
    private List<JsonNode> reeks(String naam, Verzoek.Wie wie, List<Verzoek> verzoeken, Verzoek voorElk) {
        Bezoeker bezoeker = bezoekers(wie, 1).get(0);
        long[] nanos = new long[verzoeken.size()];
        List<JsonNode> antwoorden = new ArrayList<>();
        long begin = System.nanoTime();
        long bytes = 0;
        long voorbereid = 0;
        for (int i = 0; i < verzoeken.size(); i++) {
            if (voorElk != null) {
                long voor = System.nanoTime();
                antwoord(bezoeker, voorElk);
                voorbereid += System.nanoTime() - voor;
            }
            Bezoeker.Antwoord a = verwacht(bezoeker.stuur(verzoeken.get(i)), verzoeken.get(i));
            nanos[i] = a.nanos();
            bytes = a.inhoud().length;
            antwoorden.add(json.readTree(a.tekst()));
        }
        bewaar(Uitslag.van(naam, 1, nanos, 0, null, System.nanoTime() - begin - voorbereid, bytes));
        return antwoorden;
    }

    /** One call the loading needs the answer of, not measured. */
    private JsonNode antwoord(Bezoeker bezoeker, Verzoek verzoek) {
        return json.readTree(verwacht(bezoeker.stuur(verzoek), verzoek).tekst());
    }

    private static Bezoeker.Antwoord verwacht(Bezoeker.Antwoord a, Verzoek v) {
        if (a.status() != v.verwacht()) {
            throw new IllegalStateException(v.naam() + " gaf " + a.status() + " in plaats van " + v.verwacht() + ": " + a.tekst());
        }
        return a;
    }

    private static List<Verzoek> herhaal(Verzoek verzoek, int keer) {
        return Collections.nCopies(keer, verzoek);
    }

    private static long id(JsonNode antwoord) {
        return antwoord.get("id").asLong();
    }

    /** The clients of one role, logged in once and kept for every measurement. */
    private List<Bezoeker> bezoekers(Verzoek.Wie wie, int aantal) {
        List<Bezoeker> lijst = bezoekers.computeIfAbsent(wie, w -> new ArrayList<>());
        while (lijst.size() < aantal) {
            lijst.add(Bezoeker.voor(basis, wie, wachtwoord));
        }
        return lijst.subList(0, aantal);
    }

    private void bewaar(Uitslag uitslag) {
        uitslagen.add(uitslag);
        uit.accept(uitslag.regel());
    }

    /** The candidate a policy writer has in rules/ but not yet activated; returns the file as it was. */
    private String wijzigRegel() {
        Path bestand = regelmap.resolve(KANDIDAAT_BESTAND);
        String origineel = lees(bestand);
        if (!origineel.contains(KANDIDAAT_VOOR)) {
            throw new IllegalStateException("Lastproef: '" + KANDIDAAT_VOOR + "' staat niet meer in " + bestand
                    + "; kies een andere regelwijziging voor de impactmeting");
        }
        schrijf(bestand, origineel.replace(KANDIDAAT_VOOR, KANDIDAAT_NA));
        return origineel;
    }

    private static String lees(Path bestand) {
        try {
            return Files.readString(bestand, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void schrijf(Path bestand, String inhoud) {
        try {
            Files.writeString(bestand, inhoud, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String url(String tekst) {
        return java.net.URLEncoder.encode(tekst, StandardCharsets.UTF_8);
    }

    /**
     * Builds nothing: run {@code mvn -q package -DskipTests} first (the README's command does). Options:
     * {@code --jar=...} (default: the jar in target/; made ready as production starts it, in {@code app/} of the working
     * folder), {@code --poort=18185}, {@code --map=target/lastproef} (working folder: database, rules, logs; emptied
     * first, so the first start is a cold one), {@code --starts=3} (warm restarts timed at the end),
     * {@code --jvm="-Xmx1g ..."} (options for the app's JVM), {@code --rook} (the short settings of the test),
     * {@code --alleen=kaart} (only the calls whose name contains this), {@code --basis=http://localhost:8080}
     * (a trede that already runs: nothing started, {@code --wachtwoord=demo}).
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> opties = Arrays.stream(args).filter(a -> a.startsWith("--"))
                .map(a -> a.substring(2).split("=", 2))
                .collect(Collectors.toMap(a -> a[0], a -> a.length > 1 ? a[1] : "true"));
        int poort = Integer.parseInt(opties.getOrDefault("poort", "18185"));
        Path map = Path.of(opties.getOrDefault("map", "target/lastproef")).toAbsolutePath();
        int starts = Integer.parseInt(opties.getOrDefault("starts", "3"));
        List<String> jvm = opties.containsKey("jvm") ? List.of(opties.get("jvm").trim().split("\\s+")) : List.of();
        Instellingen instellingen = opties.containsKey("rook") ? Instellingen.rook() : Instellingen.volledig();
        if (opties.containsKey("basis")) {
            // A trede that is already running (no start, no restart, its rules left alone).
            new Lastproef(URI.create(opties.get("basis")), opties.getOrDefault("wachtwoord", "demo"), instellingen, null,
                    System.out::println).alleen(opties.get("alleen")).draai();
            return;
        }
        Path jar = opties.containsKey("jar") ? Path.of(opties.get("jar")) : jar();

        verwijder(map);
        Path klaar = GestarteApp.startklaar(jar, map.resolve("app"), map.resolve("startklaar.log"));
        Path regels = map.resolve("rules");
        kopieer(Path.of("rules"), regels);
        // The last half-year's figures as the load test imports them, for src/test/sh/meet-ronde.sh to import again.
        String laatste = instellingen.periodes().get(instellingen.periodes().size() - 1);
        schrijf(map.resolve("huisvesting-" + laatste + ".csv"),
                SynthetischeCijfers.uitRepository().huisvesting(laatste, instellingen.periodes().size() == 1));
        List<String> rapport = new ArrayList<>();
        Consumer<String> uit = regel -> {
            System.out.println(regel);
            rapport.add(regel);
        };
        uit.accept("Lastproef van " + jar + " (uitgepakt, met CDS-archief) op poort " + poort + " (" + Runtime.getRuntime().availableProcessors()
                + " processors), " + java.time.LocalDateTime.now().withNano(0));
        try (GestarteApp app = GestarteApp.start(klaar, poort, map.resolve("pg"), regels, jvm, map.resolve("app-0.log"))) {
            uit.accept(String.format(java.util.Locale.ROOT, "eerste start tot gezond (lege databasemap): %.1f s, load %s",
                    app.totGezond().toMillis() / 1000.0, Load.nu()));
            new Lastproef(app.basis(), "demo", instellingen, regels, uit).alleen(opties.get("alleen")).draai();
        }
        List<Duration> tijden = new ArrayList<>();
        for (int i = 1; i <= starts; i++) {
            try (GestarteApp app = GestarteApp.start(klaar, poort, map.resolve("pg"), regels, jvm, map.resolve("app-" + i + ".log"))) {
                tijden.add(app.totGezond());
                uit.accept(String.format(java.util.Locale.ROOT, "start %d tot gezond (warme databasemap): %.1f s, load %s", i,
                        app.totGezond().toMillis() / 1000.0, Load.nu()));
            }
        }
        if (!tijden.isEmpty()) {
            tijden.sort(Comparator.naturalOrder());
            uit.accept(String.format(java.util.Locale.ROOT, "start tot gezond, warm, mediaan van %d: %.1f s", tijden.size(),
                    tijden.get(tijden.size() / 2).toMillis() / 1000.0));
        }
        Files.write(map.resolve("rapport.txt"), rapport, StandardCharsets.UTF_8);
        System.out.println("Rapport: " + map.resolve("rapport.txt"));
    }

    static Path jar() throws IOException {
        try (Stream<Path> bestanden = Files.list(Path.of("target"))) {
            return bestanden.filter(p -> p.getFileName().toString().matches("trede-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Geen jar in target/: bouw eerst met mvn -q package -DskipTests"));
        }
    }

    static void verwijder(Path map) throws IOException {
        if (Files.exists(map)) {
            try (Stream<Path> alles = Files.walk(map)) {
                for (Path p : alles.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(map);
    }

    private static void kopieer(Path van, Path naar) throws IOException {
        try (Stream<Path> alles = Files.walk(van)) {
            for (Path p : alles.toList()) {
                Path doel = naar.resolve(van.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(doel);
                } else {
                    Files.copy(p, doel);
                }
            }
        }
    }
}
