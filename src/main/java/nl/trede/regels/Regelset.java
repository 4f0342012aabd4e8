package nl.trede.regels;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import nl.trede.kern.Sha256;

/**
 * A compiled rule set, one {@link Domein} of {@code rules/} (a kader, the verdeelbesluit, ...): its version
 * (sha256 over the sorted paths and contents of its files), the files themselves, its parameters and rules, and for a
 * kader its {@link Kader}. The rules themselves are compiled and run in a worker process ({@link Werkerpool}), never in
 * the app: a worker for rules in use, or a proof worker for a candidate. Every session on it runs within the
 * {@link Regelbudget} it was compiled with.
 */
public final class Regelset {

    private final String versie;
    private final SortedMap<String, String> bestanden;
    private final Werkerpool werkers;
    private final Parameters parameters;
    private final List<RegelInfo> regels;
    private final Sessietoezicht toezicht;
    private final String domein;
    private final Kader kader;

    Regelset(String versie, SortedMap<String, String> bestanden, Werkerpool werkers, Parameters parameters,
             List<RegelInfo> regels, Sessietoezicht toezicht, String domein, Kader kader) {
        this.versie = versie;
        this.domein = domein;
        this.kader = kader;
        this.bestanden = bestanden;
        this.werkers = werkers;
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
     * Runs the facts in a stateless session in a worker, which records every fired rule; a session past its budget is
     * halted (or its worker killed) and ends in a {@link RegelsOverschredenException}.
     */
    public Uitvoering voerUit(Collection<?> feiten) {
        return toezicht.voerUit(() -> werkers.voerUit(this, feiten));
    }

    /** A stateful session with the same recording and budget, for work in rounds; close it when done. */
    public Regelsessie sessie() {
        return new Regelsessie(this, werkers.leen(isProef()));
    }

    /** Whether this rule set runs in a proof worker: it is a candidate, not (yet) in use. */
    boolean isProef() {
        return toezicht.isKandidaat();
    }

    public String korteVersie() {
        return versie.substring(0, 12);
    }

    Sessietoezicht toezicht() {
        return toezicht;
    }

    /** The same compiled rules under another supervision (a validated candidate taken into use). */
    Regelset onder(Sessietoezicht ander) {
        return new Regelset(versie, bestanden, werkers, parameters, regels, ander, domein, kader);
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
