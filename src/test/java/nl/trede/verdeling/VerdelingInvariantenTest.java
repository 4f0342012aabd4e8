package nl.trede.verdeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The invariants of verdeelbesluit.md over random provinces, with the rules of {@code rules/}. */
class VerdelingInvariantenTest {

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void elkeVerdelingHoudtDeInvarianten(@ForAll("provincies") Invoer invoer) {
        Resultaat r = Berekening.bereken(invoer, Provincies.REGELSET, Provincies.DATUM);
        int minimum = Provincies.REGELSET.parameters().geheel("minimum_aandeel_restopgave", Provincies.DATUM);
        // shows in the report that the random provinces reach every branch
        Statistics.label("minimum").collect(r.gevuurd().stream().anyMatch(g -> g.regel().contains("minimum")));
        Statistics.label("onverdeeld regulier").collect(r.regulier().onverdeeld() > 0);
        Statistics.label("onverdeeld amv").collect(r.amv().onverdeeld() > 0);
        Statistics.label("uitruil").collect(!invoer.uitruil().isEmpty());
        for (Soort soort : Soort.values()) {
            SoortUitkomst s = r.van(soort);
            int verdeeld = r.gemeenten().stream().mapToInt(g -> g.rest(soort)).sum();
            assertThat(s.restopgave()).isEqualTo(invoer.opgave(soort) - invoer.aangeboden(soort));
            assertThat(verdeeld + s.onverdeeld()).as("restopgave %s", soort).isEqualTo(s.restopgave());
            int besluit = r.gemeenten().stream().mapToInt(g -> g.plaatsen(soort)).sum();
            assertThat(besluit + s.onverdeeld()).as("opgave %s", soort).isEqualTo(invoer.opgave(soort));
            for (GemeenteUitkomst g : r.gemeenten()) {
                int indicatief = soort == Soort.REGULIER ? g.indicatiefRegulier() : g.indicatiefAmv();
                int telt = soort == Soort.REGULIER ? g.teltRegulier() : g.aangebodenAmv();
                int rest = g.rest(soort);
                assertThat(rest).as("niet boven de indicatieve verdeling").isLessThanOrEqualTo(Math.max(0, indicatief - telt));
                assertThat(rest == 0 || rest >= minimum).as("0 of minstens het minimum").isTrue();
                if (g.uitgeslotenVoor(soort)) {
                    assertThat(rest).as("uitgesloten krijgt niets").isZero();
                } else if (s.onverdeeld() > 0) {
                    assertThat(rest).as("onverdeeld alleen als iedereen op 100%% zit").isEqualTo(Math.max(0, indicatief - telt));
                } else if (s.percentage() != null && indicatief > 0) {
                    BigDecimal eigen = BigDecimal.valueOf(telt + rest).divide(BigDecimal.valueOf(indicatief), 10, java.math.RoundingMode.HALF_EVEN);
                    BigDecimal marge = BigDecimal.ONE.divide(BigDecimal.valueOf(indicatief), 10, java.math.RoundingMode.HALF_EVEN)
                            .add(new BigDecimal("0.00005"));
                    if (rest > 0) {
                        assertThat(eigen.subtract(s.percentage()).abs()).as("zelfde percentage").isLessThanOrEqualTo(marge);
                    } else {
                        assertThat(eigen).as("wie niets krijgt, zit al op of boven het percentage")
                                .isGreaterThanOrEqualTo(s.percentage().subtract(marge));
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<Invoer> provincies() {
        return Arbitraries.integers().between(1, 40).flatMap(aantal ->
                gemeente().list().ofSize(aantal).flatMap(gemeenten -> {
                    List<Invoer.Gemeente> genummerd = new ArrayList<>();
                    for (int i = 0; i < gemeenten.size(); i++) {
                        Invoer.Gemeente g = gemeenten.get(i);
                        genummerd.add(new Invoer.Gemeente(String.format("GM%04d", i + 1), "G" + (i + 1), g.indicatiefRegulier(),
                                g.indicatiefAmv(), g.verslagRegulier(), g.verslagAmv(), g.kansrijkRegulier(), g.kansrijkAmv(),
                                g.historischGemiddelde(), g.oekrainePlaatsen(), g.oekraineEvenredigAandeel()));
                    }
                    int aangebodenRegulier = genummerd.stream().mapToInt(g -> g.aangeboden(Soort.REGULIER)).sum();
                    int aangebodenAmv = genummerd.stream().mapToInt(g -> g.aangeboden(Soort.AMV)).sum();
                    int indicatiefRegulier = genummerd.stream().mapToInt(Invoer.Gemeente::indicatiefRegulier).sum();
                    int indicatiefAmv = genummerd.stream().mapToInt(Invoer.Gemeente::indicatiefAmv).sum();
                    Arbitrary<Invoer.Uitruil> uitruil = Combinators.combine(
                            Arbitraries.integers().between(1, aantal), Arbitraries.integers().between(1, aantal),
                            Arbitraries.integers().between(1, 60), Arbitraries.of("", "Noord", "Zuid"))
                            .as((van, voor, n, groep) -> new Invoer.Uitruil(String.format("GM%04d", van),
                                    String.format("GM%04d", voor), n, groep.isEmpty() ? null : groep))
                            .filter(u -> !u.van().equals(u.voor()));
                    return Combinators.combine(
                            Arbitraries.integers().between(0, indicatiefRegulier / 4 + 20),
                            Arbitraries.integers().between(0, indicatiefAmv / 4 + 5),
                            aantal > 1 ? uitruil.list().ofMaxSize(3) : Arbitraries.just(List.<Invoer.Uitruil>of()))
                            .as((restRegulier, restAmv, ruil) -> new Invoer(new nl.trede.gemeente.Provincie("PV99", "Testland"),
                                    "eigenschap", aangebodenRegulier + restRegulier, aangebodenAmv + restAmv, genummerd, ruil))
                            .filter(VerdelingInvariantenTest::geeftNietMeerDanHijBiedt);
                }));
    }

    /** Validation refuses an uitruil of more regular places than the gemeente offers. */
    private static boolean geeftNietMeerDanHijBiedt(Invoer invoer) {
        return invoer.gemeenten().stream().allMatch(g -> invoer.uitruil().stream()
                .filter(u -> u.van().equals(g.code())).mapToInt(Invoer.Uitruil::regulier).sum() <= g.aangeboden(Soort.REGULIER));
    }

    private Arbitrary<Invoer.Gemeente> gemeente() {
        Arbitrary<Integer> indicatief = Arbitraries.integers().between(0, 400);
        Arbitrary<Integer> amv = Arbitraries.integers().between(0, 40);
        Arbitrary<Integer> aanbod = Arbitraries.integers().between(0, 300).edgeCases(e -> e.add(0));
        Arbitrary<Integer> klein = Arbitraries.integers().between(0, 30);
        Arbitrary<BigDecimal> historisch = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("150")).ofScale(1);
        return Combinators.combine(indicatief, amv, aanbod, klein, klein, klein, historisch, klein)
                .as((ir, ia, vr, va, kr, ka, h, oe) -> new Invoer.Gemeente("", "", ir, ia, vr / 2, va % (ia / 2 + 1), kr, ka % 3, h, oe, 12));
    }
}
