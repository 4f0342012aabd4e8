package nl.trede.regels;

import java.nio.file.Files;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule set in use. Compiled once at start-up from {@code trede.regels.map} (or the copy in the
 * jar); a rule set with errors stops start-up with every file, line and message.
 */
@Service
public class RegelsetService {

    private static final Logger LOG = LoggerFactory.getLogger(RegelsetService.class);

    private final RegelsProperties properties;
    private final RegelsetRepository repository;
    private final AtomicReference<Regelset> actief = new AtomicReference<>();
    private final ConcurrentHashMap<String, Regelset> eerdereVersies = new ConcurrentHashMap<>();

    RegelsetService(RegelsProperties properties, RegelsetRepository repository) {
        this.properties = properties;
        this.repository = repository;
        Regelset regelset = RegelsetCompiler.compileer(leesBron());
        repository.bewaar(regelset.versie(), regelset.bestanden());
        actief.set(regelset);
        LOG.info("Regelset {} geladen uit {}: {} regels, {} parameters", regelset.korteVersie(), bronOmschrijving(),
                regelset.regels().size(), regelset.parameters().definities().size());
    }

    /** Stores a rule set's files under its version, once. */
    @Transactional
    public void bewaar(Regelset regelset) {
        repository.bewaar(regelset.versie(), regelset.bestanden());
    }

    public Regelset actief() {
        return actief.get();
    }

    /** A stored version, compiled from the files in the database (not from {@code rules/}). */
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
            return RegelsetCompiler.compileer(bestanden);
        });
    }

    SortedMap<String, String> leesBron() {
        return RegelsetBron.lees(properties.map());
    }

    private String bronOmschrijving() {
        return Files.isDirectory(properties.map()) ? properties.map().toAbsolutePath().normalize().toString()
                : "de jar (" + properties.map() + " bestaat niet)";
    }
}
