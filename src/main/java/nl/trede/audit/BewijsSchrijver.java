package nl.trede.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.Beoordelingsronde;
import nl.trede.beoordeling.Beslissing;
import nl.trede.beoordeling.BeslissingVastgelegd;
import nl.trede.beoordeling.Besluit;
import nl.trede.beoordeling.RondeUitgevoerd;
import nl.trede.kern.Sha256;
import nl.trede.regels.Engineversie;
import nl.trede.regels.GevuurdeRegel;
import nl.trede.regels.Regelset;
import nl.trede.regels.RegelsetService;
import nl.trede.verdeling.GemeenteUitkomst;
import nl.trede.verdeling.Verdeling;
import nl.trede.verdeling.VerdelingVastgelegd;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the receipts, in the transaction of what they prove: a receipt that cannot be written fails
 * the run or the verdeling. Each receipt binds the fingerprint of the rows users will see, and extends
 * the one chain across all runs; every write ends with a checkpoint trede signs over the new head.
 */
@Service
class BewijsSchrijver {

    private final BewijsRepository bewijzen;
    private final Controlepunten controlepunten;
    private final Engineversie engine;
    private final RegelsetService regelsets;
    private final JsonMapper json;
    private final Clock klok;

    BewijsSchrijver(BewijsRepository bewijzen, Controlepunten controlepunten, Engineversie engine, RegelsetService regelsets,
                    JsonMapper json, Optional<Clock> klok) {
        this.bewijzen = bewijzen;
        this.controlepunten = controlepunten;
        this.engine = engine;
        this.regelsets = regelsets;
        this.json = json;
        this.klok = klok.orElse(Clock.systemUTC());
    }

    /** Per beoordeling a receipt with the rules of its own kader, the facts they were given and the rules that fired. */
    @EventListener
    void legVast(RondeUitgevoerd uitgevoerd) {
        Beoordelingsronde ronde = uitgevoerd.ronde();
        Bewijsdocument.Engine motor = new Bewijsdocument.Engine(ronde.droolsVersie(), ronde.tredeVersie());
        List<Beoordeling> alle = uitgevoerd.delen().stream().flatMap(d -> d.beoordelingen().stream()).toList();
        Map<Long, String> afdrukken = bewijzen.vingerafdrukkenVanBeoordelingen(alle.stream().map(Beoordeling::id).toList());
        String vorige = bewijzen.sluitKetenEnGeefLaatsteHash();
        Iterator<Long> ids = bewijzen.nieuweIds(alle.size()).iterator();
        Instant nu = klok.instant();
        Feiten omgezet = new Feiten();
        List<Bewijs> nieuw = new ArrayList<>();
        for (RondeUitgevoerd.Deel deel : uitgevoerd.delen()) {
            Bewijsdocument.Regelsetbron bron = bron(deel.regelset());
            List<Bewijsdocument.Feit> parameters = omgezet.feiten(deel.parameterfeiten());
            for (Beoordeling b : deel.beoordelingen()) {
                List<Bewijsdocument.Feit> feiten = new ArrayList<>(parameters);
                feiten.add(omgezet.feit(deel.cijfers().get(b.gemeente())));
                Bewijsdocument document = new Bewijsdocument.Beoordeling(Bewijssoort.BEOORDELING.name(), motor, bron, feiten,
                        omgezet.regels(deel.regels().getOrDefault(b.gemeente(), List.of())), ronde.id(), b.id(), b.gemeente(),
                        ronde.periode(), Herhaling.Uitkomst.van(b));
                Bewijs bewijs = Bewijs.nieuw(ids.next(), Bewijssoort.BEOORDELING, ronde.id(), b.id(), b.gemeente(), ronde.periode(),
                        deel.regelset().versie(), nu, afdrukken.get(b.id()), vorige, tekst(document));
                nieuw.add(bewijs);
                vorige = bewijs.hash();
            }
        }
        voegToe(nieuw);
    }

    /** A computed verdeling with its input, parameter date and fired rules; a published besluit with its numbers. */
    @EventListener
    void legVast(VerdelingVastgelegd vastgelegd) {
        Verdeling verdeling = vastgelegd.verdeling();
        Regelset regelset = vastgelegd.regelset();
        Map<String, VerdelingHerhaling.Aandeel> uitkomst = new TreeMap<>();
        verdeling.gemeenten().forEach(g -> uitkomst.put(g.gemeente(), aandeel(g)));
        Feiten omgezet = new Feiten();
        Bewijsdocument document = new Bewijsdocument.Verdeling(Bewijssoort.VERDELING.name(),
                new Bewijsdocument.Engine(engine.drools(), engine.trede()), regelset == null ? null : bron(regelset),
                omgezet.feiten(vastgelegd.parameters()), omgezet.regels(vastgelegd.gevuurd()), verdeling.id(), verdeling.provincie(),
                vastgelegd.parameterdatum() == null ? null : vastgelegd.parameterdatum().toString(),
                vastgelegd.verzoek() == null ? null : json.valueToTree(vastgelegd.verzoek()),
                vastgelegd.invoer() == null ? null : json.valueToTree(vastgelegd.invoer()), verdeling.gepubliceerd(), uitkomst);
        String afdruk = bewijzen.vingerafdrukVanVerdeling(verdeling.id());
        String vorige = bewijzen.sluitKetenEnGeefLaatsteHash();
        voegToe(List.of(Bewijs.nieuw(bewijzen.nieuweIds(1).get(0), Bewijssoort.VERDELING, verdeling.id(), null, null,
                null, regelset == null ? null : regelset.versie(), klok.instant(), afdruk, vorige, tekst(document))));
    }

    /** A step of the officers' decision, with the beoordeling it is about and where the decision stands after it. */
    @EventListener
    void legVast(BeslissingVastgelegd vastgelegd) {
        Beslissing stap = vastgelegd.stap();
        Beoordeling b = vastgelegd.beoordeling();
        Besluit besluit = b.besluit();
        Bewijsdocument document = new Bewijsdocument.Beslissing(Bewijssoort.BESLISSING.name(),
                new Bewijsdocument.Engine(engine.drools(), engine.trede()), bron(regelsets.versie(vastgelegd.regelsetVersie())),
                List.of(), List.of(), b.id(), b.rondeId(), b.gemeente(), b.periode(), b.voorgesteldeTrede(),
                json.valueToTree(stap), new Bewijsdocument.Besluitstand(besluit.status().name(), besluit.versie(),
                        besluit.besloteneTrede(), besluit.vastgesteldeTrede(), besluit.afwijking()));
        String afdruk = bewijzen.vingerafdrukVanBeslissing(stap.id());
        String vorige = bewijzen.sluitKetenEnGeefLaatsteHash();
        voegToe(List.of(Bewijs.nieuw(bewijzen.nieuweIds(1).get(0), Bewijssoort.BESLISSING, stap.id(), b.id(),
                b.gemeente(), b.periode(), vastgelegd.regelsetVersie(), klok.instant(), afdruk, vorige, tekst(document))));
    }

    /** The receipts, and the signed checkpoint over their head, in the transaction that holds the chain's lock. */
    private void voegToe(List<Bewijs> nieuw) {
        if (nieuw.isEmpty()) {
            return;
        }
        bewijzen.voegToe(nieuw);
        controlepunten.naBewijzen(nieuw.get(nieuw.size() - 1), nieuw.size());
    }

    static VerdelingHerhaling.Aandeel aandeel(GemeenteUitkomst g) {
        return new VerdelingHerhaling.Aandeel(g.regulier(), g.amv(), g.restRegulier(), g.restAmv());
    }

    private String tekst(Bewijsdocument document) {
        return CanoniekeJson.van(json.valueToTree(document));
    }

    /** The SHA-256 of every file of the rule set, computed once per run rather than per receipt. */
    private static Bewijsdocument.Regelsetbron bron(Regelset regelset) {
        return new Bewijsdocument.Regelsetbron(regelset.versie(), regelset.bestanden().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Sha256.hex(e.getValue()), (a, b) -> a, TreeMap::new)));
    }

    /**
     * The facts of one run or verdeling in their receipt form, each fact object serialised once: a rule matches
     * the facts other rules matched or concluded (a gemeente's HalfjaarCijfers about seven times), and facts are
     * records, which do not change.
     */
    private final class Feiten {

        private final Map<Object, Bewijsdocument.Feit> omgezet = new IdentityHashMap<>();

        List<Bewijsdocument.Regel> regels(List<GevuurdeRegel> gevuurd) {
            return gevuurd.stream().map(r -> new Bewijsdocument.Regel(r.volgnummer(), r.regel(), r.pakket(), r.grondslag(),
                    feiten(r.feiten()), feiten(r.conclusies()))).toList();
        }

        List<Bewijsdocument.Feit> feiten(List<?> feiten) {
            return feiten.stream().map(this::feit).toList();
        }

        Bewijsdocument.Feit feit(Object feit) {
            return omgezet.computeIfAbsent(feit, f -> new Bewijsdocument.Feit(Feitnamen.naam(f), json.valueToTree(f)));
        }
    }
}
