package nl.trede.audit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.systeem.NietGevondenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** The explanation of a beoordeling, read from its receipt, and the gemeente's treden over the years. */
@Service
public class UitlegService {

    private final BewijsRepository bewijzen;
    private final Bewijslezer lezer;
    private final BeoordelingService beoordelingen;

    UitlegService(BewijsRepository bewijzen, Bewijslezer lezer, BeoordelingService beoordelingen) {
        this.bewijzen = bewijzen;
        this.lezer = lezer;
        this.beoordelingen = beoordelingen;
    }

    /** The steps in the order a person reads them, each with the rule, its grondslag and its numbers. */
    @Transactional(readOnly = true)
    public Uitleg uitleg(long beoordelingId) {
        Beoordeling b = beoordelingen.beoordeling(beoordelingId);
        Bewijsdocument.Beoordeling document = bewijzen.vanBeoordeling(beoordelingId).map(lezer::beoordeling)
                .orElseThrow(() -> new NietGevondenException("Beoordeling " + beoordelingId + " heeft geen beslissingsbewijs"));
        Map<String, Uitleg.Stap> perTekst = new LinkedHashMap<>();
        for (Bewijsdocument.Regel regel : document.regels()) {
            for (Bewijsdocument.Feit conclusie : regel.conclusies()) {
                JsonNode waarde = conclusie.waarde();
                if (!waarde.has("uitleg")) {
                    continue;
                }
                Map<String, Object> getallen = new TreeMap<>();
                for (String veld : waarde.propertyNames()) {
                    if (!veld.equals("uitleg") && !veld.equals("gemeente")) {
                        getallen.put(veld, lezer.waarde(waarde.get(veld), Object.class));
                    }
                }
                String tekst = waarde.get("uitleg").asString();
                perTekst.put(tekst, new Uitleg.Stap(tekst, regel.regel(), regel.grondslag(), getallen));
            }
        }
        List<Uitleg.Stap> stappen = b.uitleg().stream()
                .map(tekst -> perTekst.getOrDefault(tekst, new Uitleg.Stap(tekst, null, null, Map.of()))).toList();
        List<Uitleg.Regel> regels = document.regels().stream().map(r -> new Uitleg.Regel(r.volgnummer(), r.regel(), r.pakket(),
                r.grondslag(), r.feiten().stream().map(UitlegService::leesbaar).toList(),
                r.conclusies().stream().map(UitlegService::leesbaar).toList())).toList();
        return new Uitleg(b.id(), b.gemeente(), b.gemeenteNaam(), b.periode(), b.voorgesteldeTrede(),
                b.besluit().vastgesteldeTrede(), b.grondslag().name(), beoordelingen.kader(b).orElse(null), stappen, regels,
                b.besluit(), geschiedenis(b.gemeente()));
    }

    /**
     * Per period the gemeente's treden, oldest first: from the ronde whose decision was vastgesteld last,
     * or, where none is, from the latest ronde of that period.
     */
    @Transactional(readOnly = true)
    public List<Uitleg.Schakel> geschiedenis(String gemeente) {
        Map<String, Beoordeling> laatstePerPeriode = new TreeMap<>();
        beoordelingen.vanGemeente(gemeente).forEach(b -> laatstePerPeriode.merge(b.periode(), b, UitlegService::telt));
        return laatstePerPeriode.values().stream().sorted(Comparator.comparing(Beoordeling::periode))
                .map(b -> new Uitleg.Schakel(b.periode(), b.voorgesteldeTrede(), b.besluit().vastgesteldeTrede(),
                        b.besluit().afwijking(), b.id(), "/beoordelingen/" + b.id())).toList();
    }

    /** Of two beoordelingen of one period, the one that counts: vastgesteld last, else the latest ronde. */
    private static Beoordeling telt(Beoordeling x, Beoordeling y) {
        java.time.Instant vx = x.besluit().vastgesteldOp();
        java.time.Instant vy = y.besluit().vastgesteldOp();
        if (vx != null || vy != null) {
            return vy == null || (vx != null && vx.isAfter(vy)) ? x : y;
        }
        return x.rondeId() > y.rondeId() ? x : y;
    }

    private static Uitleg.Feit leesbaar(Bewijsdocument.Feit feit) {
        Map<String, String> velden = new LinkedHashMap<>();
        feit.waarde().propertyNames().forEach(n -> {
            JsonNode w = feit.waarde().get(n);
            velden.put(n, w == null || w.isNull() ? "" : w.isString() ? w.asString() : w.toString());
        });
        String type = feit.type();
        return new Uitleg.Feit(type.substring(type.lastIndexOf('.') + 1), velden);
    }
}
