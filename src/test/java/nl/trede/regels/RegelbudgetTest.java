package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.trede.beoordeling.HalfjaarCijfers;
import org.junit.jupiter.api.Test;

/** Every session stays within its budget: the fire limit, the time, and threads that never hold the JVM. */
class RegelbudgetTest {

    /** Inserts a fact that makes it fire again, for ever; no other rule matches that fact. */
    /** A rule set that never stops by itself; also the runaway of {@code src/test/sh/meet-integriteit.sh}. */
    static final String WEGLOPER = lees("/aanval/kringloop.drl");

    private static final HalfjaarCijfers CIJFERS = new HalfjaarCijfers("GM0344", "Utrecht", "2063-1", 20, 0, 0, 5, null, 1,
            LocalDate.of(2063, 1, 1));

    /** Only the runaway pair: one fact in, "Eerste signaal" once, then the loop. */
    private static SortedMap<String, String> wegloper() {
        SortedMap<String, String> bestanden = new TreeMap<>();
        // A domain of its own: a kader would need a kader.yaml, and the runaway needs nothing else.
        bestanden.put("proef/kringloop.drl", WEGLOPER);
        return bestanden;
    }

    @Test
    void eenSessieVoorbijDeVuurlimietWordtGestoptEnNoemtDeRegelsDieHetVaakstVuurden() {
        Regelset regelset = RegelsetCompiler.compileer(Testregels.werkers(), wegloper());

        // Limit 1.000 + 20 per fact = 1.020 for one fact. The session halts after the firing past it, the
        // 1.021st: "Eerste signaal" once, the loop 1.020 times.
        assertThatThrownBy(() -> regelset.voerUit(List.of(CIJFERS)))
                .isInstanceOf(RegelsOverschredenException.class)
                .hasMessageStartingWith("De regels zijn gestopt: zij vuurden meer dan 1.020 keer in één sessie (grens: 1.000 plus 20 per feit, "
                        + "bij 1 feiten). Het vaakst vuurden: 'Steeds weer een signaal' (interventieladder, 1.020 keer), "
                        + "'Eerste signaal' (interventieladder, 1 keer). Een regel die feiten invoegt waardoor zij (of een "
                        + "andere regel) opnieuw vuurt, stopt nooit vanzelf. Het langst liep 'Steeds weer een signaal' (interventieladder, ")
                .hasMessageEndingWith(" milliseconden).");
    }

    @Test
    void eenSessieVoorbijHaarTijdWordtGestopt() {
        Regelset regelset = RegelsetCompiler.compileer(Testregels.werkers(), wegloper(),
                Sessietoezicht.inGebruik(new Regelbudget(Integer.MAX_VALUE, 0, Duration.ofMillis(1))));

        assertThatThrownBy(() -> regelset.voerUit(List.of(CIJFERS)))
                .isInstanceOf(RegelsOverschredenException.class)
                .hasMessageStartingWith("De regels zijn gestopt: zij waren na 1 milliseconden niet klaar (")
                .hasMessageContaining("Het vaakst vuurden: '");
    }

    @Test
    void eenKandidaatStoptNaZijnEersteOverschrijdingEenRegelsetInGebruikNiet() {
        Regelset kandidaat = RegelsetCompiler.compileer(Testregels.werkers(), wegloper(), Sessietoezicht.kandidaat(Regelbudget.STANDAARD));
        Regelset inGebruik = RegelsetCompiler.compileer(Testregels.werkers(), wegloper());

        RegelsOverschredenException eerste = overschrijding(kandidaat);
        assertThat(overschrijding(kandidaat)).isSameAs(eerste);
        assertThat(overschrijding(inGebruik)).isNotSameAs(overschrijding(inGebruik));
    }

    @Test
    void deVuurlimietVanEenSessieInRondesTeltOverAlleRondes() {
        Regelset regelset = RegelsetCompiler.compileer(Testregels.werkers(), wegloper());
        try (Regelsessie sessie = regelset.sessie()) {
            assertThatThrownBy(() -> sessie.voerUit(List.of(CIJFERS))).isInstanceOf(RegelsOverschredenException.class);
            assertThatThrownBy(() -> sessie.voerUit(List.of()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Deze regelsessie is gestopt omdat zij haar budget overschreed");
        }
    }

    private static RegelsOverschredenException overschrijding(Regelset regelset) {
        try {
            regelset.voerUit(List.of(CIJFERS));
        } catch (RegelsOverschredenException e) {
            return e;
        }
        throw new AssertionError("de kringloop stopte vanzelf");
    }

    private static String lees(String bron) {
        try (InputStream in = RegelbudgetTest.class.getResourceAsStream(bron)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
