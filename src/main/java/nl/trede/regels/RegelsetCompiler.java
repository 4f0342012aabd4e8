package nl.trede.regels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles the files of a rule set into a KieBase (classic DRL build), or lists what is wrong. Every
 * DRL file passes the {@link Regelprofiel} before Drools sees it; Drools' own messages come out
 * through {@link Foutuitleg}, in Dutch and on the line of the mistake.
 */
final class RegelsetCompiler {

    private static final String BRONMAP = "src/main/resources/";

    private RegelsetCompiler() {
    }

    /** Compiles with the profile and the default budget, as tests and tools do. */
    static Regelset compileer(SortedMap<String, String> bestanden) {
        return compileer(bestanden, Sessietoezicht.inGebruik(Regelbudget.STANDAARD));
    }

    static Regelset compileer(SortedMap<String, String> bestanden, Sessietoezicht toezicht) {
        return compileer(bestanden, toezicht, true);
    }

    /**
     * A stored version as it ran then, for replay: its rules were accepted by this server before the
     * profile existed, so it is not refused now; its sessions still run within the budget.
     */
    static Regelset compileerBewaard(SortedMap<String, String> bestanden, Sessietoezicht toezicht) {
        return compileer(bestanden, toezicht, false);
    }

    private static Regelset compileer(SortedMap<String, String> bestanden, Sessietoezicht toezicht, boolean profiel) {
        List<Regelsetfout> fouten = new ArrayList<>();
        Parameters parameters = ParameterLezer.lees(bestanden, fouten);
        String versie = Regelset.versieVan(bestanden);
        Set<String> domeinen = bestanden.keySet().stream().map(Domein::van).flatMap(Optional::stream).map(Domein::id)
                .collect(Collectors.toSet());
        // One domain: its own rules. Several (a version stored before kaders): one KieBase for all, as it ran then.
        Domein domein = domeinen.size() == 1 ? Domein.van(bestanden.firstKey()).orElseThrow() : null;
        Kader kader = null;
        if (domein != null && domein.isKader()) {
            String pad = domein.id() + "/" + Domein.KADERBESTAND;
            kader = bestanden.containsKey(pad) ? KaderLezer.lees(domein, pad, bestanden.get(pad), fouten).orElse(null) : null;
            if (!bestanden.containsKey(pad)) {
                fouten.add(new Regelsetfout(domein.id() + "/", 0, "Het kader " + domein.kader() + " heeft geen " + Domein.KADERBESTAND
                        + ": noem daarin zijn naam, provincies, de eerste periode waarvoor het geldt en zijn bron"));
            }
        }

        // The profile first: compiling already runs MVEL over a rule's metadata.
        Regelprofiel regelprofiel = new Regelprofiel(Regelwereld.standaard());
        Map<String, List<RuleDescr>> regelsPerBestand = new HashMap<>();
        List<Regelsetfout> geweigerd = new ArrayList<>();
        bestanden.forEach((pad, inhoud) -> {
            if (pad.endsWith(".drl")) {
                Regelprofiel.Uitslag uitslag = regelprofiel.controleer(pad, inhoud);
                if (uitslag.pakket() != null) {
                    regelsPerBestand.put(pad, uitslag.pakket().getRules());
                }
                geweigerd.addAll(profiel || uitslag.pakket() == null ? uitslag.fouten() : List.of());
            }
        });
        if (!geweigerd.isEmpty()) {
            fouten.addAll(0, geweigerd);
            throw new OngeldigeRegelsetException(fouten);
        }

        KieServices kieServices = KieServices.Factory.get();
        // Each version its own ReleaseId: otherwise every build overwrites the same default module.
        ReleaseId releaseId = kieServices.newReleaseId("nl.trede", "regelset", "1.0.0-" + versie.substring(0, 16));
        KieFileSystem kfs = kieServices.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        bestanden.forEach((pad, inhoud) -> {
            if (pad.endsWith(".drl")) {
                kfs.write(BRONMAP + pad, inhoud);
            }
        });
        KieBuilder builder = kieServices.newKieBuilder(kfs).buildAll(DrlProject.class);
        // Drools reports one mistake several times over; the first message per line says it best.
        Set<String> gemeld = new HashSet<>();
        for (Message bericht : builder.getResults().getMessages(Message.Level.ERROR)) {
            if (bericht.getText().contains(Foutuitleg.LEEG_PAKKET)) {
                continue;
            }
            Regelsetfout fout = uitgelegd(bericht, bestanden, regelsPerBestand);
            if (gemeld.add(fout.bestand() + ":" + fout.regel())) {
                fouten.add(fout);
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeRegelsetException(fouten);
        }
        KieBase kieBase = kieServices.newKieContainer(releaseId).getKieBase();
        return new Regelset(versie, bestanden, kieBase, parameters, regels(kieBase, regelsPerBestand), toezicht,
                domein == null ? null : domein.id(), kader);
    }

    /** "Unable to Analyse Expression x:" (and the like) without a line: where the expression stands. */
    private static final Pattern EXPRESSIE = Pattern.compile("Expression\\s+(.+?):\\s*$", Pattern.MULTILINE);

    /**
     * One of Drools' messages in Dutch, on the right line. Drools reports an error in a rule's action
     * on the rule's first line, and some errors (an expression it cannot analyse) without a line:
     * the word the message names is looked up in the rule or the file.
     */
    private static Regelsetfout uitgelegd(Message bericht, SortedMap<String, String> bestanden,
                                          Map<String, List<RuleDescr>> regelsPerBestand) {
        String pad = bronpad(bericht.getPath());
        String tekst = bericht.getText().trim();
        Foutuitleg.Uitleg uitleg = Foutuitleg.vertaal(tekst);
        String inhoud = bestanden.get(pad);
        int regel = bericht.getLine();
        int kolom = bericht.getColumn();
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
        return new Regelsetfout(pad, regel, kolom, uitleg.melding(), tekst);
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

    private static String bronpad(String pad) {
        if (pad == null) {
            return "(onbekend bestand)";
        }
        return pad.startsWith(BRONMAP) ? pad.substring(BRONMAP.length()) : pad;
    }

    private static List<RegelInfo> regels(KieBase kieBase, Map<String, List<RuleDescr>> regelsPerBestand) {
        List<RegelInfo> regels = new ArrayList<>();
        kieBase.getKiePackages().forEach(pakket -> pakket.getRules().forEach(regel -> regels.add(info(regel, regelsPerBestand))));
        regels.sort(Comparator.comparing(RegelInfo::bestand).thenComparing(RegelInfo::regelnummer).thenComparing(RegelInfo::naam));
        return List.copyOf(regels);
    }

    private static RegelInfo info(Rule regel, Map<String, List<RuleDescr>> regelsPerBestand) {
        String bestand = regel instanceof RuleImpl impl && impl.getResource() != null
                ? bronpad(impl.getResource().getSourcePath()) : "";
        int regelnummer = regelsPerBestand.getOrDefault(bestand, List.of()).stream()
                .filter(r -> r.getName().equals(regel.getName())).mapToInt(RuleDescr::getLine).findFirst().orElse(0);
        return new RegelInfo(regel.getName(), regel.getPackageName(), bestand, regelnummer,
                tekst(regel.getMetaData().get("grondslag")), tekst(regel.getMetaData().get("uitleg")));
    }

    private static String tekst(Object waarde) {
        return waarde == null ? "" : waarde.toString();
    }
}
