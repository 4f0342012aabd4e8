package nl.trede.verdeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

/**
 * The invariants of verdeelbesluit.md ("Invariants every allocation keeps") over random provinces,
 * with the rules of {@code rules/}. The cap is on the total (regular plus amv) of what a gemeente
 * counts in step 4b, uitruil included; regular places are spread first, amv in the room left.
 */
class VerdelingInvariantenTest {

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void elkeVerdelingHoudtDeInvarianten(@ForAll("provincies") Invoer invoer) {
        Resultaat r = Berekening.bereken(invoer, Provincies.REGELSET, Provincies.DATUM);
        int minimum = Provincies.REGELSET.parameters().geheel("minimum_aandeel_restopgave", Provincies.DATUM);
        dekking(invoer, r);
        for (GemeenteUitkomst g : r.gemeenten()) {
            int totaal = g.indicatiefRegulier() + g.indicatiefAmv();
            int telt = g.teltRegulier() + g.aangebodenAmv();
            assertThat(g.restRegulier() + g.restAmv()).as("%s binnen de totale indicatieve verdeling", g.gemeente())
                    .isLessThanOrEqualTo(Math.max(0, totaal - telt));
        }
        for (Soort soort : Soort.values()) {
            SoortUitkomst s = r.van(soort);
            int verdeeld = r.gemeenten().stream().mapToInt(g -> g.rest(soort)).sum();
            assertThat(s.restopgave()).isEqualTo(invoer.opgave(soort) - invoer.aangeboden(soort));
            assertThat(verdeeld + s.onverdeeld()).as("restopgave %s", soort).isEqualTo(s.restopgave());
            int besluit = r.gemeenten().stream().mapToInt(g -> g.plaatsen(soort)).sum();
            assertThat(besluit + s.onverdeeld()).as("opgave %s", soort).isEqualTo(invoer.opgave(soort));
            for (GemeenteUitkomst g : r.gemeenten()) {
                int rest = g.rest(soort);
                assertThat(rest == 0 || rest >= minimum).as("0 of minstens het minimum").isTrue();
                if (g.uitgeslotenVoor(soort)) {
                    assertThat(rest).as("uitgesloten krijgt niets").isZero();
                } else if (indicatief(g, soort) > 0) {
                    hetzelfdePercentageOfDeGrens(g, soort, s);
                }
            }
        }
    }

    /**
     * A gemeente that takes part ends at the common percentage, or below it at its total cap, or
     * above it with nothing; when places stay unplaced, every one is at its total cap.
     */
    private static void hetzelfdePercentageOfDeGrens(GemeenteUitkomst g, Soort soort, SoortUitkomst s) {
        int rest = g.rest(soort);
        int ruimte = Math.max(0, ruimte(g, soort));
        if (s.onverdeeld() > 0) {
            assertThat(rest).as("%s: onverdeeld alleen als iedereen op de grens zit", g.gemeente()).isEqualTo(ruimte);
            return;
        }
        if (s.percentage() == null) {
            assertThat(rest).isZero();
            return;
        }
        int indicatief = indicatief(g, soort);
        BigDecimal eigen = BigDecimal.valueOf(telt(g, soort) + rest).divide(BigDecimal.valueOf(indicatief), 10, RoundingMode.HALF_EVEN);
        // a whole place off the exact share, and the percentage's own rounding to 4 decimals
        BigDecimal marge = BigDecimal.ONE.divide(BigDecimal.valueOf(indicatief), 10, RoundingMode.HALF_EVEN)
                .add(new BigDecimal("0.00005"));
        if (rest > 0 && rest < ruimte) {
            assertThat(eigen.subtract(s.percentage()).abs()).as("%s: zelfde percentage %s", g.gemeente(), soort)
                    .isLessThanOrEqualTo(marge);
        } else if (rest > 0) {
            assertThat(eigen).as("%s: op de grens, dus niet boven het percentage", g.gemeente())
                    .isLessThanOrEqualTo(s.percentage().add(marge));
        } else if (ruimte > 0) {
            assertThat(eigen).as("%s: wie niets krijgt en ruimte heeft, zit al op of boven het percentage", g.gemeente())
                    .isGreaterThanOrEqualTo(s.percentage().subtract(marge));
        }
    }

    /** What the total indicatieve verdeling leaves for this kind: regular first, so amv gets what regular left. */
    private static int ruimte(GemeenteUitkomst g, Soort soort) {
        int ruimte = g.indicatiefRegulier() + g.indicatiefAmv() - g.teltRegulier() - g.aangebodenAmv();
        return soort == Soort.REGULIER ? ruimte : ruimte - g.restRegulier();
    }

    private static int indicatief(GemeenteUitkomst g, Soort soort) {
        return soort == Soort.REGULIER ? g.indicatiefRegulier() : g.indicatiefAmv();
    }

    private static int telt(GemeenteUitkomst g, Soort soort) {
        return soort == Soort.REGULIER ? g.teltRegulier() : g.aangebodenAmv();
    }

    /**
     * The random provinces must reach every branch, or the invariants above prove little: the
     * coverage checks fail the property when a branch is (almost) never reached.
     */
    private static void dekking(Invoer invoer, Resultaat r) {
        boolean amvBoven100 = r.gemeenten().stream()
                .anyMatch(g -> g.restAmv() > 0 && g.aangebodenAmv() + g.restAmv() > g.indicatiefAmv());
        boolean begrensd = r.gemeenten().stream().anyMatch(g -> !g.uitgeslotenVoor(Soort.AMV) && g.restAmv() > 0
                && g.restAmv() == ruimte(g, Soort.AMV) && r.amv().onverdeeld() == 0);
        Statistics.label("minimum").collect(r.gevuurd().stream().anyMatch(g -> g.regel().contains("minimum")))
                .coverage(c -> c.check(true).percentage(p -> p > 5));
        Statistics.label("onverdeeld regulier").collect(r.regulier().onverdeeld() > 0)
                .coverage(c -> c.check(true).percentage(p -> p > 1));
        Statistics.label("onverdeeld amv").collect(r.amv().onverdeeld() > 0)
                .coverage(c -> c.check(true).percentage(p -> p > 1));
        Statistics.label("amv boven 100% van de amv-verdeling").collect(amvBoven100)
                .coverage(c -> c.check(true).percentage(p -> p > 5));
        Statistics.label("amv-aandeel begrensd door het totaal, wel sluitend").collect(begrensd)
                .coverage(c -> c.check(true).percentage(p -> p > 1));
        Statistics.label("uitruil").collect(!invoer.uitruil().isEmpty());
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
                    // regular up to a third of its indicatieve verdeling; amv up to twice its own, so that
                    // it often passes 100% of the amv verdeling and sometimes the room regular left
                    return Combinators.combine(
                            Arbitraries.integers().between(0, indicatiefRegulier / 3 + 20),
                            Arbitraries.integers().between(0, 2 * indicatiefAmv + 10),
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
