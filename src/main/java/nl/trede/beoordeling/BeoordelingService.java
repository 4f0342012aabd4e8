package nl.trede.beoordeling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trede.gemeente.Gemeente;
import nl.trede.gemeente.GemeenteService;
import nl.trede.gemeente.Provincie;
import nl.trede.invoer.InvoerService;
import nl.trede.invoer.Periodecijfers;
import nl.trede.kern.GemeenteCode;
import nl.trede.kern.Periode;
import nl.trede.kern.Sha256;
import nl.trede.regels.Engineversie;
import nl.trede.regels.GevuurdeRegel;
import nl.trede.regels.Kader;
import nl.trede.regels.Kaderkeuze;
import nl.trede.regels.Regelkeuze;
import nl.trede.regels.Regelset;
import nl.trede.regels.RegelTekst;
import nl.trede.regels.RegelsetService;
import nl.trede.systeem.NietGevondenException;
import nl.trede.systeem.Tijdstip;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final BeslissingRepository beslissingen;
    private final Clock klok;
    private final ApplicationEventPublisher gebeurtenissen;

    BeoordelingService(InvoerService invoer, GemeenteService gemeenten, RegelsetService regelsets, Engineversie engine,
                       BeoordelingRepository repository, BeslissingRepository beslissingen, Optional<Clock> klok,
                       ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.invoer = invoer;
        this.gemeenten = gemeenten;
        this.regelsets = regelsets;
        this.engine = engine;
        this.repository = repository;
        this.beslissingen = beslissingen;
        this.klok = klok.orElse(Clock.systemUTC());
    }

    /**
     * Assesses every gemeente of {@code provincie} (name or code; null: every gemeente with figures). A
     * period whose peildatum has not come yet is assessed only when asked for as {@code voorlopig}.
     */
    @Transactional
    public Beoordelingsronde start(Periode periode, String provincie, String door, boolean voorlopig) {
        return startOfHergebruik(periode, provincie, door, voorlopig).ronde();
    }

    /**
     * As {@link #start(Periode, String, String, boolean)}, but an open ronde of the same period and province on the
     * same figures, kader versions (with their parameters), previous treden and engine is returned instead of
     * computed and stored again; parallel starts of one period and province wait for each other in the database.
     */
    @Transactional
    public Rondestart startOfHergebruik(Periode periode, String provincie, String door, boolean voorlopig) {
        LocalDate vandaag = LocalDate.now(klok.withZone(Tijdstip.NEDERLAND));
        if (!voorlopig && periode.einde().isAfter(vandaag)) {
            throw new IllegalArgumentException("De " + periode.omschrijving() + " is nog niet afgelopen: de peildatum is "
                    + RegelTekst.datum(periode.einde()) + ". Start de ronde na de peildatum, of start haar als voorlopige "
                    + "ronde (\"voorlopig\": true); die is op elke pagina en in de API als voorlopig gemarkeerd en telt "
                    + "niet als vorige trede voor de volgende periode.");
        }
        return start(this::kaderVoor, periode, provincie, door, voorlopig);
    }

    /** A started ronde, and whether it already existed: an open ronde on exactly the same input. */
    public record Rondestart(Beoordelingsronde ronde, boolean bestond) {
    }

    /** A run after the period's peildatum. */
    @Transactional
    public Beoordelingsronde start(Periode periode, String provincie, String door) {
        return start(periode, provincie, door, false);
    }

    /**
     * A run under a given rule set rather than the active one (stored first, so the run can name
     * and replay it): for comparing rule sets on real figures.
     */
    @Transactional
    public Beoordelingsronde start(Regelset regelset, Periode periode, String provincieInvoer, String door) {
        regelsets.bewaar(regelset);
        return start((code, naam, p) -> Optional.of(new Kaderkeuze(regelset.kader().orElse(null), regelset,
                "onder de opgegeven regels " + regelset.korteVersie())), periode, provincieInvoer, door, false).ronde();
    }

    /** The kader that judges a gemeente of the province in the period, as policy writers set it out. */
    private Optional<Kaderkeuze> kaderVoor(String provincieCode, String provincieNaam, Periode periode) {
        return Optional.of(regelsets.kaderVoor(provincieCode, provincieNaam, periode));
    }

    private Rondestart start(Regelkeuze keuze, Periode periode, String provincieInvoer, String door, boolean voorlopig) {
        Optional<Provincie> provincie = provincie(provincieInvoer);
        String provincieCode = provincie.map(Provincie::code).orElse(null);
        List<Periodecijfers> cijfers = cijfers(periode, provincie);
        if (cijfers.isEmpty()) {
            throw new IllegalArgumentException("Er zijn geen cijfers voor " + periode + provincie.map(p -> " in " + p.naam()).orElse("")
                    + ". Voer eerst de cijfers van die periode in (Cijfers invoeren).");
        }
        // Until this transaction ends, a second start of the same period and province waits here, and then sees this one's ronde.
        repository.wachtOpAndereStarts(periode, provincieCode);
        Map<String, VorigeTrede> vorige = repository.vorigeTreden(periode);
        List<Indeling> indeling = indeling(keuze, periode, cijfers);
        String invoer = invoerafdruk(periode, provincieCode, voorlopig, indeling, vorige);
        Optional<Beoordelingsronde> open = repository.openRondeMetInvoer(periode, provincieCode, invoer);
        if (open.isPresent()) {
            return new Rondestart(open.get(), true);
        }
        List<Deelberekening> delen = bereken(indeling, periode, vorige);
        List<Beoordeling> beoordelingen = delen.stream().flatMap(d -> d.berekening().beoordelingen().stream()).toList();

        Instant nu = klok.instant();
        Beoordelingsronde ronde = new Beoordelingsronde(0, periode.toString(), provincieCode,
                provincie.map(Provincie::naam).orElse(null), null, engine.drools(), engine.trede(), door, nu,
                voorlopig, beoordelingen.size());
        long rondeId = repository.bewaarRonde(ronde, invoer);
        List<Long> ids = repository.bewaarBeoordelingen(rondeId, beoordelingen);
        Map<String, Long> idPerGemeente = new LinkedHashMap<>();
        for (int i = 0; i < beoordelingen.size(); i++) {
            idPerGemeente.put(beoordelingen.get(i).gemeente(), ids.get(i));
        }
        Map<Long, List<GevuurdeRegel>> regelsPerBeoordeling = new LinkedHashMap<>();
        delen.forEach(d -> d.berekening().regels().forEach((gemeente, regels) -> regelsPerBeoordeling.put(idPerGemeente.get(gemeente), regels)));
        repository.bewaarRegels(regelsPerBeoordeling);
        Beoordelingsronde bewaard = repository.ronde(rondeId).orElseThrow();
        gebeurtenissen.publishEvent(new RondeUitgevoerd(bewaard, delen.stream().map(d -> new RondeUitgevoerd.Deel(
                d.keuze().regelset(), List.copyOf(d.berekening().parameterfeiten()), d.berekening().cijferfeiten(),
                d.berekening().regels(), d.berekening().beoordelingen().stream()
                        .map(b -> b.alsBewaard(idPerGemeente.get(b.gemeente()), rondeId)).toList())).toList()));
        return new Rondestart(bewaard, false);
    }

    /**
     * Everything a run's outcome rests on, hashed: period, province, voorlopig, the engine, and per gemeente the
     * figures it reads (their row: a new import is a new row), the version of its kader (files and parameters) and
     * the previous trede a run would give it. Who starts it and when are not input.
     */
    private String invoerafdruk(Periode periode, String provincieCode, boolean voorlopig, List<Indeling> indeling,
                                Map<String, VorigeTrede> vorige) {
        StringBuilder tekst = new StringBuilder("ronde/1\n").append(periode).append('\n')
                .append(provincieCode == null ? "-" : provincieCode).append('\n').append(voorlopig).append('\n')
                .append(engine.drools()).append('\n').append(engine.trede()).append('\n');
        indeling.stream().flatMap(d -> d.cijfers().stream().map(c -> {
            VorigeTrede v = vorige.get(c.gemeente());
            return c.gemeente() + " " + c.id() + " " + d.keuze().regelset().versie() + " " + (v == null ? "-" : v.trede() + " " + v.bron());
        })).sorted().forEach(regel -> tekst.append(regel).append('\n'));
        return Sha256.hex(tekst.toString());
    }

    /** A part of a run: the gemeenten one kader judges, and what its rules concluded. */
    record Deelberekening(Kaderkeuze keuze, Berekening berekening) {
    }

    /**
     * The gemeenten of the figures grouped by the rules {@code keuze} picks for them (the kader of their
     * province for the period), each group run through {@link Berekening}; nothing stored. A gemeente the
     * choice leaves without rules is left out.
     */
    List<Deelberekening> bereken(Regelkeuze keuze, Periode periode, List<Periodecijfers> cijfers,
                                 Map<String, VorigeTrede> vorigePeriode) {
        return bereken(indeling(keuze, periode, cijfers), periode, vorigePeriode);
    }

    private List<Deelberekening> bereken(List<Indeling> indeling, Periode periode, Map<String, VorigeTrede> vorigePeriode) {
        return indeling.stream().map(d -> new Deelberekening(d.keuze(),
                bereken(d.keuze().regelset(), periode, d.cijfers(), vorigePeriode))).toList();
    }

    /** The figures of the gemeenten one kader judges. */
    private record Indeling(Kaderkeuze keuze, List<Periodecijfers> cijfers) {
    }

    private List<Indeling> indeling(Regelkeuze keuze, Periode periode, List<Periodecijfers> cijfers) {
        Map<Regelset, Kaderkeuze> keuzes = new LinkedHashMap<>();
        Map<Regelset, List<Periodecijfers>> perRegelset = new LinkedHashMap<>();
        for (Periodecijfers c : cijfers) {
            Gemeente gemeente = gemeenten.metCode(GemeenteCode.van(c.gemeente())).orElseThrow();
            keuze.voor(gemeente.provincieCode(), gemeente.provincie(), periode).ifPresent(k -> {
                keuzes.putIfAbsent(k.regelset(), k);
                perRegelset.computeIfAbsent(k.regelset(), r -> new ArrayList<>()).add(c);
            });
        }
        return perRegelset.entrySet().stream().map(e -> new Indeling(keuzes.get(e.getKey()), e.getValue())).toList();
    }

    /** The latest figures of {@code periode} of the gemeenten of {@code provincie} (name or code; null: all). */
    List<Periodecijfers> cijfers(Periode periode, String provincie) {
        return cijfers(periode, provincie(provincie));
    }

    private List<Periodecijfers> cijfers(Periode periode, Optional<Provincie> provincie) {
        Set<String> inProvincie = provincie.map(p -> gemeenten.inProvincie(p).stream().map(Gemeente::code)
                .collect(Collectors.toSet())).orElse(null);
        return invoer.actueleCijfers(periode).stream()
                .filter(c -> inProvincie == null || inProvincie.contains(c.gemeente()))
                .toList();
    }

    private Optional<Provincie> provincie(String provincieInvoer) {
        return Optional.ofNullable(provincieInvoer).filter(p -> !p.isBlank())
                .map(p -> gemeenten.provincie(p).orElseThrow(() -> new IllegalArgumentException(
                        "Onbekende provincie '" + p + "'; kies een van: " + gemeenten.provincies().stream()
                                .map(Provincie::naam).collect(Collectors.joining(", ")))));
    }

    /**
     * The pure part of a run, also used for dry runs (scenarios, impact): builds the facts, runs the
     * rules and derives the beoordelingen, without storing anything. {@code vorigePeriode} holds the
     * treden of the previous period's latest run; figures with their own previous trede win.
     */
    Berekening bereken(Regelset regelset, Periode periode, List<Periodecijfers> cijfers, Map<String, VorigeTrede> vorigePeriode) {
        return Berekening.van(regelset, periode, cijfers, vorigePeriode, this::naam);
    }

    /** The name of a gemeente, or the code itself for a what-if candidate ("GM0307+8"), which is no gemeente. */
    private String naam(String code) {
        return GemeenteCode.lees(code).flatMap(gemeenten::metCode).map(Gemeente::naam).orElse(code);
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

    /** Every beoordeling of a ronde with where its decision stands. */
    @Transactional(readOnly = true)
    public List<Beoordeling> beoordelingen(long rondeId) {
        ronde(rondeId);
        return metBesluit(repository.beoordelingen(rondeId));
    }

    @Transactional(readOnly = true)
    public Beoordeling beoordeling(long id) {
        Beoordeling b = repository.beoordeling(id).orElseThrow(() -> new NietGevondenException("Beoordeling " + id + " bestaat niet"));
        return b.met(Besluit.van(beslissingen.vanBeoordeling(id)));
    }

    private List<Beoordeling> metBesluit(List<Beoordeling> beoordelingen) {
        Map<Long, List<Beslissing>> stappen = beslissingen.vanBeoordelingen(beoordelingen.stream().map(Beoordeling::id).toList());
        return beoordelingen.stream().map(b -> b.met(Besluit.van(stappen.getOrDefault(b.id(), List.of())))).toList();
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
        return metBesluit(repository.vanGemeente(gemeente));
    }

    /**
     * A dry run for the toezichtbrief's "what would have changed it": the smallest number of extra
     * vergunninghouders, from 1 up to {@code grens}, with which the rules that judged it (its kader version,
     * through the same code path as a run) would have proposed trede {@code doel} or lower for this
     * beoordeling; empty when no number within the bound does. Nothing is stored.
     */
    /** Candidates per session in {@link #meerVoorTrede}: a session stays small however far the search goes. */
    private static final int WAT_ALS_BLOK = 128;

    @Transactional(readOnly = true)
    public OptionalInt meerVoorTrede(Beoordeling b, int doel, int grens) {
        Regelset regelset = regelsets.versie(b.kaderVersie() != null ? b.kaderVersie() : ronde(b.rondeId()).regelsetVersie());
        Periodecijfers c = invoer.cijfers(b.cijfersId())
                .orElseThrow(() -> new IllegalStateException("De cijfers van beoordeling " + b.id() + " zijn niet bewaard"));
        Periode periode = Periode.van(b.periode());
        String naam = b.gemeenteNaam();
        // Each candidate as a gemeente of its own ("GM0307+8") in one session per block: the ladder's rules join
        // only on the gemeente, and one session of many is far cheaper than many sessions of one.
        for (int van = 1; van <= grens; van += WAT_ALS_BLOK) {
            List<Periodecijfers> kandidaten = new ArrayList<>();
            Map<String, VorigeTrede> vorige = new LinkedHashMap<>();
            for (int meer = van; meer <= Math.min(grens, van + WAT_ALS_BLOK - 1); meer++) {
                String code = c.gemeente() + "+" + meer;
                kandidaten.add(new Periodecijfers(c.id(), c.invoerId(), code, c.periode(), c.taakstelling(), c.standBegin(),
                        c.correcties(), Math.addExact(c.realisatie(), meer), c.tijdigGekoppeld(), c.vorigeTrede(),
                        c.geregistreerdOp()));
                // The previous trede the run used, so only the realisatie differs from the run.
                vorige.put(code, new VorigeTrede(b.vorigeTrede(), b.vorigeTredeBron()));
            }
            List<Beoordeling> uitkomsten = Berekening.van(regelset, periode, kandidaten, vorige, code -> naam).beoordelingen();
            for (int i = 0; i < uitkomsten.size(); i++) {
                if (uitkomsten.get(i).voorgesteldeTrede() <= doel) {
                    return OptionalInt.of(van + i);
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The treden with names and colours in force for the period under the standaard kader: for a page with
     * gemeenten of several kaders.
     */
    public List<Trede> treden(String periode) {
        Periode p = Periode.van(periode);
        Regelset standaard = regelsets.kaders().stream()
                .filter(r -> r.kader().orElseThrow().standaard() && r.kader().orElseThrow().geldtIn(p)).findFirst()
                .orElse(regelsets.kaders().get(0));
        return Ladder.op(standaard.parameters(), p.begin()).treden();
    }

    /** The treden as the kader of the beoordeling names them (the standaard kader's for one from before kaders). */
    public List<Trede> treden(Beoordeling b) {
        return b.kaderVersie() == null ? treden(b.periode())
                : Ladder.op(regelsets.versie(b.kaderVersie()).parameters(), Periode.van(b.periode()).begin()).treden();
    }

    /**
     * Which kader judged the beoordeling, its public source, and why it was that kader, in Dutch; empty for a
     * beoordeling from before kaders.
     */
    @Transactional(readOnly = true)
    public Optional<Beoordelingskader> kader(Beoordeling b) {
        if (b.kaderVersie() == null) {
            return Optional.empty();
        }
        Optional<Kader> kader = regelsets.versie(b.kaderVersie()).kader();
        Gemeente gemeente = gemeenten.metCode(GemeenteCode.van(b.gemeente())).orElseThrow();
        return kader.map(k -> new Beoordelingskader(k.id(), k.naam(), k.bron().tekst(), k.toelichting(), b.kaderVersie(),
                k.standaard() ? "geen eigen kader van de provincie " + gemeente.provincie() + " voor " + b.periode() + "; standaardkader"
                        : "kader van de provincie " + gemeente.provincie() + ", " + k.looptijd()));
    }
}
