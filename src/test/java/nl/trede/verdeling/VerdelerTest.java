package nl.trede.verdeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic alone: the exact spread is the water level under each kandidaat's room, and rounding
 * never leaves a gemeente's room or its whole part.
 */
class VerdelerTest {

    @Property(tries = 1000)
    void deSpreidingIsExactHetGemeenschappelijkePercentageBinnenDeRuimteEnAfrondenTeltExactOp(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 500) Integer> indicatief,
            @ForAll @Size(min = 30, max = 30) List<@IntRange(min = 0, max = 600) Integer> geteld,
            @ForAll @Size(min = 30, max = 30) List<@IntRange(min = -50, max = 700) Integer> totaleRuimte,
            @ForAll @IntRange(min = 0, max = 8000) int restopgave) {
        List<Verdeler.Kandidaat> kandidaten = new ArrayList<>();
        for (int i = 0; i < indicatief.size(); i++) {
            kandidaten.add(new Verdeler.Kandidaat(String.format("GM%04d", i), indicatief.get(i), geteld.get(i), totaleRuimte.get(i)));
        }
        Verdeler.Spreiding spreiding = spreid(kandidaten, restopgave);
        Map<String, Integer> plaatsen = Verdeler.rond(kandidaten, spreiding);
        // a round of the minimum share walks the kinks sorted once for everyone, skipping who is gone
        List<Verdeler.Kandidaat> zonderDeEerste = kandidaten.subList(1, kandidaten.size());
        assertThat(Verdeler.spreid(zonderDeEerste, Verdeler.knikken(kandidaten), restopgave))
                .isEqualTo(spreid(zonderDeEerste, restopgave));
        assertThat(plaatsen.values().stream().mapToLong(Integer::longValue).sum() + spreiding.onverdeeld()).isEqualTo(restopgave);
        Statistics.label("begrensd").collect(kandidaten.stream().anyMatch(k -> k.ruimte() > 0
                && spreiding.aandelen().get(k.gemeente()).compareTo(new Breuk(k.ruimte(), 1)) == 0))
                .coverage(c -> c.check(true).percentage(p -> p > 5));
        Statistics.label("onverdeeld").collect(spreiding.onverdeeld() > 0)
                .coverage(c -> c.check(true).percentage(p -> p > 5));
        for (Verdeler.Kandidaat k : kandidaten) {
            Breuk aandeel = spreiding.aandelen().get(k.gemeente());
            Breuk ruimte = new Breuk(k.ruimte(), 1);
            int rond = plaatsen.get(k.gemeente());
            assertThat(rond).isLessThanOrEqualTo(Math.toIntExact(k.ruimte()));
            assertThat((long) rond).isBetween(aandeel.heel(), aandeel.heel() + 1);
            if (aandeel.rest() == 0) {
                assertThat((long) rond).isEqualTo(aandeel.heel());
            }
            assertThat(aandeel.compareTo(ruimte)).as("aandeel binnen de ruimte").isLessThanOrEqualTo(0);
            if (spreiding.onverdeeld() > 0) {
                assertThat(aandeel).as("onverdeeld alleen als iedereen vol zit").isEqualTo(ruimte);
            } else if (spreiding.percentage() != null && k.ruimte() > 0) {
                // what the common percentage p would give: p * indicatief - geteld
                Breuk p = spreiding.percentage();
                Breuk opP = new Breuk(p.teller() * k.indicatief() - k.geteld() * p.noemer(), p.noemer());
                if (!aandeel.positief()) {
                    assertThat(opP.compareTo(Breuk.NUL)).as("zit al op of boven p").isLessThanOrEqualTo(0);
                } else if (aandeel.compareTo(ruimte) == 0) {
                    assertThat(opP.compareTo(ruimte)).as("p zou de ruimte overschrijden").isGreaterThanOrEqualTo(0);
                } else {
                    assertThat(aandeel.compareTo(opP)).as("precies op p").isZero();
                }
            }
        }
    }

    /** A spread with the kinks of exactly these kandidaten. */
    private static Verdeler.Spreiding spreid(List<Verdeler.Kandidaat> kandidaten, long restopgave) {
        return Verdeler.spreid(kandidaten, Verdeler.knikken(kandidaten), restopgave);
    }

    @Test
    void eenAandeelVanPreciesHetMinimumBlijftHetMinimumEnEenKrapAandeelGaatNietOverDeRuimte() {
        // 3 x room 5 and restopgave 15: everyone gets exactly 5, at 100%.
        List<Verdeler.Kandidaat> krap = List.of(new Verdeler.Kandidaat("GM0001", 10, 5, 5),
                new Verdeler.Kandidaat("GM0002", 10, 5, 5), new Verdeler.Kandidaat("GM0003", 10, 5, 5));
        assertThat(Verdeler.rond(krap, spreid(krap, 15)).values()).containsOnly(5);
        // 10 over 7 and 7 indicatief (empty): 5 each exactly; 11: 5.5 each, the tie goes to the lower code.
        List<Verdeler.Kandidaat> twee = List.of(new Verdeler.Kandidaat("GM0002", 7, 0, 7), new Verdeler.Kandidaat("GM0001", 7, 0, 7));
        assertThat(Verdeler.rond(twee, spreid(twee, 10))).containsEntry("GM0001", 5).containsEntry("GM0002", 5);
        assertThat(Verdeler.rond(twee, spreid(twee, 11))).containsEntry("GM0001", 6).containsEntry("GM0002", 5);
        // 15 is one more than both can take at their room: both at 7, one unplaced.
        Verdeler.Spreiding vol = spreid(twee, 15);
        assertThat(vol.onverdeeld()).isEqualTo(1);
        assertThat(Verdeler.rond(twee, vol).values()).containsOnly(7);
    }

    @Test
    void deRuimteBegrenstEenAandeelBovenDeIndicatieveVerdelingEnDeAnderenStijgenDoor() {
        // indicatief 10 each, nothing counted, room 20 and 50, restopgave 50. Both receiving:
        // p = 50 / 20 = 250%, but A is full at 20 / 10 = 200%. A at 20; B alone: p = (50 - 20) / 10 = 300%, B 30.
        List<Verdeler.Kandidaat> kandidaten = List.of(new Verdeler.Kandidaat("GM0001", 10, 0, 20),
                new Verdeler.Kandidaat("GM0002", 10, 0, 50));
        Verdeler.Spreiding spreiding = spreid(kandidaten, 50);
        assertThat(spreiding.percentage()).isEqualByComparingTo(new Breuk(3, 1));
        assertThat(spreiding.onverdeeld()).isZero();
        assertThat(Verdeler.rond(kandidaten, spreiding)).containsEntry("GM0001", 20).containsEntry("GM0002", 30);
        // 80 is 10 more than the rooms 20 + 50: both full; the lowest p at which both are is B's 500%
        Verdeler.Spreiding vol = spreid(kandidaten, 80);
        assertThat(vol.onverdeeld()).isEqualTo(10);
        assertThat(vol.percentage()).isEqualByComparingTo(new Breuk(5, 1));
        // no room left (over the cap already, or no indicatieve verdeling of this kind): all stays unplaced
        List<Verdeler.Kandidaat> geenRuimte = List.of(new Verdeler.Kandidaat("GM0001", 10, 0, -3),
                new Verdeler.Kandidaat("GM0002", 0, 0, 40));
        Verdeler.Spreiding niets = spreid(geenRuimte, 6);
        assertThat(niets.onverdeeld()).isEqualTo(6);
        assertThat(niets.percentage()).isNull();
    }

    @Test
    void breukenVergelijkenOokAlsDeKruisproductenNietInEenLongPassen() {
        // 4e15 / 3e8 against 4e15 / (3e8 + 1): the cross products are about 1.2e24, past a long's 9.2e18
        Breuk groot = new Breuk(4_000_000_000_000_000L, 300_000_000L);
        Breuk kleiner = new Breuk(4_000_000_000_000_000L, 300_000_001L);
        assertThat(groot.compareTo(kleiner)).isPositive();
        assertThat(kleiner.compareTo(groot)).isNegative();
        assertThat(groot.compareTo(new Breuk(8_000_000_000_000_000L, 600_000_000L))).isZero();
    }
}
