package nl.trede.kern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BegrensdeCacheTest {

    private final List<String> gemaakt = new ArrayList<>();
    private final BegrensdeCache<Integer, String> cache = new BegrensdeCache<>(2);

    private String maak(int sleutel) {
        gemaakt.add("waarde " + sleutel);
        return "waarde " + sleutel;
    }

    @Test
    void eenTweedeVraagKrijgtDeBewaardeWaarde() {
        assertThat(cache.geef(1, this::maak)).isEqualTo("waarde 1");
        assertThat(cache.geef(1, this::maak)).isEqualTo("waarde 1");
        assertThat(gemaakt).containsExactly("waarde 1");
    }

    @Test
    void volBegintZeOpnieuw() {
        cache.geef(1, this::maak);
        cache.geef(2, this::maak);
        // Two kept, the third empties the cache: 1 is made again afterwards, 3 is not.
        cache.geef(3, this::maak);
        cache.geef(3, this::maak);
        cache.geef(1, this::maak);
        assertThat(gemaakt).containsExactly("waarde 1", "waarde 2", "waarde 3", "waarde 1");
    }

    @Test
    void eenMisluktePogingBewaartNiets() {
        assertThatThrownBy(() -> cache.geef(1, s -> {
            throw new IllegalArgumentException("niet te maken");
        })).hasMessage("niet te maken");
        assertThat(cache.geef(1, this::maak)).isEqualTo("waarde 1");
    }
}
