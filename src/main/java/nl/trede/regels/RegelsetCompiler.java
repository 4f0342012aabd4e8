package nl.trede.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import nl.trede.regels.werker.Bericht;

/**
 * Reads the parameters and kader of a rule set's files here in the app (plain data) and has a worker check and compile
 * its DRL: the {@link nl.trede.regels.werker.Regelprofiel} first, then Drools, on exactly what the profile checked.
 * What is wrong comes back as {@link Regelsetfout}s in Dutch, on the line of the mistake.
 */
final class RegelsetCompiler {

    private RegelsetCompiler() {
    }

    /** Compiles as a rule set in use, with the default budget, as tests and tools do. */
    static Regelset compileer(Werkerpool werkers, SortedMap<String, String> bestanden) {
        return compileer(werkers, bestanden, Sessietoezicht.inGebruik(Regelbudget.STANDAARD));
    }

    /**
     * Every file passes the same checks, whether it comes from {@code rules/} or from the database (a replay, the
     * fallback at start-up): a stored version is first checked against its version, then compiled like any other.
     */
    static Regelset compileer(Werkerpool werkers, SortedMap<String, String> bestanden, Sessietoezicht toezicht) {
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
        Bericht.Gecompileerd gecompileerd = werkers.compileer(toezicht.isKandidaat(), versie, bestanden);
        fouten.addAll(0, gecompileerd.fouten());
        if (!fouten.isEmpty()) {
            throw new OngeldigeRegelsetException(fouten);
        }
        return new Regelset(versie, bestanden, werkers, parameters, gecompileerd.regels(), toezicht,
                domein == null ? null : domein.id(), kader);
    }
}
