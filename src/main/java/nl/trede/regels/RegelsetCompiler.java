package nl.trede.regels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.SortedMap;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;

/** Compiles the files of a rule set into a KieBase (classic DRL build), or lists what is wrong. */
public final class RegelsetCompiler {

    private RegelsetCompiler() {
    }

    public static Regelset compileer(SortedMap<String, String> bestanden) {
        List<Regelsetfout> fouten = new ArrayList<>();
        Parameters parameters = ParameterLezer.lees(bestanden, fouten);
        String versie = Regelset.versieVan(bestanden);

        KieServices kieServices = KieServices.Factory.get();
        // Each version its own ReleaseId: otherwise every build overwrites the same default module.
        ReleaseId releaseId = kieServices.newReleaseId("nl.trede", "regelset", "1.0.0-" + versie.substring(0, 16));
        KieFileSystem kfs = kieServices.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        bestanden.forEach((pad, inhoud) -> {
            if (pad.endsWith(".drl")) {
                kfs.write("src/main/resources/" + pad, inhoud);
            }
        });
        KieBuilder builder = kieServices.newKieBuilder(kfs).buildAll(DrlProject.class);
        // Drools reports one mistake several times over; the first message per line says it best.
        Set<String> gemeld = new HashSet<>();
        for (Message bericht : builder.getResults().getMessages(Message.Level.ERROR)) {
            Regelsetfout fout = metPlek(new Regelsetfout(bronpad(bericht.getPath()), bericht.getLine(), bericht.getColumn(),
                    bericht.getText().trim()), bestanden);
            if (gemeld.add(fout.bestand() + ":" + fout.regel())) {
                fouten.add(fout);
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeRegelsetException(fouten);
        }
        KieBase kieBase = kieServices.newKieContainer(releaseId).getKieBase();
        return new Regelset(versie, bestanden, kieBase, parameters, regels(kieBase));
    }

    /** "Unable to Analyse Expression x:" (and the like) without a line: where the expression stands. */
    private static final Pattern EXPRESSIE = Pattern.compile("Expression\\s+(.+?):\\s*$", Pattern.MULTILINE);

    /**
     * Drools reports some errors (an expression it cannot analyse) without a line; a policy writer
     * needs one, so the expression is looked up in the file.
     */
    private static Regelsetfout metPlek(Regelsetfout fout, SortedMap<String, String> bestanden) {
        String inhoud = bestanden.get(fout.bestand());
        Matcher expressie = EXPRESSIE.matcher(fout.melding());
        if (fout.regel() > 0 || inhoud == null || !expressie.find()) {
            return fout;
        }
        String[] regels = inhoud.split("\n", -1);
        for (int i = 0; i < regels.length; i++) {
            int kolom = regels[i].indexOf(expressie.group(1).trim());
            if (kolom >= 0) {
                return new Regelsetfout(fout.bestand(), i + 1, kolom + 1, fout.melding());
            }
        }
        return fout;
    }

    private static String bronpad(String pad) {
        if (pad == null) {
            return "(onbekend bestand)";
        }
        return pad.startsWith("src/main/resources/") ? pad.substring("src/main/resources/".length()) : pad;
    }

    private static List<RegelInfo> regels(KieBase kieBase) {
        List<RegelInfo> regels = new ArrayList<>();
        kieBase.getKiePackages().forEach(pakket -> pakket.getRules().forEach(regel -> regels.add(info(regel))));
        regels.sort(Comparator.comparing(RegelInfo::bestand).thenComparing(RegelInfo::naam));
        return List.copyOf(regels);
    }

    private static RegelInfo info(Rule regel) {
        String bestand = regel instanceof RuleImpl impl && impl.getResource() != null
                ? bronpad(impl.getResource().getSourcePath()) : "";
        return new RegelInfo(regel.getName(), regel.getPackageName(), bestand,
                tekst(regel.getMetaData().get("grondslag")), tekst(regel.getMetaData().get("uitleg")));
    }

    private static String tekst(Object waarde) {
        return waarde == null ? "" : waarde.toString();
    }
}
