package nl.trede.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.trede.gemeente.Gemeente;
import nl.trede.gemeente.GemeenteService;
import nl.trede.gemeente.Provincie;
import nl.trede.kern.GemeenteCode;
import nl.trede.systeem.NietGevondenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring of the opgaven. An area with its own opgave is judged on its own figures; an area
 * without one (a province or region of the Drentse verdeling) on the sum of its gemeenten, so an
 * opgave and its realisatie always come from the same level.
 */
@Service
public class MonitoringService {

    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

    private final MonitoringRepository repository;
    private final GemeenteService gemeenten;
    private final SignaalRegels regels;

    MonitoringService(MonitoringRepository repository, GemeenteService gemeenten, SignaalRegels regels) {
        this.repository = repository;
        this.gemeenten = gemeenten;
        this.regels = regels;
    }

    /**
     * All opgaven and realisaties, read whole: a page reads them once and hands them to each of its
     * parts (the national page has nine parts; it read both tables nine times).
     */
    @Transactional(readOnly = true)
    Gegevens gegevens() {
        return new Gegevens(repository.opgaven(), repository.realisaties());
    }

    /** The schema, realisatie and signal of one opgave of one area on a peildatum. */
    public Stand stand(OpgaveSoort soort, String gebied, LocalDate peildatum) {
        return stand(gegevens(), soort, gebied, peildatum);
    }

    Stand stand(Gegevens g, OpgaveSoort soort, String gebied, LocalDate peildatum) {
        return metSignalen(List.of(ruw(g, soort, gebied(gebied).code(), peildatum)), peildatum).get(0);
    }

    /** The PRT Drenthe notitie's table for a province; the total is the sum of its gemeenten, as the table prints it. */
    public ProvincieOverzicht provincieOverzicht(String provincie, LocalDate peildatum) {
        return provincieOverzicht(gegevens(), provincie, peildatum);
    }

    ProvincieOverzicht provincieOverzicht(Gegevens g, String provincie, LocalDate peildatum) {
        Provincie p = provincie(provincie);
        List<Gemeente> leden = gemeenten.inProvincie(p);
        List<Stand> ruwe = new ArrayList<>();
        for (Gemeente gm : leden) {
            for (OpgaveSoort soort : OpgaveSoort.values()) {
                ruwe.add(ruw(g, soort, gm.code(), peildatum));
            }
        }
        for (OpgaveSoort soort : OpgaveSoort.values()) {
            ruwe.add(som(g, soort, p.code(), leden, peildatum));
        }
        List<Stand> standen = metSignalen(ruwe, peildatum);
        List<Overzichtsregel> regels = new ArrayList<>();
        int soorten = OpgaveSoort.values().length;
        for (int i = 0; i < leden.size(); i++) {
            regels.add(regel(leden.get(i).code(), leden.get(i).naam(), standen.subList(i * soorten, (i + 1) * soorten)));
        }
        Overzichtsregel totaal = regel(p.code(), "Totaal " + p.naam(), standen.subList(leden.size() * soorten, standen.size()));
        return new ProvincieOverzicht(p.code(), p.naam(), peildatum, regels, totaal);
    }

    /**
     * The huisvesting overview of a province for the half-year in force on the peildatum. The
     * realisatie of a month is the growth of the running total, known from the first of the next month.
     */
    HuisvestingOverzicht huisvestingOverzicht(Gegevens g, String provincie, LocalDate peildatum) {
        Provincie p = provincie(provincie);
        List<Gemeente> leden = gemeenten.inProvincie(p);
        List<Stand> ruwe = new ArrayList<>(leden.stream().map(gm -> ruw(g, OpgaveSoort.HUISVESTING, gm.code(), peildatum)).toList());
        ruwe.add(som(g, OpgaveSoort.HUISVESTING, p.code(), leden, peildatum));
        List<Stand> standen = metSignalen(ruwe, peildatum);
        List<YearMonth> maanden = leden.stream().map(gm -> g.opgave(OpgaveSoort.HUISVESTING, gm.code(), peildatum))
                .flatMap(Optional::stream).findFirst()
                .map(o -> Stream.iterate(YearMonth.from(o.oudeDatum()), m -> m.plusMonths(1))
                        .limit(ChronoUnit.MONTHS.between(o.oudeDatum(), o.nieuweDatum())).toList())
                .orElse(List.of());
        List<HuisvestingOverzicht.Regel> regels = new ArrayList<>();
        int[] som = new int[5];
        Integer[] somPerMaand = new Integer[maanden.size()];
        for (int i = 0; i < leden.size(); i++) {
            Gemeente gm = leden.get(i);
            Optional<Opgave> o = g.opgave(OpgaveSoort.HUISVESTING, gm.code(), peildatum);
            if (o.isEmpty()) {
                continue;
            }
            List<Integer> perMaand = perMaand(g.realisaties(OpgaveSoort.HUISVESTING, gm.code()), maanden, peildatum);
            for (int m = 0; m < perMaand.size(); m++) {
                if (perMaand.get(m) != null) {
                    somPerMaand[m] = Math.addExact(somPerMaand[m] == null ? 0 : somPerMaand[m], perMaand.get(m));
                }
            }
            Opgave opgave = o.get();
            som[0] = Math.addExact(som[0], opgave.standBegin() == null ? 0 : opgave.standBegin());
            som[1] = Math.addExact(som[1], opgave.taakstelling() == null ? 0 : opgave.taakstelling());
            som[2] = Math.addExact(som[2], opgave.correcties() == null ? 0 : opgave.correcties());
            som[3] = Math.addExact(som[3], opgave.nieuweOpgave());
            regels.add(new HuisvestingOverzicht.Regel(gm.code(), gm.naam(), opgave.standBegin(), opgave.taakstelling(),
                    opgave.correcties(), opgave.nieuweOpgave(), perMaand, Cel.van(standen.get(i))));
        }
        HuisvestingOverzicht.Regel totaal = new HuisvestingOverzicht.Regel(p.code(), "Totaal " + p.naam(), som[0], som[1],
                som[2], som[3], Arrays.asList(somPerMaand), Cel.van(standen.get(leden.size())));
        return new HuisvestingOverzicht(maanden, regels, totaal);
    }

    private static List<Integer> perMaand(List<Realisatie> realisaties, List<YearMonth> maanden, LocalDate peildatum) {
        List<Integer> perMaand = new ArrayList<>();
        Integer vorige = 0;
        for (YearMonth maand : maanden) {
            LocalDate bekendOp = maand.plusMonths(1).atDay(1);
            Integer totNu = bekendOp.isAfter(peildatum) ? null : realisaties.stream()
                    .filter(r -> r.peildatum().equals(bekendOp)).map(Realisatie::aantal).findFirst().orElse(null);
            perMaand.add(totNu == null || vorige == null ? null : totNu - vorige);
            vorige = totNu;
        }
        return perMaand;
    }

    /** Per province the opgave, realisatie and delta of every opgave (the national dashboard (Opvang, Asiel, Huisvesting vergunninghouders, Opvang AMV, Opvang Oekraïne, Nidos AMV), page 2). */
    List<Overzichtsregel> provinciesOverzicht(Gegevens g, LocalDate peildatum) {
        List<Provincie> provincies = gemeenten.provincies();
        List<Stand> ruwe = new ArrayList<>();
        for (Provincie p : provincies) {
            for (OpgaveSoort soort : OpgaveSoort.values()) {
                ruwe.add(ruw(g, soort, p.code(), peildatum));
            }
        }
        List<Stand> standen = metSignalen(ruwe, peildatum);
        int soorten = OpgaveSoort.values().length;
        List<Overzichtsregel> regels = new ArrayList<>();
        for (int i = 0; i < provincies.size(); i++) {
            regels.add(regel(provincies.get(i).code(), provincies.get(i).naam(), standen.subList(i * soorten, (i + 1) * soorten)));
        }
        return regels;
    }

    /** Per province the asiel realisatie split into regulier, NO and TGO, from the level its opgave comes from. */
    Map<String, Asieldelen> asieldelenPerProvincie(Gegevens g, LocalDate peildatum) {
        Map<String, Asieldelen> delen = new HashMap<>();
        for (Provincie p : gemeenten.provincies()) {
            Asieldelen d = Asieldelen.ONBEKEND;
            List<String> bronnen = g.opgave(OpgaveSoort.ASIEL, p.code(), peildatum).isPresent() ? List.of(p.code())
                    : gemeenten.inProvincie(p).stream().map(Gemeente::code).toList();
            for (String gebied : bronnen) {
                Opgave o = g.opgave(OpgaveSoort.ASIEL, gebied, peildatum).orElse(null);
                d = g.realisatie(OpgaveSoort.ASIEL, gebied, peildatum, o).map(Asieldelen::van).map(d::plus).orElse(d);
            }
            delen.put(p.code(), d);
        }
        return delen;
    }

    /**
     * The stand that colours each gemeente on the map: its own, or for Oekraine that of its
     * veiligheidsregio (the national dashboard: "in het kaartje is dus de stand van zaken voor de gehele
     * veiligheidsregio weergegeven"), computed once per region.
     */
    Map<String, Stand> kaartstanden(Gegevens g, OpgaveSoort soort, List<Gemeente> leden, LocalDate peildatum) {
        List<String> gebieden = leden.stream()
                .map(gm -> soort.perVeiligheidsregio() ? gm.veiligheidsregioCode() : gm.code()).distinct().toList();
        List<Stand> standen = metSignalen(gebieden.stream().map(c -> ruw(g, soort, c, peildatum)).toList(), peildatum);
        Map<String, Stand> perGebied = new HashMap<>();
        standen.forEach(s -> perGebied.put(s.gebied(), s));
        Map<String, Stand> perGemeente = new LinkedHashMap<>();
        leden.forEach(gm -> perGemeente.put(gm.code(),
                perGebied.get(soort.perVeiligheidsregio() ? gm.veiligheidsregioCode() : gm.code())));
        return perGemeente;
    }

    /** Every opgave of one area on the peildatum, in the order of {@link OpgaveSoort}. */
    List<Stand> standen(Gegevens g, String gebied, LocalDate peildatum) {
        String code = gebied(gebied).code();
        List<Stand> ruwe = new ArrayList<>();
        for (OpgaveSoort soort : OpgaveSoort.values()) {
            ruwe.add(ruw(g, soort, code, peildatum));
        }
        return metSignalen(ruwe, peildatum);
    }

    /** The peildatum a page opens on: the latest realisatie in the area, or today when none is known. */
    LocalDate standaardPeildatum(Gegevens gegevens, String gebied) {
        Gebied g = gebied(gebied);
        Set<String> leden = gemeentenIn(g.code()).stream().map(Gemeente::code).collect(Collectors.toSet());
        Predicate<String> binnen = g.code().equals(Gebied.NEDERLAND) ? code -> true
                : code -> code.equals(g.code()) || leden.contains(code);
        return gegevens.laatstePeildatum(binnen).orElse(LocalDate.now());
    }

    Gebied gebied(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (c.equals(Gebied.NEDERLAND)) {
            return new Gebied(c, "Nederland");
        }
        if (c.startsWith("PV")) {
            return gemeenten.provincies().stream().filter(p -> p.code().equals(c)).findFirst()
                    .map(p -> new Gebied(p.code(), p.naam())).orElseThrow(() -> onbekend(code));
        }
        if (c.startsWith("VR")) {
            return gemeenten.alle().stream().filter(g -> c.equals(g.veiligheidsregioCode())).findFirst()
                    .map(g -> new Gebied(c, "Veiligheidsregio " + g.veiligheidsregio())).orElseThrow(() -> onbekend(code));
        }
        return GemeenteCode.lees(c).flatMap(gemeenten::metCode).map(g -> new Gebied(g.code(), g.naam()))
                .orElseThrow(() -> onbekend(code));
    }

    public Provincie provincie(String codeOfNaam) {
        return gemeenten.provincie(codeOfNaam)
                .orElseThrow(() -> new NietGevondenException("Geen provincie met code of naam '" + codeOfNaam + "'"));
    }

    public List<Gemeente> gemeentenIn(String gebied) {
        String c = gebied.toUpperCase(Locale.ROOT);
        return gemeenten.alle().stream().filter(g -> c.equals(Gebied.NEDERLAND) || c.equals(g.provincieCode())
                || c.equals(g.veiligheidsregioCode()) || c.equals(g.code())).toList();
    }

    private static NietGevondenException onbekend(String code) {
        return new NietGevondenException("Onbekend gebied '" + code + "': gebruik NL, een provinciecode (PV22), "
                + "een veiligheidsregio (VR03) of een gemeentecode (GM1680)");
    }

    private Stand ruw(Gegevens g, OpgaveSoort soort, String gebied, LocalDate peildatum) {
        Optional<Opgave> eigen = g.opgave(soort, gebied, peildatum);
        if (eigen.isEmpty() && GemeenteCode.lees(gebied).isEmpty() && !gebied.equals(Gebied.NEDERLAND)) {
            return som(g, soort, gebied, gemeentenIn(gebied), peildatum);
        }
        Opgave o = eigen.orElse(null);
        Integer realisatie = g.realisatie(soort, gebied, peildatum, o).map(Realisatie::aantal).orElse(null);
        return o == null
                ? new Stand(soort, gebied, peildatum, null, null, null, null, null, realisatie, null, null)
                : new Stand(soort, gebied, peildatum, o.schemaOp(peildatum), o.oudeOpgave(), o.oudeDatum(),
                        o.nieuweOpgave(), o.nieuweDatum(), realisatie, null, null);
    }

    /**
     * The sum over gemeenten: schema and opgaven of those with an opgave, dates where they agree. Each
     * figure is bounded at import; addExact fails loudly rather than wrap round if that ever changes.
     */
    private Stand som(Gegevens g, OpgaveSoort soort, String gebied, List<Gemeente> leden, LocalDate peildatum) {
        BigDecimal schema = null;
        Integer oud = null;
        Integer nieuw = null;
        Integer realisatie = null;
        List<LocalDate> oudeData = new ArrayList<>();
        List<LocalDate> nieuweData = new ArrayList<>();
        for (Gemeente gm : leden) {
            Opgave o = g.opgave(soort, gm.code(), peildatum).orElse(null);
            if (o != null) {
                schema = (schema == null ? BigDecimal.ZERO : schema).add(o.schemaOp(peildatum));
                oud = Math.addExact(oud == null ? 0 : oud, o.oudeOpgave());
                nieuw = Math.addExact(nieuw == null ? 0 : nieuw, o.nieuweOpgave());
                oudeData.add(o.oudeDatum());
                nieuweData.add(o.nieuweDatum());
            }
            Optional<Realisatie> r = g.realisatie(soort, gm.code(), peildatum, o);
            if (r.isPresent()) {
                realisatie = Math.addExact(realisatie == null ? 0 : realisatie, r.get().aantal());
            }
        }
        return new Stand(soort, gebied, peildatum, schema == null ? null : Opgave.zonderNullen(schema), oud,
                gelijk(oudeData), nieuw, gelijk(nieuweData), realisatie, null, null);
    }

    private static LocalDate gelijk(List<LocalDate> data) {
        return data.stream().distinct().count() == 1 ? data.get(0) : null;
    }

    /** Percentage and signal for every stand with a schema and a realisatie, in one rule session. */
    private List<Stand> metSignalen(List<Stand> standen, LocalDate peildatum) {
        List<Meting> metingen = new ArrayList<>();
        for (int i = 0; i < standen.size(); i++) {
            Stand s = standen.get(i);
            if (s.schema() != null && s.realisatie() != null) {
                boolean geenOpgave = s.schema().signum() == 0;
                metingen.add(new Meting(String.valueOf(i), geenOpgave, geenOpgave ? null : percentage(s)));
            }
        }
        Map<String, Signaalconclusie> signalen = regels.signalen(metingen, peildatum);
        List<Stand> uit = new ArrayList<>(standen);
        for (Meting m : metingen) {
            int i = Integer.parseInt(m.sleutel());
            Signaalconclusie c = Objects.requireNonNull(signalen.get(m.sleutel()),
                    () -> "De regels in rules/monitoring/ gaven geen signaal voor " + standen.get(i));
            uit.set(i, standen.get(i).metSignaal(m.percentage(), c.signaal()));
        }
        return uit;
    }

    private static BigDecimal percentage(Stand s) {
        return Opgave.zonderNullen(BigDecimal.valueOf(s.realisatie()).multiply(HONDERD)
                .divide(s.schema(), 10, RoundingMode.HALF_UP));
    }

    private static Overzichtsregel regel(String code, String naam, List<Stand> standen) {
        Map<OpgaveSoort, Cel> cellen = new EnumMap<>(OpgaveSoort.class);
        standen.forEach(s -> cellen.put(s.opgave(), Cel.van(s)));
        return new Overzichtsregel(code, naam, cellen);
    }
}
