package nl.trede.snelheid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.trede.beoordeling.Beoordelingsgrondslag;
import nl.trede.beoordeling.Conclusie;
import nl.trede.beoordeling.Grondslag;
import nl.trede.beoordeling.HalfjaarCijfers;
import nl.trede.beoordeling.Maatstaf;
import nl.trede.beoordeling.Opgave;
import nl.trede.beoordeling.TredeVoorstel;
import nl.trede.beoordeling.Uitkomst;
import nl.trede.regels.GevuurdeRegel;
import nl.trede.regels.Parameter;
import nl.trede.regels.RegelInfo;
import nl.trede.regels.RegelTekst;
import nl.trede.regels.Regelset;
import nl.trede.regels.Testregels;
import nl.trede.regels.Uitvoering;
import nl.trede.regels.werker.MotorInDitProces;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The interventieladder through Drools as a run uses it ({@link Regelset#voerUit}: one stateless session over all
 * gemeenten in a worker process, with the trace the audit needs, the facts there and back as JSON), the same engine in
 * this JVM ({@link MotorInDitProces}, what the worker runs inside, without the process and the JSON), and the same ladder written
 * in plain Java, only for this comparison: the same conclusions with the same Dutch sentences and the same trace of
 * fired rules. The setup checks that all give every gemeente the same conclusions.
 * Reported per gemeente-assessment; 342 synthetic gemeenten per call.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench=LadderBenchmark -Dbench.args="-wi 10 -w 5s -i 5 -r 5s -f 1"}.
 */
public class LadderBenchmark {

    static final int GEMEENTEN = 342;
    private static final String PAKKET = "interventieladder";

    @State(Scope.Benchmark)
    public static class Staat {
        Regelset regelset;
        MotorInDitProces motor;
        List<Object> feiten;
        List<HalfjaarCijfers> cijfers;
        LadderInJava java;

        @Setup
        public void setUp() {
            regelset = Testregels.compileerAlsInProductie(Testregels.domein("interventieladder/standaard"));
            LocalDate begin = LocalDate.of(2025, 1, 1);
            List<Parameter> parameters = regelset.parameters().feitenOp(begin);
            cijfers = SynthetischeCijfers.uitRepository().halfjaar(true).stream()
                    .map(h -> new HalfjaarCijfers(h.gemeente(), h.naam(), "2025-1", h.taakstelling(), h.standBegin(), 0,
                            h.realisatie(), h.tijdigGekoppeld(), h.vorigeTrede(), LocalDate.of(2025, 4, 1)))
                    .toList();
            feiten = new ArrayList<>(parameters);
            feiten.addAll(cijfers);
            java = new LadderInJava(regelset.regels(), parameters);
            motor = new MotorInDitProces();
            motor.compileer(regelset.versie(), regelset.bestanden());
            vergelijk(regelset.voerUit(feiten), java.voerUit(cijfers));
            vergelijk(regelset.voerUit(feiten), motor.voerUit(regelset.versie(), feiten));
        }

        /** Both must conclude the same facts, sentences included, and fire as many rules. */
        private static void vergelijk(Uitvoering drools, Uitvoering ander) {
            if (!perGemeente(drools).equals(perGemeente(ander)) || drools.gevuurd().size() != ander.gevuurd().size()) {
                throw new IllegalStateException("Een uitvoering wijkt af van de regels in rules/interventieladder/standaard/ (pas "
                        + LadderInJava.class.getSimpleName() + " aan als die regels veranderden). Drools: "
                        + drools.gevuurd().size() + " regels gevuurd, de andere: " + ander.gevuurd().size());
            }
        }

        private static Map<String, List<String>> perGemeente(Uitvoering uitvoering) {
            return uitvoering.conclusies(Conclusie.class).stream().collect(Collectors.groupingBy(
                    Conclusie::gemeente,
                    Collectors.mapping(Object::toString, Collectors.collectingAndThen(Collectors.toList(), l -> l.stream().sorted().toList()))));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(GEMEENTEN)
    public Uitvoering drools(Staat staat) {
        return staat.regelset.voerUit(staat.feiten);
    }

    /** The same engine and trace in this JVM: what the worker process and the JSON there and back cost. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(GEMEENTEN)
    public Uitvoering droolsInDitProces(Staat staat) {
        return staat.motor.voerUit(staat.regelset.versie(), staat.feiten);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(GEMEENTEN)
    public Uitvoering java(Staat staat) {
        return staat.java.voerUit(staat.cijfers);
    }

    /**
     * The rules of {@code rules/interventieladder/standaard/} by hand, for the benchmark only: each rule an if,
     * each firing recorded as Drools' listener records it (name, package, grondslag, matched facts,
     * conclusions), so both sides pay for the audit trace.
     */
    static final class LadderInJava {

        private final Map<String, String> grondslagen;
        private final Parameter hoogste;

        LadderInJava(List<RegelInfo> regels, List<Parameter> parameters) {
            grondslagen = regels.stream().filter(r -> r.pakket().equals(PAKKET))
                    .collect(Collectors.toMap(RegelInfo::naam, RegelInfo::grondslag));
            hoogste = parameters.stream().filter(p -> p.naam().equals("hoogste_voorgestelde_trede")).findFirst().orElseThrow();
        }

        Uitvoering voerUit(List<HalfjaarCijfers> cijfers) {
            List<Object> conclusies = new ArrayList<>();
            List<GevuurdeRegel> gevuurd = new ArrayList<>();
            for (HalfjaarCijfers c : cijfers) {
                beoordeel(c, conclusies, gevuurd);
            }
            return new Uitvoering(List.copyOf(conclusies), List.copyOf(gevuurd));
        }

        private void beoordeel(HalfjaarCijfers c, List<Object> conclusies, List<GevuurdeRegel> gevuurd) {
            String g = c.gemeente();
            int totaalopgave = c.standBegin() + c.taakstelling() + c.correcties();
            int standEinde = totaalopgave - c.realisatie();
            Opgave opgave = new Opgave(g, totaalopgave, standEinde, "Totaalopgave " + totaalopgave + " = stand begin "
                    + c.standBegin() + " (" + RegelTekst.stand(c.standBegin()) + ") + taakstelling " + c.taakstelling()
                    + " + correcties " + c.correcties() + "; gerealiseerd " + c.realisatie() + ", stand einde " + standEinde
                    + " (" + RegelTekst.stand(standEinde) + ").");
            vuur("Totaalopgave en stand einde", List.of(c), opgave, conclusies, gevuurd);

            Integer gekoppeld = c.tijdigGekoppeld();
            Beoordelingsgrondslag grondslag;
            if (gekoppeld == null) {
                grondslag = new Beoordelingsgrondslag(g, Grondslag.TOTAALOPGAVE, "Niet bekend hoeveel vergunninghouders COA op "
                        + RegelTekst.datum(c.koppelingPeildatum()) + " aan " + c.gemeenteNaam()
                        + " had gekoppeld: geen koppelingstekort vast te stellen; beoordeeld op de totaalopgave.");
                vuur("Koppeling onbekend", List.of(c), grondslag, conclusies, gevuurd);
            } else if (totaalopgave > gekoppeld) {
                grondslag = new Beoordelingsgrondslag(g, Grondslag.KOPPELINGSTEKORT, "Op " + RegelTekst.datum(c.koppelingPeildatum())
                        + " had COA " + gekoppeld + " vergunninghouders aan " + c.gemeenteNaam() + " gekoppeld, minder dan de "
                        + "totaalopgave van " + totaalopgave + ": " + c.gemeenteNaam() + " wordt beoordeeld op het koppelingstekort.");
                vuur("Koppelingstekort", List.of(c, opgave), grondslag, conclusies, gevuurd);
            } else {
                grondslag = new Beoordelingsgrondslag(g, Grondslag.TOTAALOPGAVE, "Op " + RegelTekst.datum(c.koppelingPeildatum())
                        + " had COA " + gekoppeld + " vergunninghouders aan " + c.gemeenteNaam() + " gekoppeld, niet minder dan de "
                        + "totaalopgave van " + totaalopgave + ": geen koppelingstekort; beoordeeld op de totaalopgave.");
                vuur("Tijdig voldoende gekoppeld", List.of(c, opgave), grondslag, conclusies, gevuurd);
            }

            int taak = c.taakstelling() + c.correcties();
            Maatstaf opTotaal = new Maatstaf(g, Grondslag.TOTAALOPGAVE, taak, "Ondergrens op de totaalopgave: taakstelling "
                    + c.taakstelling() + " + correcties " + c.correcties() + " = " + taak + ".");
            vuur("Ondergrens op de totaalopgave", List.of(c), opTotaal, conclusies, gevuurd);
            Uitkomst uitTotaal = uitkomst(c, opgave, opTotaal, conclusies, gevuurd);
            Uitkomst uitGrondslag = uitTotaal;
            if (grondslag.grondslag() == Grondslag.KOPPELINGSTEKORT) {
                int ondergrens = Math.min(taak, gekoppeld);
                Maatstaf opTekort = new Maatstaf(g, Grondslag.KOPPELINGSTEKORT, ondergrens, "Ondergrens op het koppelingstekort: "
                        + "het kleinste van taakstelling plus correcties (" + taak + ") en tijdig gekoppeld (" + gekoppeld + ") = "
                        + ondergrens + ".");
                vuur("Ondergrens op het koppelingstekort", List.of(c, grondslag), opTekort, conclusies, gevuurd);
                uitGrondslag = uitkomst(c, opgave, opTekort, conclusies, gevuurd);
            }

            int v = c.vorigeTrede();
            boolean gunstig = uitGrondslag.trede() < uitTotaal.trede();
            TredeVoorstel voorstel = new TredeVoorstel(g, uitGrondslag.trede(), grondslag.grondslag(), uitTotaal.trede(), gunstig,
                    "Beoordeeld op " + grondslag.grondslag().inZin() + ": " + RegelTekst.overgang(v, uitGrondslag.trede()) + "."
                    + (gunstig ? " Het koppelingstekort gaf een gunstiger beoordeling: op de totaalopgave was het trede "
                    + uitTotaal.trede() + " geweest." : ""));
            vuur("Voorgestelde trede", List.of(c, grondslag, uitGrondslag, uitTotaal), voorstel, conclusies, gevuurd);
        }

        private Uitkomst uitkomst(HalfjaarCijfers c, Opgave o, Maatstaf m, List<Object> conclusies, List<GevuurdeRegel> gevuurd) {
            int r = c.realisatie();
            int v = c.vorigeTrede();
            String getoetst = "Getoetst aan " + m.grondslag().inZin() + ": gerealiseerd " + r;
            Uitkomst uitkomst;
            if (o.totaalopgave() <= r) {
                uitkomst = new Uitkomst(c.gemeente(), m.grondslag(), 1, getoetst + " van de totaalopgave " + o.totaalopgave()
                        + ": totaalopgave gerealiseerd; " + RegelTekst.overgang(v, 1) + ".");
                vuur("Totaalopgave gerealiseerd", List.of(c, o, m), uitkomst, conclusies, gevuurd);
            } else if (m.ondergrens() > r && hoogste.geheel() > v) {
                uitkomst = new Uitkomst(c.gemeente(), m.grondslag(), v + 1, getoetst + ", minder dan de ondergrens "
                        + m.ondergrens() + " (totaalopgave " + o.totaalopgave() + "): taakstelling niet behaald, "
                        + RegelTekst.stand(c.standBegin()) + " wordt " + RegelTekst.stand(o.standEinde()) + "; "
                        + RegelTekst.overgang(v, v + 1) + ".");
                vuur("Taakstelling niet behaald", List.of(c, o, m, hoogste), uitkomst, conclusies, gevuurd);
            } else if (m.ondergrens() > r) {
                uitkomst = new Uitkomst(c.gemeente(), m.grondslag(), v, getoetst + ", minder dan de ondergrens " + m.ondergrens()
                        + " (totaalopgave " + o.totaalopgave() + "): taakstelling niet behaald, maar trede " + v
                        + " is al op of boven de hoogste voorgestelde trede " + hoogste.geheel() + "; " + RegelTekst.overgang(v, v) + ".");
                vuur("Taakstelling niet behaald, hoogste voorgestelde trede bereikt", List.of(c, o, m, hoogste), uitkomst,
                        conclusies, gevuurd);
            } else {
                uitkomst = new Uitkomst(c.gemeente(), m.grondslag(), v, getoetst + ", niet minder dan de ondergrens "
                        + m.ondergrens() + " maar minder dan de totaalopgave " + o.totaalopgave() + ": taakstelling behaald, "
                        + RegelTekst.stand(o.standEinde()) + " nog niet ingelopen; " + RegelTekst.overgang(v, v) + ".");
                vuur("Taakstelling behaald, achterstand nog niet ingelopen", List.of(c, o, m), uitkomst, conclusies, gevuurd);
            }
            return uitkomst;
        }

        private void vuur(String regel, List<Object> feiten, Object conclusie, List<Object> conclusies, List<GevuurdeRegel> gevuurd) {
            conclusies.add(conclusie);
            gevuurd.add(new GevuurdeRegel(gevuurd.size() + 1, regel, PAKKET, grondslagen.get(regel), feiten, List.of(conclusie)));
        }
    }
}
