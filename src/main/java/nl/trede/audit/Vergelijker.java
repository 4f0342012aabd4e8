package nl.trede.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.beoordeling.Beoordelingsronde;
import nl.trede.kern.BegrensdeCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Two runs of the same period compared per gemeente, from their receipts: the outcome, and which inputs differ.
 * A run and its receipts are written once and never change, so neither does a comparison: the last few are kept,
 * as reading 684 receipts back costs far more than showing the result.
 */
@Service
public class Vergelijker {

    private final BegrensdeCache<List<Long>, Vergelijking> vergeleken = new BegrensdeCache<>(16);
    private final BewijsRepository bewijzen;
    private final Bewijslezer lezer;
    private final BeoordelingService beoordelingen;

    Vergelijker(BewijsRepository bewijzen, Bewijslezer lezer, BeoordelingService beoordelingen) {
        this.bewijzen = bewijzen;
        this.lezer = lezer;
        this.beoordelingen = beoordelingen;
    }

    @Transactional(readOnly = true)
    public Vergelijking vergelijk(long rondeA, long rondeB) {
        Beoordelingsronde a = beoordelingen.ronde(rondeA);
        Beoordelingsronde b = beoordelingen.ronde(rondeB);
        if (!a.periode().equals(b.periode())) {
            throw new IllegalArgumentException("Ronde " + rondeA + " (" + a.periode() + ") en ronde " + rondeB + " ("
                    + b.periode() + ") gaan over verschillende periodes; vergelijk rondes van dezelfde periode");
        }
        return vergeleken.geef(List.of(rondeA, rondeB), sleutel -> vergelijk(a, b));
    }

    private Vergelijking vergelijk(Beoordelingsronde a, Beoordelingsronde b) {
        long rondeA = a.id();
        long rondeB = b.id();
        Map<String, Bewijsdocument.Beoordeling> perGemeenteA = documenten(rondeA);
        Map<String, Bewijsdocument.Beoordeling> perGemeenteB = documenten(rondeB);
        Set<String> alle = new TreeSet<>(perGemeenteA.keySet());
        alle.addAll(perGemeenteB.keySet());
        List<Vergelijking.Gemeente> gemeenten = new ArrayList<>();
        for (String gemeente : alle) {
            Bewijsdocument.Beoordeling docA = perGemeenteA.get(gemeente);
            Bewijsdocument.Beoordeling docB = perGemeenteB.get(gemeente);
            Herhaling.Uitkomst uitA = docA == null ? null : docA.uitkomst();
            Herhaling.Uitkomst uitB = docB == null ? null : docB.uitkomst();
            List<Vergelijking.Verschil> verschillen = docA == null || docB == null
                    ? List.of(new Vergelijking.Verschil(Vergelijking.Oorzaak.CIJFERS,
                            "alleen beoordeeld in ronde " + (docA == null ? rondeB : rondeA)))
                    : verschillen(docA, docB);
            gemeenten.add(new Vergelijking.Gemeente(gemeente, (docA != null ? docA : docB).gemeenteNaam(), uitA, uitB,
                    !Objects.equals(uitA, uitB), verschillen));
        }
        int gewijzigd = (int) gemeenten.stream().filter(Vergelijking.Gemeente::gewijzigd).count();
        return new Vergelijking(rondeA, rondeB, a.periode(), gewijzigd, gemeenten.size() - gewijzigd, gemeenten);
    }

    private Map<String, Bewijsdocument.Beoordeling> documenten(long rondeId) {
        Map<String, Bewijsdocument.Beoordeling> documenten = new TreeMap<>();
        bewijzen.vanOnderwerp(Bewijssoort.BEOORDELING, rondeId).forEach(b -> documenten.put(b.gemeente(), lezer.beoordeling(b)));
        return documenten;
    }

    private List<Vergelijking.Verschil> verschillen(Bewijsdocument.Beoordeling a, Bewijsdocument.Beoordeling b) {
        List<Vergelijking.Verschil> verschillen = new ArrayList<>();
        velden(a.feit("HalfjaarCijfers"), b.feit("HalfjaarCijfers"))
                .forEach(v -> verschillen.add(new Vergelijking.Verschil(Vergelijking.Oorzaak.CIJFERS, v)));
        bestanden(a, b, pad -> pad.endsWith(".drl") || pad.endsWith("kader.yaml"))
                .forEach(v -> verschillen.add(new Vergelijking.Verschil(Vergelijking.Oorzaak.REGELS, v)));
        Set<String> parameters = new LinkedHashSet<>(bestanden(a, b, Vergelijker::isParameters));
        parameters.addAll(verschilPerNaam(parameters(a), parameters(b)));
        parameters.forEach(v -> verschillen.add(new Vergelijking.Verschil(Vergelijking.Oorzaak.PARAMETERS, v)));
        verschilPerNaam(Map.of("drools", a.engine().drools(), "trede", a.engine().trede()),
                Map.of("drools", b.engine().drools(), "trede", b.engine().trede()))
                .forEach(v -> verschillen.add(new Vergelijking.Verschil(Vergelijking.Oorzaak.ENGINE, v)));
        return verschillen;
    }

    /** "realisatie 12 -> 15" for every field that differs. */
    private static List<String> velden(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return List.of();
        }
        Map<String, Object> waardenA = new TreeMap<>();
        Map<String, Object> waardenB = new TreeMap<>();
        a.propertyNames().forEach(n -> waardenA.put(n, tekst(a.get(n))));
        b.propertyNames().forEach(n -> waardenB.put(n, tekst(b.get(n))));
        return verschilPerNaam(waardenA, waardenB);
    }

    private static List<String> verschilPerNaam(Map<String, ?> a, Map<String, ?> b) {
        Set<String> namen = new TreeSet<>(a.keySet());
        namen.addAll(b.keySet());
        List<String> verschillen = new ArrayList<>();
        for (String naam : namen) {
            Object va = a.get(naam);
            Object vb = b.get(naam);
            if (!Objects.equals(va, vb)) {
                verschillen.add(naam + " " + (va == null ? "leeg" : va) + " -> " + (vb == null ? "leeg" : vb));
            }
        }
        return verschillen;
    }

    private static String tekst(JsonNode waarde) {
        return waarde == null || waarde.isNull() ? "leeg" : waarde.isString() ? waarde.asString() : waarde.toString();
    }

    private static List<String> bestanden(Bewijsdocument.Beoordeling a, Bewijsdocument.Beoordeling b, Predicate<String> welke) {
        Map<String, String> bestandenA = a.regelset().bestanden();
        Map<String, String> bestandenB = b.regelset().bestanden();
        Set<String> paden = new TreeSet<>(bestandenA.keySet());
        paden.addAll(bestandenB.keySet());
        List<String> verschillen = new ArrayList<>();
        for (String pad : paden) {
            if (welke.test(pad) && !Objects.equals(bestandenA.get(pad), bestandenB.get(pad))) {
                verschillen.add(pad + (bestandenA.get(pad) == null ? " toegevoegd"
                        : bestandenB.get(pad) == null ? " verwijderd" : " gewijzigd"));
            }
        }
        return verschillen;
    }

    /** Receipts before kaders held {@code parameters/...}; since, {@code <domein>/parameters/...}. */
    private static boolean isParameters(String pad) {
        return pad.startsWith("parameters/") || pad.contains("/parameters/");
    }

    private static Map<String, String> parameters(Bewijsdocument.Beoordeling document) {
        Map<String, String> waarden = new TreeMap<>();
        document.feiten().stream().filter(f -> f.is("Parameter")).map(Bewijsdocument.Feit::waarde).forEach(w ->
                waarden.put(w.get("naam").asString(), tekst(w.get("getal").isNull() ? w.get("tekst") : w.get("getal"))));
        return waarden;
    }
}
