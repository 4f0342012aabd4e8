package nl.trede.regels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Everything a rule set must pass before it is used: it keeps to the rule profile and compiles
 * (file, line, column), every parameter has a date and a source, every parameter a rule names
 * exists, the signal bands do not overlap, every scenario gives its expected outcome, every rule
 * fires in a scenario of its soort, over a generated grid every case gets exactly one outcome, and
 * no session runs past its budget.
 *
 * <p>Safe to use from several threads at once: it keeps nothing of one validation for the next, each
 * validation compiles its own KieBase under its own {@link Sessietoezicht}, and the scenario runners and file
 * checks it calls keep no state of a run (see {@link ScenarioUitvoerder}, {@link Bestandscontrole}).
 */
final class RegelsetValidator {

    /** {@code Parameter( naam == "hoogste_voorgestelde_trede", ... )} in a DRL file. */
    private static final Pattern PARAMETER = Pattern.compile("Parameter\\s*\\(\\s*naam\\s*==\\s*\"([^\"]*)\"");

    private final Werkerpool werkers;
    private final Map<String, ScenarioUitvoerder> uitvoerders;
    private final List<Bestandscontrole> controles;
    private final Regelbudget budget;

    RegelsetValidator(Werkerpool werkers, List<? extends ScenarioUitvoerder> uitvoerders) {
        this(werkers, uitvoerders, List.of(), Regelbudget.STANDAARD);
    }

    RegelsetValidator(Werkerpool werkers, List<? extends ScenarioUitvoerder> uitvoerders, List<? extends Bestandscontrole> controles,
                      Regelbudget budget) {
        this.werkers = werkers;
        this.uitvoerders = uitvoerders.stream().collect(Collectors.toMap(ScenarioUitvoerder::soort, Function.identity()));
        this.controles = List.copyOf(controles);
        this.budget = budget;
    }

    /**
     * Every domain validated, side by side on as many threads as there are processors: the domains are independent
     * (each in a proof worker of its own, as many as there are), and at start-up validating them is most of the time
     * trede takes to start. The result is in the order of {@code perDomein}; what happens with it (recording, falling
     * back) is the caller's, in that order.
     */
    SortedMap<String, Validatie> valideerTegelijk(SortedMap<String, SortedMap<String, String>> perDomein) {
        return valideerTegelijk(perDomein, Set.of());
    }

    /**
     * The same, with the versions in {@code eerderInGebruik} validated in the workers for rules in use: they were in use
     * before (trede restarts on unchanged rules), so they are no candidates, and a start needs no proof workers.
     */
    SortedMap<String, Validatie> valideerTegelijk(SortedMap<String, SortedMap<String, String>> perDomein,
                                                  Set<String> eerderInGebruik) {
        int draden = Math.max(1, Math.min(perDomein.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger nummer = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(draden, taak -> {
            Thread draad = new Thread(taak, "regels-valideren-" + nummer.incrementAndGet());
            draad.setDaemon(true);
            return draad;
        });
        try {
            Map<String, Future<Validatie>> taken = new TreeMap<>();
            perDomein.forEach((domein, bestanden) -> taken.put(domein, pool.submit(() -> valideer(bestanden,
                    eerderInGebruik.contains(Regelset.versieVan(bestanden))))));
            SortedMap<String, Validatie> validaties = new TreeMap<>();
            for (Map.Entry<String, Future<Validatie>> taak : taken.entrySet()) {
                validaties.put(taak.getKey(), uitkomst(taak.getValue()));
            }
            return validaties;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A validation's outcome; what it threw, the caller gets as if it had validated itself. */
    private static Validatie uitkomst(Future<Validatie> taak) {
        try {
            return taak.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Onderbroken tijdens het valideren van de regels", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error fout) {
                throw fout;
            }
            throw e.getCause() instanceof RuntimeException fout ? fout : new IllegalStateException(e.getCause());
        }
    }

    Validatie valideer(SortedMap<String, String> bestanden) {
        return valideer(bestanden, false);
    }

    /**
     * Validates {@code bestanden}: as a candidate in a proof worker, or, when they were {@code inGebruik} before, in a
     * worker for rules in use and without the grid, which they passed when they were activated.
     */
    Validatie valideer(SortedMap<String, String> bestanden, boolean inGebruik) {
        String versie = Regelset.versieVan(bestanden);
        String domein = bestanden.isEmpty() ? null : Domein.van(bestanden.firstKey()).map(Domein::id).orElse(null);
        List<Regelsetfout> fouten = new ArrayList<>();
        List<Scenario> scenarios = ScenarioLezer.lees(bestanden, fouten);
        controles.forEach(c -> fouten.addAll(c.controleer(bestanden)));
        Regelset regelset;
        try {
            regelset = RegelsetCompiler.compileer(werkers, bestanden, inGebruik ? Sessietoezicht.inGebruik(budget)
                    : Sessietoezicht.kandidaat(budget));
        } catch (OngeldigeRegelsetException e) {
            fouten.addAll(0, e.fouten());
            return new Validatie(domein, versie, List.copyOf(fouten), List.of(), null);
        }
        fouten.addAll(onbekendeParameters(regelset));
        fouten.addAll(Signaalbanden.controleer(regelset.parameters()));
        Sessietoezicht toezicht = regelset.toezicht();
        List<Scenarioresultaat> resultaten = new ArrayList<>();
        Map<String, Set<String>> gevuurdPerSoort = new HashMap<>();
        for (Scenario scenario : scenarios) {
            if (toezicht.overschrijding().isPresent()) {
                break;
            }
            ScenarioUitvoerder uitvoerder = uitvoerders.get(scenario.soort());
            List<String> verschillen = new ArrayList<>();
            if (uitvoerder == null) {
                verschillen.add("onbekende soort '" + scenario.soort() + "'; bekend zijn: " + new TreeSet<>(uitvoerders.keySet()));
            } else {
                gevuurdPerSoort.computeIfAbsent(scenario.soort(), s -> new HashSet<>())
                        .addAll(toezicht.neemWaar(() -> verschillen.addAll(uitvoerder.toets(regelset, scenario))));
            }
            resultaten.add(new Scenarioresultaat(scenario, List.copyOf(verschillen)));
            // A scenario that ran into the budget fails with the overrun, which is reported once below.
            if (toezicht.overschrijding().isEmpty()) {
                verschillen.forEach(v -> fouten.add(new Regelsetfout(scenario.bestand(), 0,
                        "Scenario '" + scenario.naam() + "' faalt: " + v)));
            }
        }
        if (toezicht.overschrijding().isEmpty()) {
            fouten.addAll(dekking(regelset, gevuurdPerSoort));
            // A version that was in use passed the grid when it was activated; at start-up its scenarios suffice.
            for (ScenarioUitvoerder uitvoerder : inGebruik ? List.<ScenarioUitvoerder>of() : uitvoerders.values()) {
                if (toezicht.overschrijding().isEmpty() && regelset.regels().stream().anyMatch(r -> r.pakket().equals(uitvoerder.soort()))) {
                    uitvoerder.volledigheid(regelset).forEach(m -> fouten.add(new Regelsetfout(uitvoerder.soort() + "/", 0,
                            "Onvolledig: " + m)));
                }
            }
        }
        toezicht.overschrijding().ifPresent(o -> {
            fouten.removeIf(f -> f.melding().contains(o.getMessage()));
            fouten.add(0, overschrijding(regelset, o));
        });
        return new Validatie(domein, versie, List.copyOf(fouten), List.copyOf(resultaten), regelset);
    }

    /**
     * Every rule of a soort with scenarios must fire in at least one of them: a rule no scenario
     * reaches is untested, however its name appears in the scenario files.
     */
    private List<Regelsetfout> dekking(Regelset regelset, Map<String, Set<String>> gevuurdPerSoort) {
        List<Regelsetfout> fouten = new ArrayList<>();
        for (RegelInfo regel : regelset.regels()) {
            if (uitvoerders.containsKey(regel.pakket())
                    && !gevuurdPerSoort.getOrDefault(regel.pakket(), Set.of()).contains(regel.pakket() + "/" + regel.naam())) {
                fouten.add(new Regelsetfout(regel.bestand(), regel.regelnummer(), "De regel '" + regel.naam()
                        + "' vuurt in geen enkel scenario van " + regel.pakket() + "; voeg in rules/"
                        + Domein.van(regel.bestand()).map(Domein::id).orElse(regel.pakket()) + "/scenarios/ een scenario toe waarin "
                        + "zij vuurt, of haal haar weg"));
            }
        }
        return fouten;
    }

    /**
     * The overrun, at the rule where a policy writer should look first: the one whose action was still running when the
     * time ran out, else the one that fired most, else the one that took the most time.
     */
    private static Regelsetfout overschrijding(Regelset regelset, RegelsOverschredenException overschrijding) {
        Optional<RegelsOverschredenException.Langst> langst = overschrijding.langst();
        Optional<String[]> naam = langst.filter(RegelsOverschredenException.Langst::bezig).map(l -> new String[] {l.regel(), l.pakket()})
                .or(() -> overschrijding.meestGevuurd().stream().findFirst().map(t -> new String[] {t.regel(), t.pakket()}))
                .or(() -> langst.map(l -> new String[] {l.regel(), l.pakket()}));
        Optional<RegelInfo> regel = naam.flatMap(n -> regelset.regels().stream()
                .filter(r -> r.naam().equals(n[0]) && r.pakket().equals(n[1])).findFirst());
        return new Regelsetfout(regel.map(RegelInfo::bestand).orElse("(regelset)"), regel.map(RegelInfo::regelnummer).orElse(0),
                overschrijding.getMessage() + " De regelset is daarom niet in gebruik genomen.");
    }

    private static List<Regelsetfout> onbekendeParameters(Regelset regelset) {
        List<Regelsetfout> fouten = new ArrayList<>();
        regelset.bestanden().forEach((pad, inhoud) -> {
            if (!pad.endsWith(".drl")) {
                return;
            }
            String[] regels = inhoud.split("\n", -1);
            for (int i = 0; i < regels.length; i++) {
                Matcher m = PARAMETER.matcher(regels[i]);
                while (m.find()) {
                    if (regelset.parameters().definitie(m.group(1)).isEmpty()) {
                        fouten.add(new Regelsetfout(pad, i + 1, m.start(1) + 1, "Onbekende parameter '" + m.group(1)
                                + "'; bekend zijn: " + bekend(regelset)));
                    }
                }
            }
        });
        regelset.regels().forEach(r -> Uitlegtekst.namen(r.uitleg()).stream()
                .filter(naam -> regelset.parameters().definitie(naam).isEmpty())
                .forEach(naam -> fouten.add(new Regelsetfout(r.bestand(), r.regelnummer(), "De @uitleg van '" + r.naam()
                        + "' noemt {" + naam + "}, maar er is geen parameter '" + naam + "'; bekend zijn: " + bekend(regelset)))));
        return fouten;
    }

    private static String bekend(Regelset regelset) {
        return regelset.parameters().definities().stream().map(ParameterDefinitie::naam).collect(Collectors.joining(", "));
    }
}
