package nl.trede.regels;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import nl.trede.kern.BegrensdeCache;
import nl.trede.kern.Periode;
import nl.trede.systeem.Tijdstip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules in use, one {@link Regelset} per {@link Domein} of {@code rules/}: every kader of the
 * interventieladder, the verdeelbesluit, the monitoring, the besluit. Each domain has its own version;
 * activating a change to one leaves the others' versions alone.
 *
 * <p>At start-up every domain in {@code trede.regels.map} (or the copy in the jar) is validated like an
 * activation; a domain that fails (compile error, profile, scenario, coverage, budget) falls back on
 * its last version that passed validation before and is still valid, said on every page for policy
 * writers ({@link #terugvallen()}); without such a version trede does not start. A policy writer
 * replaces the rules without a restart through {@link #activeer}: the changed domains are validated,
 * together with the kaders as a whole (one kader per province and period), and take over only when
 * all pass. A run that already took its rule set finishes on that version. Every attempt, the start-up
 * load included (by "systeem"), is recorded per domain with its reason.
 */
@Service
public class RegelsetService implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RegelsetService.class);
    static final String SYSTEEM = "systeem";
    static final int MAX_REDEN = 1000;
    /** The domains trede cannot do without; kaders come and go with their folders. */
    private static final List<String> VEREIST = List.of("verdeelbesluit", "monitoring", "besluit", "brieven");

    private final RegelsProperties properties;
    private final Werkerpool werkers;
    private final RegelsetRepository repository;
    private final ActivatieRepository activaties;
    private final RegelsetValidator validator;
    private final Clock klok;
    private final AtomicReference<Map<String, Regelset>> actief = new AtomicReference<>(Map.of());
    private final java.util.concurrent.CompletableFuture<Void> geladen = new java.util.concurrent.CompletableFuture<>();
    private final Map<String, Terugval> terugvallen = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Regelset> eerdereVersies = new ConcurrentHashMap<>();
    /**
     * Candidates compiled for an impact analysis, by version: a policy writer runs the impact again and again
     * on the same files, and compiling a kader costs more than the dry runs. Few versions, then it starts afresh.
     */
    private final BegrensdeCache<String, Regelset> gecompileerdeKandidaten = new BegrensdeCache<>(16);

    RegelsetService(RegelsProperties properties, Werkerpool werkers, RegelsetRepository repository, ActivatieRepository activaties,
                    List<ScenarioUitvoerder> uitvoerders, List<Bestandscontrole> controles, Optional<Clock> klok) {
        this.properties = properties;
        this.werkers = werkers;
        this.repository = repository;
        this.activaties = activaties;
        this.validator = new RegelsetValidator(werkers, uitvoerders, controles, properties.budget());
        this.klok = klok.orElse(Clock.systemUTC());
        // The workers start and the rules are validated while the rest of the app starts; start() waits for them.
        Thread draad = new Thread(() -> {
            try {
                laadBijHetStarten();
                geladen.complete(null);
            } catch (RuntimeException | Error e) {
                geladen.completeExceptionally(e);
            }
        }, "regels-laden");
        draad.setDaemon(true);
        draad.start();
    }

    private void laadBijHetStarten() {
        List<Regelsetfout> indeling = new ArrayList<>();
        SortedMap<String, SortedMap<String, String>> perDomein = Domein.verdeel(leesBron(), indeling);
        indeling.forEach(f -> LOG.warn("Genegeerd bij het starten: {}", f));
        Map<String, Regelset> inGebruik = new TreeMap<>();
        Set<String> eerder = new HashSet<>();
        perDomein.keySet().forEach(d -> activaties.inGebruikOp(d, klok.instant()).ifPresent(eerder::add));
        // Validated side by side; recorded, fallen back on and logged one domain after another, in their order.
        validator.valideerTegelijk(perDomein, eerder).forEach((domein, validatie) -> {
            activaties.bewaar(validatie, domein, validatie.geldig(), SYSTEEM, klok.instant(), "Laden bij het starten uit " + bronOmschrijving());
            Regelset regelset = validatie.geldig() ? neemInGebruik(validatie) : valTerug(domein, validatie);
            inGebruik.put(domein, regelset);
            LOG.info("Regels {} {} geladen: {} regels, {} parameters, {} scenario's", domein, regelset.korteVersie(),
                    regelset.regels().size(), regelset.parameters().definities().size(), validatie.scenarios().size());
        });
        List<Regelsetfout> geheel = geheel(perDomein.keySet(), inGebruik.values());
        if (!geheel.isEmpty()) {
            throw new OngeldigeRegelsetException("trede start niet: de regels in " + bronOmschrijving() + " passen niet bij "
                    + "elkaar.\nWat er mis is:\n" + OngeldigeRegelsetException.opsomming(geheel) + "\nWat te doen: herstel de "
                    + "genoemde bestanden en start trede opnieuw.", geheel);
        }
        actief.set(Map.copyOf(inGebruik));
        werkers.laadVooruit(inGebruik.values());
    }

    /**
     * The rules of start-up, validated: waits for them, and throws what refused them (trede then does not start). The
     * web server opens after this (the first phase of the context's start), so no request finds the rules missing.
     */
    private void geladen() {
        try {
            geladen.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException fout) {
                throw fout;
            }
            throw e;
        }
    }

    @Override
    public void start() {
        geladen();
    }

    @Override
    public void stop() {
        // Nothing runs on its own here; the workers stop with their pool.
    }

    @Override
    public boolean isRunning() {
        return geladen.isDone() && !geladen.isCompletedExceptionally();
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    /**
     * The version of {@code domein} that was in use when trede stopped, checked against its stored hashes and validated
     * again; never an older one that it replaced.
     */
    private Regelset valTerug(String domein, Validatie geweigerd) {
        String kort = geweigerd.versie().substring(0, 12);
        Optional<String> laatste = activaties.inGebruikOp(domein, klok.instant()).filter(v -> !v.equals(geweigerd.versie()));
        List<Regelsetfout> waarom = new ArrayList<>();
        if (laatste.isPresent()) {
            String versie = laatste.get();
            RegelsetRepository.Bewaard bewaard = repository.bestanden(versie);
            Validatie eerder = bewaard.fouten().isEmpty() ? validator.valideer(bewaard.bestanden(), true) : null;
            if (eerder == null || !eerder.geldig()) {
                waarom.addAll(eerder == null ? bewaard.fouten() : eerder.fouten());
                LOG.error("De laatst gebruikte versie {} van {} komt niet door de controle:\n{}", versie.substring(0, 12), domein,
                        OngeldigeRegelsetException.opsomming(waarom));
            } else {
                activaties.bewaar(eerder, domein, true, SYSTEEM, klok.instant(), "Terugval bij het starten: " + domein + " in "
                        + bronOmschrijving() + " (" + kort + ") is geweigerd");
                terugvallen.put(domein, new Terugval(domein, geweigerd.versie(), bronOmschrijving(), geweigerd.fouten(),
                        eerder.versie(), klok.instant()));
                LOG.error("""

                    ******************************************************************************
                    DE REGELS {} IN {} (versie {}) ZIJN GEWEIGERD.
                    trede draait voor {} op de laatst goedgekeurde versie {}. Wat er mis is:
                    {}
                    Herstel de regels en activeer ze op de pagina Regels.
                    ******************************************************************************""",
                    domein, bronOmschrijving(), kort, domein, eerder.versie().substring(0, 12),
                    OngeldigeRegelsetException.opsomming(geweigerd.fouten()));
            return neemInGebruik(eerder);
            }
        }
        throw new OngeldigeRegelsetException("trede start niet: de regels " + domein + " in " + bronOmschrijving() + " (versie "
                + kort + ") zijn afgekeurd, en " + (laatste.isEmpty() ? "de database heeft geen versie die eerder in gebruik was"
                : "de versie die het laatst in gebruik was (" + laatste.get().substring(0, 12) + ") komt niet door de controle:\n"
                + OngeldigeRegelsetException.opsomming(waarom)) + ".\n"
                + "Wat er mis is:\n" + OngeldigeRegelsetException.opsomming(geweigerd.fouten()) + "\n"
                + "Wat te doen: herstel de genoemde bestanden in " + bronOmschrijving() + " (of zet trede.regels.map op een map "
                + "met regels die de controle doorstaan) en start trede opnieuw.", geweigerd.fouten());
    }

    /** A validated rule set taken into use: stored, and from now on run in the workers for rules in use. */
    private Regelset neemInGebruik(Validatie validatie) {
        repository.bewaar(validatie.versie(), validatie.regelset().bestanden());
        return validatie.regelset().onder(Sessietoezicht.inGebruik(properties.budget()));
    }

    /** What the rules must be as a whole: the required domains present, one kader per province and period. */
    private static List<Regelsetfout> geheel(Collection<String> domeinen, Collection<Regelset> regelsets) {
        List<Regelsetfout> fouten = new ArrayList<>();
        VEREIST.stream().filter(d -> !domeinen.contains(d)).forEach(d -> fouten.add(new Regelsetfout(d + "/", 0,
                "De map rules/" + d + "/ ontbreekt; trede kan niet zonder")));
        fouten.addAll(Kaders.controleer(regelsets.stream().map(Regelset::kader).flatMap(Optional::stream).toList()));
        return fouten;
    }

    /** Stores a rule set's files under its version, once. */
    @Transactional
    public void bewaar(Regelset regelset) {
        repository.bewaar(regelset.versie(), regelset.bestanden());
    }

    /** The rules of one domain in use: {@code verdeelbesluit}, {@code monitoring}, {@code besluit}, {@code interventieladder/<kader>}. */
    public Regelset actief(String domein) {
        geladen();
        Regelset regelset = actief.get().get(domein);
        if (regelset == null) {
            throw new IllegalStateException("Er zijn geen regels " + domein + " in gebruik; bekend zijn: " + actief.get().keySet());
        }
        return regelset;
    }

    /** Every domain in use, by its id. */
    public Map<String, Regelset> inGebruik() {
        geladen();
        return actief.get();
    }

    /**
     * The version of {@code domein} that was in use at {@code moment} (as the activations recorded it); the one in
     * use now when none was recorded by then: what a document made later is rendered with, as it was decided.
     */
    @Transactional(readOnly = true)
    public Regelset inGebruikOp(String domein, Instant moment) {
        return activaties.inGebruikOp(domein, moment).map(this::versie).orElseGet(() -> actief(domein));
    }

    /** Today in the Netherlands: the date whose parameter values the rules page shows. */
    public LocalDate vandaag() {
        return LocalDate.now(klok.withZone(Tijdstip.NEDERLAND));
    }

    /** The kaders in use, with their rules. */
    public List<Regelset> kaders() {
        geladen();
        return actief.get().values().stream().filter(r -> r.kader().isPresent()).toList();
    }

    /**
     * The kader that judges a gemeente of {@code provincieCode} in {@code periode}: the province's own kader
     * for that period, else the standaard kader; with the reason, in Dutch.
     */
    public Kaderkeuze kaderVoor(String provincieCode, String provincieNaam, Periode periode) {
        return Kaders.kies(kaders(), provincieCode, provincieNaam, periode);
    }

    /** Set for a domain when start-up fell back on an earlier version, until the rules are activated. */
    public List<Terugval> terugvallen() {
        return terugvallen.values().stream().sorted(java.util.Comparator.comparing(Terugval::domein)).toList();
    }

    /** Validates every domain in {@code rules/} as it is now, and the kaders as a whole, without using them. */
    public Regelvalidatie valideer() {
        List<Regelsetfout> indeling = new ArrayList<>();
        SortedMap<String, SortedMap<String, String>> perDomein = Domein.verdeel(leesBron(), indeling);
        List<Validatie> domeinen = perDomein.values().stream().map(validator::valideer).toList();
        indeling.addAll(geheel(perDomein.keySet(), domeinen.stream().map(Validatie::regelset).filter(r -> r != null).toList()));
        return new Regelvalidatie(domeinen, indeling);
    }

    /**
     * Validates the domains of {@code rules/} that changed and puts them in use when they, and the kaders as
     * a whole, pass; otherwise nothing changes. Every attempt is recorded per domain, with {@code reden}.
     */
    public Regelactivatie activeer(String door, String reden) {
        return activeer(leesBron(), door, reden);
    }

    /** One at a time: two activations racing could otherwise leave the older one active. */
    synchronized Regelactivatie activeer(SortedMap<String, String> bestanden, String door, String reden) {
        String gegeven = reden == null ? "" : reden.strip();
        if (gegeven.isEmpty()) {
            throw new IllegalArgumentException("Geef een reden op voor het activeren: waarom gaan deze regels in gebruik?");
        }
        if (gegeven.length() > MAX_REDEN) {
            throw new IllegalArgumentException("De reden is " + gegeven.length() + " tekens; ten hoogste " + MAX_REDEN + ".");
        }
        List<Regelsetfout> geheel = new ArrayList<>();
        SortedMap<String, SortedMap<String, String>> perDomein = Domein.verdeel(bestanden, geheel);
        Map<String, Regelset> huidig = inGebruik();
        huidig.keySet().stream().filter(d -> !perDomein.containsKey(d)).forEach(d -> geheel.add(new Regelsetfout(d + "/", 0,
                "De map rules/" + d + "/ is weg, maar haar regels zijn in gebruik. Zet haar terug; een kader dat niet meer "
                + "geldt, krijgt in zijn kader.yaml een 'tot'.")));
        SortedMap<String, SortedMap<String, String>> teValideren = new TreeMap<>();
        perDomein.forEach((domein, inhoud) -> {
            Regelset nu = huidig.get(domein);
            if (nu == null || !nu.versie().equals(Regelset.versieVan(inhoud))) {
                teValideren.put(domein, inhoud);
            }
        });
        Map<String, Validatie> gewijzigd = validator.valideerTegelijk(teValideren);
        Map<String, Regelset> nieuw = new TreeMap<>(huidig);
        gewijzigd.forEach((domein, v) -> {
            if (v.regelset() != null) {
                nieuw.put(domein, v.regelset());
            }
        });
        geheel.addAll(geheel(perDomein.keySet(), nieuw.values()));
        boolean geldig = geheel.isEmpty() && gewijzigd.values().stream().allMatch(Validatie::geldig);
        List<Activatie> pogingen = new ArrayList<>();
        // A domain that passed on its own while the activation as a whole failed is recorded as not in use:
        // start-up falls back only on versions that really were.
        gewijzigd.forEach((domein, v) -> pogingen.add(activaties.bewaar(v, domein, geldig, door, klok.instant(),
                geldig || !v.geldig() ? gegeven
                        : gegeven + " (niet in gebruik genomen: de activatie als geheel is geweigerd)")));
        if (geldig) {
            gewijzigd.forEach((domein, v) -> nieuw.put(domein, neemInGebruik(v)));
            actief.set(Map.copyOf(nieuw));
            werkers.laadVooruit(nieuw.values());
            terugvallen.clear();
            LOG.info("Regels geactiveerd door {}: {} ({})", door, gewijzigd.keySet(), gegeven);
        } else {
            LOG.info("Regels geweigerd voor {}: {}", door, gewijzigd.keySet());
        }
        return new Regelactivatie(geldig, gewijzigd.keySet().stream().toList(), pogingen, List.copyOf(geheel));
    }

    @Transactional(readOnly = true)
    public List<Activatie> activaties() {
        return activaties.recent(50);
    }

    /**
     * A stored version, compiled from the files in the database (not from {@code rules/}), for replay and for a letter
     * made later. Every file is first checked against the sha256 stored with it and the version against its files; then
     * the files pass the same profile as any other. A mismatch is refused, naming the file.
     */
    @Transactional(readOnly = true)
    public Regelset versie(String versie) {
        for (Regelset regelset : inGebruik().values()) {
            if (regelset.versie().equals(versie)) {
                return regelset;
            }
        }
        return eerdereVersies.computeIfAbsent(versie, v -> {
            RegelsetRepository.Bewaard bewaard = repository.bestanden(v);
            if (bewaard.bestanden().isEmpty()) {
                throw new IllegalArgumentException("Regelsetversie " + v + " is niet bewaard");
            }
            if (!bewaard.fouten().isEmpty()) {
                throw new OngeldigeRegelsetException("De bewaarde regelsetversie " + v.substring(0, 12) + " is na het bewaren "
                        + "gewijzigd en wordt niet gebruikt:\n" + OngeldigeRegelsetException.opsomming(bewaard.fouten()), bewaard.fouten());
            }
            return RegelsetCompiler.compileer(werkers, bewaard.bestanden(), Sessietoezicht.inGebruik(properties.budget()));
        });
    }

    /**
     * The domains of {@code bestanden} that differ from those in use, compiled as candidates: the profile
     * applies, and the first overrun of one ends the comparison.
     */
    Map<String, Regelset> kandidaten(SortedMap<String, String> bestanden) {
        List<Regelsetfout> indeling = new ArrayList<>();
        SortedMap<String, SortedMap<String, String>> perDomein = Domein.verdeel(bestanden, indeling);
        if (!indeling.isEmpty()) {
            throw new OngeldigeRegelsetException(indeling);
        }
        Map<String, Regelset> kandidaten = new TreeMap<>();
        Map<String, Regelset> huidig = inGebruik();
        perDomein.forEach((domein, inhoud) -> {
            Regelset nu = huidig.get(domein);
            String versie = Regelset.versieVan(inhoud);
            if (nu == null || !nu.versie().equals(versie)) {
                kandidaten.put(domein, gecompileerdeKandidaten.geef(versie,
                        v -> RegelsetCompiler.compileer(werkers, inhoud, Sessietoezicht.kandidaat(properties.budget()))));
            }
        });
        return kandidaten;
    }

    SortedMap<String, String> leesBron() {
        return RegelsetBron.lees(properties.map());
    }

    private String bronOmschrijving() {
        return Files.isDirectory(properties.map()) ? properties.map().toAbsolutePath().normalize().toString()
                : "de jar (" + properties.map() + " bestaat niet)";
    }
}
