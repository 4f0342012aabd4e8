package nl.trede.regels;

import java.util.List;
import java.util.SortedMap;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The same rule files built as Drools' executable model (the DRL turned into Java and compiled)
 * instead of the classic build that {@code RegelsetCompiler} does; only to measure a proposal, not
 * used by the app (in this package for Regelset's constructor). The result runs through {@link Regelset#voerUit}, so it records the same trace.
 */
public final class UitvoerbaarModel {

    private UitvoerbaarModel() {
    }

    /** {@code klassiek} with its files built as an executable model; version, parameters and rule list stay its own. */
    public static Regelset bouw(Regelset klassiek) {
        return new Regelset(klassiek.versie(), klassiek.bestanden(), kieBase(klassiek.bestanden()), klassiek.parameters(),
                klassiek.regels(), klassiek.toezicht(), klassiek.domein(), klassiek.kader().orElse(null));
    }

    /** The KieBase of the DRL files, built as an executable model, each version under its own ReleaseId. */
    public static KieBase kieBase(SortedMap<String, String> bestanden) {
        KieServices kie = KieServices.Factory.get();
        ReleaseId id = kie.newReleaseId("nl.trede", "regelset-model", "1.0.0-" + Regelset.versieVan(bestanden).substring(0, 16));
        KieFileSystem kfs = kie.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        bestanden.forEach((pad, inhoud) -> {
            if (pad.endsWith(".drl")) {
                kfs.write("src/main/resources/" + pad, inhoud);
            }
        });
        KieBuilder bouwer = kie.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> fouten = bouwer.getResults().getMessages(Message.Level.ERROR);
        if (!fouten.isEmpty()) {
            throw new IllegalStateException("Het uitvoerbare model bouwt niet: " + fouten);
        }
        return kie.newKieContainer(id).getKieBase();
    }
}
