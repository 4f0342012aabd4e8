package nl.trede.beoordeling;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.trede.invoer.Periodecijfers;
import nl.trede.kern.Periode;
import nl.trede.regels.GevuurdeRegel;
import nl.trede.regels.Kader;
import nl.trede.regels.Parameter;
import nl.trede.regels.RegelTekst;
import nl.trede.regels.Regelset;
import nl.trede.regels.Uitvoering;

/**
 * The outcome of running the interventieladder over the figures of one period, before anything is
 * stored: a real run stores it, a dry run (scenario, impact) only looks at it. One code path for
 * both, so a scenario tests exactly what a run would conclude.
 */
record Berekening(List<Beoordeling> beoordelingen, Map<String, List<GevuurdeRegel>> regels,
                  List<Parameter> parameterfeiten, Map<String, HalfjaarCijfers> cijferfeiten) {

    /**
     * Builds the facts, runs the rules and derives one beoordeling per gemeente. A gemeente that
     * ends with no trede or with two is an {@link IllegalStateException}: nothing may be stored.
     */
    static Berekening van(Regelset regelset, Periode periode, List<Periodecijfers> cijfers,
                          Map<String, VorigeTrede> vorigePeriode, Function<String, String> naam) {
        LocalDate peildatumParameters = periode.begin();
        LocalDate koppelingPeildatum = koppelingPeildatum(regelset, periode);
        Map<String, HalfjaarCijfers> feitPerGemeente = new LinkedHashMap<>();
        Map<String, VorigeTredeBron> bronPerGemeente = new LinkedHashMap<>();
        List<Parameter> parameterfeiten = regelset.parameters().feitenOp(peildatumParameters);
        List<Object> feiten = new ArrayList<>(parameterfeiten);
        for (Periodecijfers c : cijfers) {
            VorigeTrede vorige = c.vorigeTrede() != null ? new VorigeTrede(c.vorigeTrede(), VorigeTredeBron.INVOER)
                    : vorigePeriode.getOrDefault(c.gemeente(), new VorigeTrede(1, VorigeTredeBron.STANDAARD));
            VorigeTredeBron bron = vorige.bron();
            int vorigeTrede = vorige.trede();
            HalfjaarCijfers feit = new HalfjaarCijfers(c.gemeente(), naam.apply(c.gemeente()), periode.toString(),
                    c.taakstelling(), c.standBegin(), c.correcties(), c.realisatie(), c.tijdigGekoppeld(), vorigeTrede,
                    koppelingPeildatum);
            feitPerGemeente.put(c.gemeente(), feit);
            bronPerGemeente.put(c.gemeente(), bron);
            feiten.add(feit);
        }

        Uitvoering uitvoering = regelset.voerUit(feiten);
        binnenDeLadder(uitvoering, feitPerGemeente.keySet(), Ladder.op(regelset.parameters(), peildatumParameters), regelset);
        Map<String, List<Conclusie>> conclusies = uitvoering.conclusies(Conclusie.class).stream()
                .collect(Collectors.groupingBy(Conclusie::gemeente));
        Map<String, List<GevuurdeRegel>> regels = uitvoering.gevuurd().stream()
                .collect(Collectors.groupingBy(Berekening::gemeenteVan, LinkedHashMap::new, Collectors.toList()));

        List<Beoordeling> beoordelingen = new ArrayList<>();
        List<String> fouten = new ArrayList<>();
        for (Periodecijfers c : cijfers) {
            try {
                beoordelingen.add(beoordeling(c, feitPerGemeente.get(c.gemeente()), bronPerGemeente.get(c.gemeente()),
                        conclusies.getOrDefault(c.gemeente(), List.of()), regels.getOrDefault(c.gemeente(), List.of()), regelset));
            } catch (IllegalStateException e) {
                fouten.add(e.getMessage());
            }
        }
        // Every gemeente the rules failed, not only the first: a policy writer fixes them in one go.
        if (fouten.size() == 1) {
            throw new IllegalStateException(fouten.get(0));
        }
        if (!fouten.isEmpty()) {
            throw new IllegalStateException(fouten.size() + " van de " + cijfers.size() + " gemeenten kregen niet precies één "
                    + "uitkomst, bijvoorbeeld: " + String.join(" | ", fouten.subList(0, Math.min(3, fouten.size()))));
        }
        return new Berekening(List.copyOf(beoordelingen), regels, parameterfeiten, feitPerGemeente);
    }

    /**
     * What the rules concluded stays within what a run can store: every trede on the kader's ladder, every grondslag
     * named, every conclusion about a gemeente of the run with its explanation, every number within the bounds of its
     * inputs. Whatever a rule concluded outside them refuses the whole run, naming the rule: a hidden branch in a rule
     * (a trede 9 for one figure) is found before it reaches a decision.
     */
    private static void binnenDeLadder(Uitvoering uitvoering, Set<String> gemeenten, Ladder ladder, Regelset regelset) {
        int hoogste = ladder.treden().stream().mapToInt(Trede::trede).max().orElse(1);
        Map<Object, GevuurdeRegel> door = new IdentityHashMap<>();
        uitvoering.gevuurd().forEach(r -> r.conclusies().forEach(c -> door.putIfAbsent(c, r)));
        List<String> fouten = new ArrayList<>();
        for (Object conclusie : uitvoering.conclusies()) {
            String fout = buitenBereik(conclusie, gemeenten, hoogste);
            if (fout != null) {
                GevuurdeRegel regel = door.get(conclusie);
                fouten.add((regel == null ? "Een regel" : "De regel '" + regel.regel() + "'" + plek(regelset, regel)) + " " + fout);
            }
        }
        if (!fouten.isEmpty()) {
            throw new IllegalStateException(String.join(" ", fouten.subList(0, Math.min(3, fouten.size())))
                    + (fouten.size() > 3 ? " (en nog " + (fouten.size() - 3) + ")" : "") + " Een uitkomst buiten de ladder wordt "
                    + "niet opgeslagen: de hele ronde is afgebroken en er is niets opgeslagen. Controleer de regels in rules/"
                    + regelset.domein() + "/.");
        }
    }

    /** Bound on any number a rule concludes: three inputs of at most a million each, added. */
    private static final int GROOTSTE_GETAL = 3_000_000;

    private static String buitenBereik(Object conclusie, Set<String> gemeenten, int hoogste) {
        if (conclusie instanceof Conclusie c && (c.gemeente() == null || !gemeenten.contains(c.gemeente()))) {
            return "concludeerde iets over '" + c.gemeente() + "', dat geen gemeente van deze berekening is.";
        }
        if (conclusie instanceof Conclusie c && (c.uitleg() == null || c.uitleg().isBlank())) {
            return "gaf " + c.gemeente() + " een conclusie zonder uitleg.";
        }
        if (conclusie instanceof TredeVoorstel v) {
            return v.grondslag() == null ? "gaf " + v.gemeente() + " een voorstel zonder grondslag."
                    : trede(v.gemeente(), v.trede(), hoogste) != null ? trede(v.gemeente(), v.trede(), hoogste)
                    : trede(v.gemeente(), v.tredeOpTotaalopgave(), hoogste);
        }
        if (conclusie instanceof Uitkomst u) {
            return u.maatstaf() == null ? "gaf " + u.gemeente() + " een uitkomst zonder grondslag." : trede(u.gemeente(), u.trede(), hoogste);
        }
        if (conclusie instanceof Maatstaf m) {
            return m.grondslag() == null ? "gaf " + m.gemeente() + " een ondergrens zonder grondslag."
                    : getal(m.gemeente(), "ondergrens", m.ondergrens());
        }
        if (conclusie instanceof Beoordelingsgrondslag g && g.grondslag() == null) {
            return "gaf " + g.gemeente() + " geen grondslag.";
        }
        if (conclusie instanceof Opgave o) {
            String fout = getal(o.gemeente(), "totaalopgave", o.totaalopgave());
            return fout != null ? fout : getal(o.gemeente(), "stand einde", o.standEinde());
        }
        return null;
    }

    private static String trede(String gemeente, int trede, int hoogste) {
        return trede >= 1 && trede <= hoogste ? null : "gaf " + gemeente + " trede " + trede + "; de ladder van dit kader heeft "
                + "de treden 1 tot en met " + hoogste + ".";
    }

    private static String getal(String gemeente, String wat, int getal) {
        return Math.abs(getal) <= GROOTSTE_GETAL ? null : "gaf " + gemeente + " een " + wat + " van " + getal
                + "; geen getal van een gemeente komt boven " + GROOTSTE_GETAL + ".";
    }

    private static String plek(Regelset regelset, GevuurdeRegel regel) {
        return regelset.regels().stream().filter(r -> r.naam().equals(regel.regel()) && r.pakket().equals(regel.pakket()))
                .findFirst().map(r -> " (" + r.bestand() + (r.regelnummer() > 0 ? ":" + r.regelnummer() : "") + ")").orElse("");
    }

    /** The rule that decided the trede of {@code b}: the one that concluded its outcome on its grondslag. */
    String beslissendeRegel(Beoordeling b) {
        return regels.getOrDefault(b.gemeente(), List.of()).stream()
                .filter(r -> r.conclusies().stream().anyMatch(c -> c instanceof Uitkomst u && u.maatstaf() == b.grondslag()))
                .map(GevuurdeRegel::regel).findFirst().orElse("");
    }

    private static Beoordeling beoordeling(Periodecijfers c, HalfjaarCijfers feit, VorigeTredeBron bron, List<Conclusie> conclusies,
                                           List<GevuurdeRegel> gevuurd, Regelset regelset) {
        String kader = regelset.kader().map(Kader::id).orElse(null);
        String kaderVersie = regelset.versie();
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
        List<String> uitleg = Stream.of(vorige(feit.vorigeTrede(), bron), conclusies.stream()
                        .sorted(Comparator.comparingInt(Berekening::stap)).map(Conclusie::uitleg), parameters(gevuurd))
                .flatMap(s -> s).toList();
        return new Beoordeling(0, 0, c.periode().toString(), c.gemeente(), feit.gemeenteNaam(), c.id(), voorstel.trede(),
                feit.vorigeTrede(), bron, voorstel.grondslag(), c.taakstelling(), c.standBegin(), c.correcties(),
                opgave.totaalopgave(), c.realisatie(), c.tijdigGekoppeld(), opgave.standEinde(), maatstaf.ondergrens(),
                voorstel.tredeOpTotaalopgave(), voorstel.koppelingstekortGunstig(), uitleg, kader, kaderVersie, Besluit.NIEUW);
    }

    /** Where the previous trede came from, when it matters to the reader: vastgesteld, or not yet. */
    private static Stream<String> vorige(int trede, VorigeTredeBron bron) {
        return switch (bron) {
            case VASTGESTELD -> Stream.of("Vorige trede " + trede + ", vastgesteld over de vorige periode.");
            case VOORSTEL -> Stream.of("Vorige trede " + trede + ": " + bron.omschrijving() + ".");
            default -> Stream.empty();
        };
    }

    /**
     * The parameter values the fired rules used, with the date from which each applied and its
     * source: a dated value is picked by the period, so the explanation says which one it was.
     */
    private static Stream<String> parameters(List<GevuurdeRegel> gevuurd) {
        Map<String, Parameter> gebruikt = new TreeMap<>();
        gevuurd.forEach(r -> r.feiten().stream().filter(Parameter.class::isInstance).map(Parameter.class::cast)
                .forEach(p -> gebruikt.putIfAbsent(p.naam(), p)));
        return gebruikt.values().stream().map(p -> "Gebruikte parameter: " + p.naam().replace('_', ' ') + " "
                + (p.getal() != null ? p.getal().toPlainString() : p.tekst()) + ", geldig vanaf " + RegelTekst.datum(p.geldigVanaf())
                + " (bron: " + p.bron() + ").");
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

    private static LocalDate koppelingPeildatum(Regelset regelset, Periode periode) {
        String naam = periode.helft() == 1 ? "koppeling_peildatum_eerste_helft" : "koppeling_peildatum_tweede_helft";
        MonthDay dag = MonthDay.parse("--" + regelset.parameters().tekst(naam, periode.begin()));
        return dag.atYear(periode.jaar());
    }
}
