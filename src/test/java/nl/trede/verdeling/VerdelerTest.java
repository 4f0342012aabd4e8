package nl.trede.verdeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The arithmetic alone: exact spread and rounding that never leaves a gemeente's room or its whole part. */
class VerdelerTest {

    @Property(tries = 1000)
    void afrondenBlijftBinnenDeRuimteEnBovenHetHeleDeelEnTeltExactOp(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 500) Integer> indicatief,
            @ForAll @Size(min = 30, max = 30) List<@IntRange(min = 0, max = 600) Integer> geteld,
            @ForAll @IntRange(min = 0, max = 8000) int restopgave) {
        List<Verdeler.Kandidaat> kandidaten = new ArrayList<>();
        for (int i = 0; i < indicatief.size(); i++) {
            kandidaten.add(new Verdeler.Kandidaat(String.format("GM%04d", i), indicatief.get(i), geteld.get(i)));
        }
        Verdeler.Spreiding spreiding = Verdeler.spreid(kandidaten, restopgave);
        Map<String, Integer> plaatsen = Verdeler.rond(kandidaten, spreiding);
        assertThat(plaatsen.values().stream().mapToLong(Integer::longValue).sum() + spreiding.onverdeeld()).isEqualTo(restopgave);
        for (Verdeler.Kandidaat k : kandidaten) {
            Breuk aandeel = spreiding.aandelen().get(k.gemeente());
            int rond = plaatsen.get(k.gemeente());
            assertThat(rond).isLessThanOrEqualTo(Math.toIntExact(k.ruimte()));
            assertThat((long) rond).isBetween(aandeel.heel(), aandeel.heel() + 1);
            if (aandeel.rest() == 0) {
                assertThat((long) rond).isEqualTo(aandeel.heel());
            }
        }
    }

    @Test
    void eenAandeelVanPreciesHetMinimumBlijftHetMinimumEnEenKrapAandeelGaatNietOverDeRuimte() {
        // 3 x room 5 and restopgave 15: everyone gets exactly 5, at 100%.
        List<Verdeler.Kandidaat> krap = List.of(new Verdeler.Kandidaat("GM0001", 10, 5),
                new Verdeler.Kandidaat("GM0002", 10, 5), new Verdeler.Kandidaat("GM0003", 10, 5));
        assertThat(Verdeler.rond(krap, Verdeler.spreid(krap, 15)).values()).containsOnly(5);
        // 10 over 7 and 7 indicatief (empty): 5 each exactly; 11: 5.5 each, the tie goes to the lower code.
        List<Verdeler.Kandidaat> twee = List.of(new Verdeler.Kandidaat("GM0002", 7, 0), new Verdeler.Kandidaat("GM0001", 7, 0));
        assertThat(Verdeler.rond(twee, Verdeler.spreid(twee, 10))).containsEntry("GM0001", 5).containsEntry("GM0002", 5);
        assertThat(Verdeler.rond(twee, Verdeler.spreid(twee, 11))).containsEntry("GM0001", 6).containsEntry("GM0002", 5);
        // 15 is one more than both can take at 100%: both at 7, one unplaced.
        Verdeler.Spreiding vol = Verdeler.spreid(twee, 15);
        assertThat(vol.onverdeeld()).isEqualTo(1);
        assertThat(Verdeler.rond(twee, vol).values()).containsOnly(7);
    }
}
