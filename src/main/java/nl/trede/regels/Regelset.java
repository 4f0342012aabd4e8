package nl.trede.regels;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import nl.trede.kern.Sha256;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.StatelessKieSession;

/**
 * A compiled rule set, one {@link Domein} of {@code rules/} (a kader, the verdeelbesluit, ...): its version
 * (sha256 over the sorted paths and contents of its files), the files themselves, the KieBase built from
 * them once, its parameters and rules, and for a kader its {@link Kader}. Every session on it
 * runs within the {@link Regelbudget} it was compiled with.
 */
public final class Regelset {

    private final String versie;
    private final SortedMap<String, String> bestanden;
    private final KieBase kieBase;
    private final Parameters parameters;
    private final List<RegelInfo> regels;
    private final Sessietoezicht toezicht;
    private final String domein;
    private final Kader kader;

    Regelset(String versie, SortedMap<String, String> bestanden, KieBase kieBase, Parameters parameters,
             List<RegelInfo> regels, Sessietoezicht toezicht, String domein, Kader kader) {
        this.versie = versie;
        this.domein = domein;
        this.kader = kader;
        this.bestanden = bestanden;
        this.kieBase = kieBase;
        this.parameters = parameters;
        this.regels = regels;
        this.toezicht = toezicht;
    }

    public String versie() {
        return versie;
    }

    public SortedMap<String, String> bestanden() {
        return bestanden;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public Parameters parameters() {
        return parameters;
    }

    public List<RegelInfo> regels() {
        return regels;
    }

    /** The rules with their {@code @uitleg} as it reads on {@code datum}: every parameter it names, with its value then. */
    public List<RegelInfo> regels(LocalDate datum) {
        List<Parameter> feiten = parameters.feitenOp(datum);
        return regels.stream().map(r -> new RegelInfo(r.naam(), r.pakket(), r.bestand(), r.regelnummer(), r.grondslag(),
                Uitlegtekst.vul(r.uitleg(), feiten))).toList();
    }

    /** The domain these rules are ({@code interventieladder/standaard}, {@code verdeelbesluit}); null for a version stored before domains. */
    public String domein() {
        return domein;
    }

    /** The kader, for a kader of the interventieladder. */
    public Optional<Kader> kader() {
        return Optional.ofNullable(kader);
    }

    /**
     * Runs the facts in a stateless session with a listener that records every fired rule; a
     * session past its budget is halted and ends in a {@link RegelsOverschredenException}.
     */
    public Uitvoering voerUit(Collection<?> feiten) {
        Sessietoezicht.Teller teller = toezicht.teller();
        teller.erbij(feiten.size());
        return toezicht.voerUit(teller, () -> {
            StatelessKieSession sessie = kieBase.newStatelessKieSession();
            Spoor spoor = new Spoor(teller);
            sessie.addEventListener((AgendaEventListener) spoor);
            sessie.addEventListener((RuleRuntimeEventListener) spoor);
            sessie.execute(feiten);
            return spoor.uitvoering();
        });
    }

    /** A stateful session with the same recording and budget, for work in rounds; close it when done. */
    public Regelsessie sessie() {
        return new Regelsessie(kieBase, toezicht);
    }

    public String korteVersie() {
        return versie.substring(0, 12);
    }

    Sessietoezicht toezicht() {
        return toezicht;
    }

    /** The same compiled rules under another supervision (a validated candidate taken into use). */
    Regelset onder(Sessietoezicht ander) {
        return new Regelset(versie, bestanden, kieBase, parameters, regels, ander, domein, kader);
    }

    public static String versieVan(SortedMap<String, String> bestanden) {
        MessageDigest sha256 = Sha256.nieuw();
        bestanden.forEach((pad, inhoud) -> {
            sha256.update(pad.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(inhoud.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
        });
        return Sha256.hex(sha256);
    }
}
