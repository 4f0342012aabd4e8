package nl.trede.systeem;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private final List<Invoerfout> fouten = new ArrayList<>();

    @Test
    void aanhalingstekensOmEenKommaEnEenVerdubbeldAanhalingsteken() {
        assertThat(Csv.rijen("a,\"b, c\",\"zei \"\"ja\"\"\",\n", fouten))
                .containsExactly(new Csv.Rij(1, List.of("a", "b, c", "zei \"ja\"", "")));
        assertThat(fouten).isEmpty();
    }

    @Test
    void crlfEnLegeRegelsTellenMeeVoorHetRijnummer() {
        assertThat(Csv.rijen("kop\r\n\r\nx\r\n\"twee\nregels\"\r\ny", fouten)).containsExactly(
                new Csv.Rij(1, List.of("kop")), new Csv.Rij(3, List.of("x")),
                new Csv.Rij(4, List.of("twee\nregels")), new Csv.Rij(6, List.of("y")));
    }

    @Test
    void eenNietGeslotenAanhalingstekenIsEenFout() {
        Csv.rijen("kop\n\"open,1\n", fouten);
        assertThat(fouten).singleElement().extracting(Invoerfout::rij).isEqualTo(2);
    }

    @Test
    void deBomWordtOvergeslagen() {
        byte[] metBom = ("\uFEFF" + "gemeente\n").getBytes(UTF_8);
        assertThat(Csv.decodeer(metBom, fouten)).contains("gemeente\n");
    }

    @Test
    void geenUtf8NoemtRijEnKolom() {
        byte[] latin1 = "gemeente,periode\nAssen,2031-1\n\"Súdwest-Fryslân\",2031-1\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(Csv.decodeer(latin1, fouten)).isEmpty();
        assertThat(fouten).singleElement().satisfies(f -> {
            assertThat(f.rij()).isEqualTo(3);
            assertThat(f.kolom()).isEqualTo("gemeente");
        });
    }
}
