package nl.trede.beoordeling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trede.gemeente.Gemeente;
import nl.trede.gemeente.GemeenteService;
import nl.trede.gemeente.Provincie;
import nl.trede.invoer.InvoerService;
import nl.trede.invoer.Periode;
import nl.trede.invoer.Periodecijfers;
import nl.trede.regels.Engineversie;
import nl.trede.regels.GevuurdeRegel;
import nl.trede.regels.Regelset;
import nl.trede.regels.RegelsetService;
import nl.trede.regels.Uitvoering;
import nl.trede.systeem.NietGevondenException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Runs the half-yearly assessment: builds the facts from the latest figures and the previous
 * treden, runs the interventieladder rules, and stores the run with every beoordeling and fired
 * rule in one transaction. A gemeente that ends with no trede or with two fails the whole run.
 */
@Service
public class BeoordelingService {

    private final InvoerService invoer;
    private final GemeenteService gemeenten;
    private final RegelsetService regelsets;
    private final Engineversie engine;
    private final BeoordelingRepository repository;
    private final JsonMapper json;
    private final Clock klok;
    private final ApplicationEventPublisher gebeurtenissen;

    BeoordelingService(InvoerService invoer, GemeenteService gemeenten, RegelsetService regelsets, Engineversie engine,
                       BeoordelingRepository repository, JsonMapper json, Optional<Clock> klok,
                       ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.invoer = invoer;
        this.gemeenten = gemeenten;
        this.regelsets = regelsets;
        this.engine = engine;
        this.repository = repository;
        this.json = json;
        this.klok = klok.orElse(Clock.systemUTC());
    }

    /** Assesses every gemeente of {@code provincie} (name or code; null: every gemeente with figures). */
    @Transactional
    public Beoordelingsronde start(Periode periode, String provincie, String door) {
        return start(regelsets.actief(), periode, provincie, door);
    }

    /**
     * A run under a given rule set rather than the active one (stored first, so the run can name
     * and replay it): for comparing rule sets on real figures.
     */
    @Transactional
    public Beoordelingsronde start(Regelset regelset, Periode periode, String provincieInvoer, String door) {
        regelsets.bewaar(regelset);
        Optional<Provincie> provincie = Optional.ofNullable(provincieInvoer).filter(p -> !p.isBlank())
                .map(p -> gemeenten.provincie(p).orElseThrow(() -> new IllegalArgumentException(
                        "Onbekende provincie '" + p + "'; kies een van: " + gemeenten.provincies().stream()
                                .map(Provincie::naam).collect(Collectors.joining(", ")))));
        Set<String> inProvincie = provincie.map(p -> gemeenten.inProvincie(p).stream().map(Gemeente::code)
                .collect(Collectors.toSet())).orElse(null);
        List<Periodecijfers> cijfers = invoer.actueleCijfers(periode).stream()
                .filter(c -> inProvincie == null || inProvincie.contains(c.gemeente()))
                .toList();
        if (cijfers.isEmpty()) {
            throw new IllegalArgumentException("Er zijn geen cijfers voor " + periode + provincie.map(p -> " in " + p.naam()).orElse("")
                    + ". Voer eerst de cijfers van die periode in (Cijfers invoeren).");
        }

        LocalDate peildatumParameters = periode.begin();
        LocalDate koppelingPeildatum = koppelingPeildatum(regelset, periode);
        Map<String, Integer> vorigeRonde = repository.laatsteTreden(periode.vorige().toString());
        Map<String, HalfjaarCijfers> feitPerGemeente = new LinkedHashMap<>();
        Map<String, VorigeTredeBron> bronPerGemeente = new LinkedHashMap<>();
        List<Object> feiten = new ArrayList<>(regelset.parameters().feitenOp(peildatumParameters));
        for (Periodecijfers c : cijfers) {
            VorigeTredeBron bron = c.vorigeTrede() != null ? VorigeTredeBron.INVOER
                    : vorigeRonde.containsKey(c.gemeente()) ? VorigeTredeBron.VORIGE_RONDE : VorigeTredeBron.STANDAARD;
            int vorigeTrede = switch (bron) {
                case INVOER -> c.vorigeTrede();
                case VORIGE_RONDE -> vorigeRonde.get(c.gemeente());
                case STANDAARD -> 1;
            };
            HalfjaarCijfers feit = new HalfjaarCijfers(c.gemeente(), naam(c.gemeente()), periode.toString(),
                    c.taakstelling(), c.standBegin(), c.correcties(), c.realisatie(), c.tijdigGekoppeld(), vorigeTrede,
                    koppelingPeildatum);
            feitPerGemeente.put(c.gemeente(), feit);
            bronPerGemeente.put(c.gemeente(), bron);
            feiten.add(feit);
        }

        Uitvoering uitvoering = regelset.voerUit(feiten);
        Map<String, List<Conclusie>> conclusies = uitvoering.conclusies(Conclusie.class).stream()
                .collect(Collectors.groupingBy(Conclusie::gemeente));
        Map<String, List<GevuurdeRegel>> regels = uitvoering.gevuurd().stream()
                .collect(Collectors.groupingBy(r -> gemeenteVan(r), LinkedHashMap::new, Collectors.toList()));

        List<Beoordeling> beoordelingen = new ArrayList<>();
        for (Periodecijfers c : cijfers) {
            beoordelingen.add(beoordeling(c, feitPerGemeente.get(c.gemeente()), bronPerGemeente.get(c.gemeente()),
                    conclusies.getOrDefault(c.gemeente(), List.of())));
        }

        Instant nu = klok.instant();
        Beoordelingsronde ronde = new Beoordelingsronde(0, periode.toString(), provincie.map(Provincie::code).orElse(null),
                provincie.map(Provincie::naam).orElse(null), regelset.versie(), engine.drools(), engine.trede(), door, nu,
                beoordelingen.size());
        long rondeId = repository.bewaarRonde(ronde);
        List<Long> ids = repository.bewaarBeoordelingen(rondeId, beoordelingen);
        Map<Long, List<VastgelegdeRegel>> regelsPerBeoordeling = new LinkedHashMap<>();
        for (int i = 0; i < beoordelingen.size(); i++) {
            regelsPerBeoordeling.put(ids.get(i), regels.getOrDefault(beoordelingen.get(i).gemeente(), List.of()).stream()
                    .map(this::vastgelegd).toList());
        }
        repository.bewaarRegels(regelsPerBeoordeling);
        Beoordelingsronde bewaard = repository.ronde(rondeId).orElseThrow();
        List<Beoordeling> metId = new ArrayList<>();
        for (int i = 0; i < beoordelingen.size(); i++) {
            metId.add(beoordelingen.get(i).alsBewaard(ids.get(i), rondeId));
        }
        gebeurtenissen.publishEvent(new RondeUitgevoerd(bewaard, regelset,
                feiten.stream().filter(f -> !(f instanceof HalfjaarCijfers)).toList(), feitPerGemeente, regels, metId));
        return bewaard;
    }

    private Beoordeling beoordeling(Periodecijfers c, HalfjaarCijfers feit, VorigeTredeBron bron, List<Conclusie> conclusies) {
        String wie = feit.gemeenteNaam() + " (" + c.gemeente() + ")";
        List<TredeVoorstel> voorstellen = van(conclusies, TredeVoorstel.class);
        if (voorstellen.size() != 1) {
            throw new IllegalStateException("De regels gaven " + wie + " " + (voorstellen.isEmpty() ? "geen trede"
                    : voorstellen.size() + " treden (" + voorstellen.stream().map(v -> "trede " + v.trede())
                    .collect(Collectors.joining(", ")) + ")") + " voor " + c.periode()
                    + "; de hele ronde is afgebroken en er is niets opgeslagen. Controleer de regels in rules/interventieladder/.");
        }
        TredeVoorstel voorstel = voorstellen.get(0);
        Opgave opgave = enige(van(conclusies, Opgave.class), wie, "totaalopgave");
        Maatstaf maatstaf = enige(van(conclusies, Maatstaf.class).stream()
                .filter(m -> m.grondslag() == voorstel.grondslag()).toList(), wie, "ondergrens");
        List<String> uitleg = conclusies.stream().sorted(Comparator.comparingInt(BeoordelingService::stap))
                .map(Conclusie::uitleg).toList();
        return new Beoordeling(0, 0, c.periode().toString(), c.gemeente(), feit.gemeenteNaam(), c.id(), voorstel.trede(), feit.vorigeTrede(), bron,
                voorstel.grondslag(), c.taakstelling(), c.standBegin(), c.correcties(), opgave.totaalopgave(),
                c.realisatie(), c.tijdigGekoppeld(), opgave.standEinde(), maatstaf.ondergrens(),
                voorstel.tredeOpTotaalopgave(), voorstel.koppelingstekortGunstig(), uitleg);
    }

    /** The order in which a person reads the explanation: figures, grondslag, ondergrens, outcome, trede. */
    private static int stap(Conclusie conclusie) {
        if (conclusie instanceof Opgave) {
            return 1;
        }
        if (conclusie instanceof Beoordelingsgrondslag) {
            return 2;
        }
        if (conclusie instanceof Maatstaf m) {
            return m.grondslag() == Grondslag.TOTAALOPGAVE ? 3 : 4;
        }
        if (conclusie instanceof Uitkomst u) {
            return u.maatstaf() == Grondslag.TOTAALOPGAVE ? 5 : 6;
        }
        return conclusie instanceof TredeVoorstel ? 7 : 8;
    }

    private static <T> List<T> van(List<Conclusie> conclusies, Class<T> soort) {
        return conclusies.stream().filter(soort::isInstance).map(soort::cast).toList();
    }

    private static <T> T enige(List<T> gevonden, String wie, String wat) {
        if (gevonden.size() != 1) {
            throw new IllegalStateException("De regels gaven " + wie + " " + gevonden.size() + " keer een " + wat
                    + " in plaats van een keer; de ronde is afgebroken en er is niets opgeslagen.");
        }
        return gevonden.get(0);
    }

    private static String gemeenteVan(GevuurdeRegel regel) {
        return regel.conclusies().stream().filter(Conclusie.class::isInstance).map(c -> ((Conclusie) c).gemeente())
                .findFirst()
                .or(() -> regel.feiten().stream().filter(HalfjaarCijfers.class::isInstance)
                        .map(f -> ((HalfjaarCijfers) f).gemeente()).findFirst())
                .orElse("");
    }

    private VastgelegdeRegel vastgelegd(GevuurdeRegel regel) {
        return new VastgelegdeRegel(regel.volgnummer(), regel.regel(), regel.pakket(), regel.grondslag(),
                feitenJson(regel.feiten()), feitenJson(regel.conclusies()));
    }

    /** Each fact as {@code {"type": "HalfjaarCijfers", "waarde": {...}}}, exactly as the engine had it. */
    private String feitenJson(List<Object> feiten) {
        ArrayNode lijst = json.createArrayNode();
        feiten.forEach(f -> lijst.addObject().put("type", f.getClass().getSimpleName()).set("waarde", json.valueToTree(f)));
        return json.writeValueAsString(lijst);
    }

    private static LocalDate koppelingPeildatum(Regelset regelset, Periode periode) {
        String naam = periode.helft() == 1 ? "koppeling_peildatum_eerste_helft" : "koppeling_peildatum_tweede_helft";
        MonthDay dag = MonthDay.parse("--" + regelset.parameters().tekst(naam, periode.begin()));
        return dag.atYear(periode.jaar());
    }

    private String naam(String code) {
        return gemeenten.metCode(code).map(Gemeente::naam).orElse(code);
    }

    @Transactional(readOnly = true)
    public List<Beoordelingsronde> rondes(String periode, String provincie) {
        String provincieCode = provincie == null || provincie.isBlank() ? null
                : gemeenten.provincie(provincie).map(Provincie::code)
                        .orElseThrow(() -> new IllegalArgumentException("Onbekende provincie '" + provincie + "'"));
        String periodeTekst = periode == null || periode.isBlank() ? null : Periode.van(periode).toString();
        return repository.rondes(periodeTekst, provincieCode);
    }

    @Transactional(readOnly = true)
    public Beoordelingsronde ronde(long id) {
        return repository.ronde(id).orElseThrow(() -> new NietGevondenException("Beoordelingsronde " + id + " bestaat niet"));
    }

    @Transactional(readOnly = true)
    public List<Beoordeling> beoordelingen(long rondeId) {
        ronde(rondeId);
        return repository.beoordelingen(rondeId);
    }

    @Transactional(readOnly = true)
    public Beoordeling beoordeling(long id) {
        return repository.beoordeling(id).orElseThrow(() -> new NietGevondenException("Beoordeling " + id + " bestaat niet"));
    }

    @Transactional(readOnly = true)
    public List<VastgelegdeRegel> regels(long beoordelingId) {
        return repository.regels(beoordelingId);
    }

    /**
     * The gemeenten of a run whose figures were imported again after the run: the run keeps what it
     * was based on; a new run would use the newer figures.
     */
    @Transactional(readOnly = true)
    public List<String> nieuwereCijfers(long rondeId) {
        Beoordelingsronde ronde = ronde(rondeId);
        Map<String, Long> actueel = invoer.actueleCijfers(Periode.van(ronde.periode())).stream()
                .collect(Collectors.toMap(Periodecijfers::gemeente, Periodecijfers::id));
        return repository.beoordelingen(rondeId).stream()
                .filter(b -> actueel.containsKey(b.gemeente()) && actueel.get(b.gemeente()) != b.cijfersId())
                .map(Beoordeling::gemeenteNaam).toList();
    }

    @Transactional(readOnly = true)
    public Map<Long, List<RegelNaam>> regelnamen(long rondeId) {
        return repository.regelnamen(rondeId);
    }

    @Transactional(readOnly = true)
    public List<Beoordeling> vanGemeente(String gemeente) {
        return repository.vanGemeente(gemeente);
    }

    /** The treden with names and colours as they were in force for the period. */
    public List<Trede> treden(String periode) {
        return Ladder.op(regelsets.actief().parameters(), Periode.van(periode).begin()).treden();
    }

    public Trede trede(String periode, int trede) {
        return Ladder.op(regelsets.actief().parameters(), Periode.van(periode).begin()).trede(trede);
    }
}
