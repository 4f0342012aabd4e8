package nl.trede.regels;

import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule set in use. At start-up the rule set in {@code trede.regels.map} (or the copy in the jar)
 * is validated like any activation; when it fails (compile error, profile, scenario, coverage,
 * budget) trede starts on the last version that passed validation before and is still valid, and
 * says so on every page for policy writers ({@link #terugval()}); without such a version it does not
 * start. A policy writer replaces the rule set without a restart through {@link #activeer}: only a
 * rule set that passes validation takes over, and a run that already took {@link #actief()} finishes
 * on its version. Every attempt, the start-up load included (by "systeem"), is recorded with its reason.
 */
@Service
public class RegelsetService {

    private static final Logger LOG = LoggerFactory.getLogger(RegelsetService.class);
    static final String SYSTEEM = "systeem";
    static final int MAX_REDEN = 1000;

    private final RegelsProperties properties;
    private final RegelsetRepository repository;
    private final ActivatieRepository activaties;
    private final RegelsetValidator validator;
    private final Clock klok;
    private final AtomicReference<Regelset> actief = new AtomicReference<>();
    private final AtomicReference<Terugval> terugval = new AtomicReference<>();
    private final ConcurrentHashMap<String, Regelset> eerdereVersies = new ConcurrentHashMap<>();

    RegelsetService(RegelsProperties properties, RegelsetRepository repository, ActivatieRepository activaties,
                    List<ScenarioUitvoerder> uitvoerders, List<Bestandscontrole> controles, Optional<Clock> klok) {
        this.properties = properties;
        this.repository = repository;
        this.activaties = activaties;
        this.validator = new RegelsetValidator(uitvoerders, controles, properties.budget());
        this.klok = klok.orElse(Clock.systemUTC());
        Validatie validatie = validator.valideer(leesBron());
        activaties.bewaar(validatie, SYSTEEM, this.klok.instant(), "Laden bij het starten uit " + bronOmschrijving());
        if (validatie.geldig()) {
            neemInGebruik(validatie);
            LOG.info("Regelset {} geladen uit {}: {} regels, {} parameters, {} scenario's", validatie.regelset().korteVersie(),
                    bronOmschrijving(), validatie.regelset().regels().size(), validatie.regelset().parameters().definities().size(),
                    validatie.scenarios().size());
        } else {
            valTerug(validatie);
        }
    }

    private void valTerug(Validatie geweigerd) {
        String kort = geweigerd.versie().substring(0, 12);
        for (String versie : activaties.goedgekeurdeVersies()) {
            SortedMap<String, String> bestanden = versie.equals(geweigerd.versie()) ? null : repository.bestanden(versie);
            if (bestanden == null || bestanden.isEmpty()) {
                continue;
            }
            Validatie eerder = validator.valideer(bestanden);
            if (!eerder.geldig()) {
                LOG.warn("Eerder goedgekeurde regelset {} komt niet meer door de controle:\n{}", versie.substring(0, 12),
                        OngeldigeRegelsetException.opsomming(eerder.fouten()));
                continue;
            }
            activaties.bewaar(eerder, SYSTEEM, klok.instant(), "Terugval bij het starten: de regelset in "
                    + bronOmschrijving() + " (" + kort + ") is geweigerd");
            neemInGebruik(eerder);
            terugval.set(new Terugval(geweigerd.versie(), bronOmschrijving(), geweigerd.fouten(), eerder.versie(), klok.instant()));
            LOG.error("""

                    ******************************************************************************
                    DE REGELSET IN {} (versie {}) IS GEWEIGERD.
                    trede draait op de laatst goedgekeurde versie {}. Wat er mis is:
                    {}
                    Herstel de regels en activeer ze op de pagina Regels.
                    ******************************************************************************""",
                    bronOmschrijving(), kort, eerder.regelset().korteVersie(), OngeldigeRegelsetException.opsomming(geweigerd.fouten()));
            return;
        }
        throw new OngeldigeRegelsetException("trede start niet: de regelset in " + bronOmschrijving() + " (versie " + kort
                + ") is afgekeurd, en de database heeft geen eerder goedgekeurde versie die nog door de controle komt.\n"
                + "Wat er mis is:\n" + OngeldigeRegelsetException.opsomming(geweigerd.fouten()) + "\n"
                + "Wat te doen: herstel de genoemde bestanden in " + bronOmschrijving() + " (of zet trede.regels.map op een map "
                + "met een regelset die de controle doorstaat) en start trede opnieuw.", geweigerd.fouten());
    }

    private void neemInGebruik(Validatie validatie) {
        repository.bewaar(validatie.versie(), validatie.regelset().bestanden());
        actief.set(validatie.regelset().onder(Sessietoezicht.inGebruik(properties.budget())));
    }

    /** Stores a rule set's files under its version, once. */
    @Transactional
    public void bewaar(Regelset regelset) {
        repository.bewaar(regelset.versie(), regelset.bestanden());
    }

    public Regelset actief() {
        return actief.get();
    }

    /** Set when start-up fell back on an earlier version, until a rule set is activated. */
    public Optional<Terugval> terugval() {
        return Optional.ofNullable(terugval.get());
    }

    /** Validates the rule set in {@code rules/} as it is now, without using it. */
    public Validatie valideer() {
        return validator.valideer(leesBron());
    }

    /**
     * Validates the rule set in {@code rules/} and makes it the active one when valid; otherwise
     * the active one stays. Either way the attempt is recorded, with {@code reden} (required).
     */
    public Activatie activeer(String door, String reden) {
        return activeer(leesBron(), door, reden);
    }

    /** One at a time: two activations racing could otherwise leave the older one active. */
    synchronized Activatie activeer(SortedMap<String, String> bestanden, String door, String reden) {
        String gegeven = reden == null ? "" : reden.strip();
        if (gegeven.isEmpty()) {
            throw new IllegalArgumentException("Geef een reden op voor het activeren: waarom gaat deze regelset in gebruik?");
        }
        if (gegeven.length() > MAX_REDEN) {
            throw new IllegalArgumentException("De reden is " + gegeven.length() + " tekens; ten hoogste " + MAX_REDEN + ".");
        }
        Validatie validatie = validator.valideer(bestanden);
        Activatie activatie = activaties.bewaar(validatie, door, klok.instant(), gegeven);
        if (validatie.geldig()) {
            neemInGebruik(validatie);
            terugval.set(null);
            LOG.info("Regelset {} geactiveerd door {}: {}", validatie.regelset().korteVersie(), door, gegeven);
        } else {
            LOG.info("Regelset {} geweigerd voor {}: {} fouten", activatie.korteVersie(), door, validatie.fouten().size());
        }
        return activatie;
    }

    @Transactional(readOnly = true)
    public List<Activatie> activaties() {
        return activaties.recent(50);
    }

    /**
     * A stored version, compiled from the files in the database (not from {@code rules/}), as it
     * ran then: for replay, not refused by today's profile, but within the budget.
     */
    @Transactional(readOnly = true)
    public Regelset versie(String versie) {
        Regelset huidig = actief.get();
        if (huidig.versie().equals(versie)) {
            return huidig;
        }
        return eerdereVersies.computeIfAbsent(versie, v -> {
            SortedMap<String, String> bestanden = repository.bestanden(v);
            if (bestanden.isEmpty()) {
                throw new IllegalArgumentException("Regelsetversie " + v + " is niet bewaard");
            }
            return RegelsetCompiler.compileerBewaard(bestanden, Sessietoezicht.inGebruik(properties.budget()));
        });
    }

    /** A candidate for the impact: the profile applies, and its first overrun ends the comparison. */
    Regelset kandidaat(SortedMap<String, String> bestanden) {
        return RegelsetCompiler.compileer(bestanden, Sessietoezicht.kandidaat(properties.budget()));
    }

    SortedMap<String, String> leesBron() {
        return RegelsetBron.lees(properties.map());
    }

    private String bronOmschrijving() {
        return Files.isDirectory(properties.map()) ? properties.map().toAbsolutePath().normalize().toString()
                : "de jar (" + properties.map() + " bestaat niet)";
    }
}
