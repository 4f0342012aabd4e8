package nl.trede.regels.werker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.regels.RegelInfo;
import nl.trede.regels.Regelsetfout;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.lang.descr.CompositePackageDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.io.ByteArrayResource;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;

/**
 * The rules engine as the worker runs it: checks a domain's DRL files against the {@link Regelprofiel}, compiles
 * exactly the descriptions the profile checked (never the text a second time), keeps the KieBase per version, and runs
 * sessions on it with a {@link Spoor}. Nothing here knows of processes or frames: the worker wraps it, and a benchmark
 * measures it in its own JVM beside the worker.
 */
final class Motor {

    /** The versions a worker keeps compiled; a replay of an old version compiles it again. */
    private static final int BEWAARD = 32;

    private final Regelprofiel profiel = new Regelprofiel(Regelwereld.standaard());
    private final Map<String, KieBase> kieBases = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KieBase> oudste) {
            return size() > BEWAARD;
        }
    };
    private final Map<Long, Sessie> sessies = new HashMap<>();

    /** The problems of a domain's files, or its rules when there are none; the KieBase is kept under {@code versie}. */
    Bericht.Gecompileerd compileer(String versie, SortedMap<String, String> bestanden) {
        List<Regelsetfout> fouten = new ArrayList<>();
        Map<String, PackageDescr> beschrijvingen = new LinkedHashMap<>();
        Map<String, List<RuleDescr>> regelsPerBestand = new HashMap<>();
        bestanden.forEach((pad, inhoud) -> {
            if (pad.endsWith(".drl")) {
                Regelprofiel.Uitslag uitslag = profiel.controleer(pad, inhoud);
                fouten.addAll(uitslag.fouten());
                if (uitslag.pakket() != null) {
                    beschrijvingen.put(pad, uitslag.pakket());
                    regelsPerBestand.put(pad, uitslag.pakket().getRules());
                }
            }
        });
        if (!fouten.isEmpty()) {
            return new Bericht.Gecompileerd(fouten, List.of());
        }
        KnowledgeBuilderImpl bouwer = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder();
        Map<String, CompositePackageDescr> perPakket = new LinkedHashMap<>();
        beschrijvingen.forEach((pad, pakket) -> {
            ByteArrayResource bron = new ByteArrayResource(bestanden.get(pad).getBytes(StandardCharsets.UTF_8));
            bron.setSourcePath(pad);
            bron.setResourceType(ResourceType.DRL);
            CompositePackageDescr samen = perPakket.get(pakket.getNamespace());
            if (samen == null) {
                perPakket.put(pakket.getNamespace(), new CompositePackageDescr(bron, pakket));
            } else {
                samen.addPackageDescr(bron, pakket);
            }
        });
        bouwer.buildPackages(perPakket.values());
        // Drools reports one mistake several times over; the first message per line says it best.
        Set<String> gemeld = new HashSet<>();
        for (KnowledgeBuilderResult bericht : bouwer.getResults(ResultSeverity.ERROR)) {
            if (bericht.getMessage().contains(Foutuitleg.LEEG_PAKKET)) {
                continue;
            }
            Regelsetfout fout = uitgelegd(bericht, bestanden, regelsPerBestand);
            if (gemeld.add(fout.bestand() + ":" + fout.regel())) {
                fouten.add(fout);
            }
        }
        if (!fouten.isEmpty()) {
            return new Bericht.Gecompileerd(fouten, List.of());
        }
        KieBase kieBase = bouwer.newKieBase();
        kieBases.put(versie, kieBase);
        return new Bericht.Gecompileerd(List.of(), regels(kieBase, regelsPerBestand));
    }

    /**
     * Runs {@code feiten} in a session of {@code versie}: stateless when {@code sessie} is 0, else one round of that
     * stateful session. The spoor is handed to {@code toezicht} first, so a watchdog can see what runs.
     */
    Resultaat voerUit(String versie, long sessie, Collection<?> feiten, Bericht.Budget budget, Toezicht toezicht) {
        KieBase kieBase = kieBases.get(versie);
        if (kieBase == null) {
            throw new IllegalStateException("Versie " + versie + " is in deze werker niet gecompileerd");
        }
        Sessie lopend = sessie == 0 ? new Sessie(kieBase, budget) : sessies.computeIfAbsent(sessie, s -> new Sessie(kieBase, budget));
        try {
            toezicht.let(lopend.spoor);
            return lopend.ronde(feiten, budget.tijdMs());
        } catch (Overschrijding e) {
            sluit(sessie);
            throw e;
        } finally {
            toezicht.let(null);
            if (sessie == 0) {
                lopend.sessie.dispose();
            }
        }
    }

    void sluit(long sessie) {
        Sessie lopend = sessies.remove(sessie);
        if (lopend != null) {
            lopend.sessie.dispose();
        }
    }

    /** Whoever wants to see what the session does while it runs (the worker's watchdog); {@code null} when done. */
    interface Toezicht {

        Toezicht GEEN = spoor -> { };

        void let(Spoor spoor);
    }

    private static final class Sessie {

        private final KieSession sessie;
        private final Spoor spoor;

        Sessie(KieBase kieBase, Bericht.Budget budget) {
            sessie = kieBase.newKieSession();
            spoor = new Spoor(budget.vuurlimietBasis(), budget.vuurlimietPerFeit());
            sessie.addEventListener((AgendaEventListener) spoor);
            sessie.addEventListener((RuleRuntimeEventListener) spoor);
        }

        Resultaat ronde(Collection<?> feiten, long tijdMs) {
            int conclusies = spoor.aantalConclusies();
            int gevuurd = spoor.aantalGevuurd();
            spoor.ronde(feiten.size(), tijdMs);
            feiten.forEach(sessie::insert);
            sessie.fireAllRules();
            return spoor.resultaat(conclusies, gevuurd);
        }
    }

    /** "Unable to Analyse Expression x:" (and the like) without a line: where the expression stands. */
    private static final Pattern EXPRESSIE = Pattern.compile("Expression\\s+(.+?):\\s*$", Pattern.MULTILINE);

    /**
     * One of Drools' messages in Dutch, on the right line. Drools reports an error in a rule's action on the rule's
     * first line, and some errors (an expression it cannot analyse) without a line: the word the message names is looked
     * up in the rule or the file.
     */
    private static Regelsetfout uitgelegd(KnowledgeBuilderResult bericht, SortedMap<String, String> bestanden,
                                          Map<String, List<RuleDescr>> regelsPerBestand) {
        String pad = bericht.getResource() == null || bericht.getResource().getSourcePath() == null ? "(onbekend bestand)"
                : bericht.getResource().getSourcePath();
        String tekst = bericht.getMessage().trim();
        Foutuitleg.Uitleg uitleg = Foutuitleg.vertaal(tekst);
        String inhoud = bestanden.get(pad);
        int regel = bericht.getLines() != null && bericht.getLines().length > 0 ? bericht.getLines()[0] : -1;
        if (inhoud != null && uitleg.zoek() != null && tekst.contains("Rule Compilation error")) {
            int gevonden = inActie(inhoud, regelsPerBestand.getOrDefault(pad, List.of()), regel, uitleg.zoek());
            if (gevonden > 0) {
                return new Regelsetfout(pad, gevonden, 0, uitleg.melding(), tekst);
            }
        }
        Matcher expressie = EXPRESSIE.matcher(tekst);
        if (regel <= 0 && inhoud != null && expressie.find()) {
            String[] regels = inhoud.split("\n", -1);
            for (int i = 0; i < regels.length; i++) {
                int plek = regels[i].indexOf(expressie.group(1).trim());
                if (plek >= 0) {
                    return new Regelsetfout(pad, i + 1, plek + 1, uitleg.melding(), tekst);
                }
            }
        }
        return new Regelsetfout(pad, regel, 0, uitleg.melding(), tekst);
    }

    /** The line of {@code zoek} in the action of the rule that starts on {@code regelVanRegel}; 0 when not found. */
    private static int inActie(String inhoud, List<RuleDescr> regels, int regelVanRegel, String zoek) {
        RuleDescr regel = regels.stream().filter(r -> r.getLine() == regelVanRegel).findFirst().orElse(null);
        if (regel == null) {
            return 0;
        }
        int volgende = regels.stream().mapToInt(RuleDescr::getLine).filter(l -> l > regelVanRegel).min().orElse(Integer.MAX_VALUE);
        String[] lijnen = inhoud.split("\n", -1);
        for (int i = Math.max(regel.getConsequenceLine(), 1) - 1; i < lijnen.length && i + 1 < volgende; i++) {
            if (lijnen[i].contains(zoek)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<RegelInfo> regels(KieBase kieBase, Map<String, List<RuleDescr>> regelsPerBestand) {
        List<RegelInfo> regels = new ArrayList<>();
        kieBase.getKiePackages().forEach(pakket -> pakket.getRules().forEach(regel -> regels.add(info(regel, regelsPerBestand))));
        regels.sort(Comparator.comparing(RegelInfo::bestand).thenComparing(RegelInfo::regelnummer).thenComparing(RegelInfo::naam));
        return List.copyOf(regels);
    }

    private static RegelInfo info(Rule regel, Map<String, List<RuleDescr>> regelsPerBestand) {
        String bestand = regel instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null
                ? impl.getResource().getSourcePath() : "";
        int regelnummer = regelsPerBestand.getOrDefault(bestand, List.of()).stream()
                .filter(r -> r.getName().equals(regel.getName())).mapToInt(RuleDescr::getLine).findFirst().orElse(0);
        return new RegelInfo(regel.getName(), regel.getPackageName(), bestand, regelnummer,
                tekst(regel.getMetaData().get("grondslag")), tekst(regel.getMetaData().get("uitleg")));
    }

    private static String tekst(Object waarde) {
        return waarde == null ? "" : waarde.toString();
    }
}
