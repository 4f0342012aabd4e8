package nl.trede.verdeling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.trede.regels.GevuurdeRegel;
import nl.trede.regels.Parameter;
import nl.trede.regels.Regelsessie;
import nl.trede.regels.Regelset;
import nl.trede.regels.Uitvoering;

/**
 * Steps 1-4b of the Verdeelbesluit Overijssel 2024 with its Toelichting (20 December 2024, nr. 6015733) for one province: the rules of {@code rules/verdeelbesluit} decide who is
 * excluded (step 4a, and the minimum share of step 4b round by round); {@link Verdeler} does the
 * arithmetic. Regular and amv places go through the same code, parameterised by {@link Soort}:
 * regular first, then amv in the room under the total cap (regular plus amv) that regular left.
 */
final class Berekening {

    private static final String PAKKET = "verdeelbesluit";
    private static final int SCHAAL = 4;

    private final Regelset regelset;
    private final List<Parameter> parameters;
    private final List<GevuurdeRegel> gevuurd = new ArrayList<>();

    private Berekening(Regelset regelset, LocalDate datum) {
        this.regelset = regelset;
        this.parameters = regelset.parameters().feitenOp(datum);
    }

    static Resultaat bereken(Invoer invoer, Regelset regelset, LocalDate datum) {
        return new Berekening(regelset, datum).bereken(invoer);
    }

    private Resultaat bereken(Invoer invoer) {
        List<Aanbod> aanbod = aanbod(invoer);
        List<Object> feiten = new ArrayList<>(aanbod);
        feiten.addAll(groepen(invoer, aanbod));
        List<Uitsluiting> uitsluitingen = new ArrayList<>(voerUit(feiten));

        Map<Soort, Map<String, Integer>> rest = new EnumMap<>(Soort.class);
        Map<Soort, SoortUitkomst> samenvatting = new EnumMap<>(Soort.class);
        // the restopgave given so far, of any kind, which takes up room under the total cap
        Map<String, Integer> gegeven = new HashMap<>();
        for (Soort soort : Soort.values()) {
            int restopgave = invoer.opgave(soort) - invoer.aangeboden(soort);
            Verdeeld verdeeld = verdeel(soort, aanbod, uitsluitingen, restopgave, gegeven);
            verdeeld.plaatsen().forEach((gemeente, plaatsen) -> gegeven.merge(gemeente, plaatsen, Math::addExact));
            rest.put(soort, verdeeld.plaatsen());
            samenvatting.put(soort, new SoortUitkomst(invoer.opgave(soort), invoer.aangeboden(soort), restopgave,
                    verdeeld.spreiding().percentage() == null ? null : verdeeld.spreiding().percentage().decimaal(SCHAAL),
                    Math.toIntExact(verdeeld.spreiding().onverdeeld()),
                    (int) verdeeld.plaatsen().values().stream().filter(p -> p > 0).count()));
        }
        List<GemeenteUitkomst> gemeenten = new ArrayList<>();
        Map<Uitsluiting, String> grondslagen = grondslagen();
        for (int i = 0; i < aanbod.size(); i++) {
            gemeenten.add(uitkomst(invoer.gemeenten().get(i), aanbod.get(i), rest, uitsluitingen, grondslagen));
        }
        return new Resultaat(List.copyOf(gemeenten), samenvatting.get(Soort.REGULIER), samenvatting.get(Soort.AMV),
                List.copyOf(gevuurd));
    }

    private record Verdeeld(Verdeler.Spreiding spreiding, Map<String, Integer> plaatsen) {
    }

    /**
     * Spreads, offers the smallest positive share to the minimum-share rule, and when the rule
     * excludes it spreads again over the rest; when it does not, every share reaches the minimum.
     * Each gemeente's room is what its total indicatieve verdeling (regular plus amv) leaves after
     * what it counts of both kinds and what it was {@code gegeven} of the kinds spread before this
     * one ({@link Soort} lists regular first). A province of 342 can take dozens of rounds, so the
     * rounds share one stateful session (a new session costs far more than a round) and each round
     * inserts only the smallest share, which leaves the threshold to the rule alone.
     */
    private Verdeeld verdeel(Soort soort, List<Aanbod> aanbod, List<Uitsluiting> uitsluitingen, int restopgave,
                             Map<String, Integer> gegeven) {
        List<Verdeler.Kandidaat> iedereen = aanbod.stream()
                .map(a -> new Verdeler.Kandidaat(a.gemeente(), a.indicatief(soort), a.telt(soort),
                        (long) a.indicatiefTotaal() - a.teltTotaal() - gegeven.getOrDefault(a.gemeente(), 0)))
                .toList();
        Verdeler.Knikken knikken = Verdeler.knikken(iedereen);
        try (Rondesessie rondes = new Rondesessie()) {
            int ronde = 0;
            while (true) {
                ronde++;
                Set<String> uitgesloten = uitgesloten(uitsluitingen, soort);
                List<Verdeler.Kandidaat> kandidaten = iedereen.stream().filter(k -> !uitgesloten.contains(k.gemeente())).toList();
                Verdeler.Spreiding spreiding = Verdeler.spreid(kandidaten, knikken, restopgave);
                List<Object> kleinste = kleinsteAandeel(kandidaten, spreiding, soort, ronde);
                List<Uitsluiting> minimum = kleinste.isEmpty() ? List.of() : rondes.toets(kleinste);
                if (minimum.isEmpty()) {
                    return new Verdeeld(spreiding, Verdeler.rond(kandidaten, spreiding));
                }
                uitsluitingen.addAll(minimum);
            }
        }
    }

    /** One stateful session for the rounds of step 4b, with the parameters in it from the start. */
    private final class Rondesessie implements AutoCloseable {

        private final Regelsessie sessie = regelset.sessie();

        Rondesessie() {
            sessie.voerUit(parameters);
        }

        List<Uitsluiting> toets(List<Object> feiten) {
            return bewaar(sessie.voerUit(feiten));
        }

        @Override
        public void close() {
            sessie.close();
        }
    }

    /**
     * The smallest positive share; between equal shares the one that rounding would favour last
     * (smaller indicatieve verdeling, then the higher CBS code), so that one gemeente at a time
     * falls out and a restopgave of at least the minimum always finds a gemeente.
     */
    private static List<Object> kleinsteAandeel(List<Verdeler.Kandidaat> kandidaten, Verdeler.Spreiding spreiding,
                                                Soort soort, int ronde) {
        Comparator<Verdeler.Kandidaat> eerstAf = Comparator
                .comparing((Verdeler.Kandidaat k) -> spreiding.aandelen().get(k.gemeente()))
                .thenComparingLong(Verdeler.Kandidaat::indicatief)
                .thenComparing(Verdeler.Kandidaat::gemeente, Comparator.reverseOrder());
        return kandidaten.stream()
                .filter(k -> spreiding.aandelen().get(k.gemeente()).positief())
                .min(eerstAf)
                .<List<Object>>map(k -> {
                    Breuk aandeel = spreiding.aandelen().get(k.gemeente());
                    return List.of(new VoorlopigAandeel(k.gemeente(), soort, ronde, aandeel.decimaal(SCHAAL),
                            Math.toIntExact(aandeel.heel()), aandeel.compareTo(new Breuk(k.ruimte(), 1)) == 0));
                })
                .orElse(List.of());
    }

    private List<Uitsluiting> voerUit(List<Object> feiten) {
        List<Object> sessie = new ArrayList<>(feiten);
        sessie.addAll(parameters);
        return bewaar(regelset.voerUit(sessie));
    }

    /** Keeps the fired rules of this package, numbered over all rounds; returns the exclusions. */
    private List<Uitsluiting> bewaar(Uitvoering uitvoering) {
        uitvoering.gevuurd().stream().filter(r -> PAKKET.equals(r.pakket())).forEach(r ->
                gevuurd.add(new GevuurdeRegel(gevuurd.size() + 1, r.regel(), r.pakket(), r.grondslag(), r.feiten(), r.conclusies())));
        return uitvoering.conclusies(Uitsluiting.class);
    }

    private Map<Uitsluiting, String> grondslagen() {
        Map<Uitsluiting, String> grondslagen = new HashMap<>();
        gevuurd.forEach(r -> r.conclusies().forEach(c -> grondslagen.put((Uitsluiting) c, r.grondslag())));
        return grondslagen;
    }

    private static Set<String> uitgesloten(List<Uitsluiting> uitsluitingen, Soort soort) {
        Set<String> codes = new LinkedHashSet<>();
        uitsluitingen.stream().filter(u -> u.geldtVoor(soort)).forEach(u -> codes.add(u.gemeente()));
        return codes;
    }

    private static List<Aanbod> aanbod(Invoer invoer) {
        Map<String, Integer> ontvangen = new HashMap<>();
        Map<String, Integer> gegeven = new HashMap<>();
        for (Invoer.Uitruil u : invoer.uitruil()) {
            ontvangen.merge(u.voor(), u.regulier(), Math::addExact);
            gegeven.merge(u.van(), u.regulier(), Math::addExact);
        }
        return invoer.gemeenten().stream().map(g -> {
            int in = ontvangen.getOrDefault(g.code(), 0);
            int uit = gegeven.getOrDefault(g.code(), 0);
            int teltRegulier = Math.subtractExact(Math.addExact(g.aangeboden(Soort.REGULIER), in), uit);
            int teltAmv = g.aangeboden(Soort.AMV);
            return new Aanbod(g.code(), g.naam(), g.indicatiefRegulier(), g.indicatiefAmv(),
                    Math.addExact(g.indicatiefRegulier(), g.indicatiefAmv()), teltRegulier, teltAmv, Math.addExact(teltRegulier, teltAmv),
                    in, uit, g.historischGemiddelde(), g.oekrainePlaatsen(), g.oekraineEvenredigAandeel());
        }).toList();
    }

    private static List<UitruilGroep> groepen(Invoer invoer, List<Aanbod> aanbod) {
        Map<String, Set<String>> leden = new LinkedHashMap<>();
        invoer.uitruil().stream().filter(u -> u.groep() != null).forEach(u -> {
            Set<String> groep = leden.computeIfAbsent(u.groep(), k -> new LinkedHashSet<>());
            groep.add(u.van());
            groep.add(u.voor());
        });
        List<UitruilGroep> groepen = new ArrayList<>();
        leden.forEach((naam, codes) -> {
            List<Aanbod> inGroep = aanbod.stream().filter(a -> codes.contains(a.gemeente())).toList();
            groepen.add(new UitruilGroep(naam, List.copyOf(codes),
                    inGroep.stream().mapToInt(Aanbod::teltRegulier).reduce(0, Math::addExact),
                    inGroep.stream().mapToInt(Aanbod::indicatiefRegulier).reduce(0, Math::addExact)));
        });
        return groepen;
    }

    private static GemeenteUitkomst uitkomst(Invoer.Gemeente g, Aanbod a, Map<Soort, Map<String, Integer>> rest,
                                             List<Uitsluiting> uitsluitingen, Map<Uitsluiting, String> grondslagen) {
        int restRegulier = rest.get(Soort.REGULIER).getOrDefault(g.code(), 0);
        int restAmv = rest.get(Soort.AMV).getOrDefault(g.code(), 0);
        List<GemeenteUitkomst.UitsluitingUitleg> uitgesloten = uitsluitingen.stream()
                .filter(u -> u.gemeente().equals(g.code()))
                .map(u -> new GemeenteUitkomst.UitsluitingUitleg(u.criterium(), u.criterium().omschrijving(),
                        soorten(u), grondslagen.get(u), u.uitleg()))
                .toList();
        return new GemeenteUitkomst(g.code(), g.naam(),
                g.aangeboden(Soort.REGULIER) + restRegulier, g.aangeboden(Soort.AMV) + restAmv, restRegulier, restAmv,
                percentage(a.teltRegulier() + restRegulier, a.indicatiefRegulier()),
                percentage(a.teltAmv() + restAmv, a.indicatiefAmv()),
                uitgesloten, g.indicatiefRegulier(), g.indicatiefAmv(),
                g.aangeboden(Soort.REGULIER), g.aangeboden(Soort.AMV), a.teltRegulier());
    }

    private static List<Soort> soorten(Uitsluiting u) {
        return List.of(Soort.values()).stream().filter(u::geldtVoor).toList();
    }

    private static BigDecimal percentage(int plaatsen, int indicatief) {
        return indicatief == 0 ? null
                : BigDecimal.valueOf(plaatsen).divide(BigDecimal.valueOf(indicatief), SCHAAL, RoundingMode.HALF_EVEN);
    }
}
