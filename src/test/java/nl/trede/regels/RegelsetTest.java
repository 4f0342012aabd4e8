package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RegelsetTest {

    static final String KAPOT = """
            package interventieladder;
            import nl.trede.beoordeling.HalfjaarCijfers;
            rule "Kapot"
            when
                HalfjaarCijfers( realisatie >>> 3 )
            then
            end
            """;

    @Test
    void eenSyntaxfoutNoemtBestandEnRegel() {
        SortedMap<String, String> bestanden = new TreeMap<>(RegelsetBron.domein(Path.of("rules"), "interventieladder/standaard"));
        bestanden.put("interventieladder/standaard/kapot.drl", KAPOT);
        assertThatThrownBy(() -> RegelsetCompiler.compileer(Testregels.werkers(), bestanden))
                .isInstanceOfSatisfying(OngeldigeRegelsetException.class, e -> assertThat(e.fouten())
                        .anySatisfy(f -> {
                            assertThat(f.bestand()).isEqualTo("interventieladder/standaard/kapot.drl");
                            assertThat(f.regel()).isEqualTo(5);
                        }));
    }

    @Test
    void deVersieIsEenHashOverPadenEnInhoud() {
        SortedMap<String, String> bestanden = new TreeMap<>(RegelsetBron.domein(Path.of("rules"), "interventieladder/standaard"));
        String versie = Regelset.versieVan(bestanden);
        assertThat(versie).hasSize(64).isEqualTo(Regelset.versieVan(new TreeMap<>(bestanden)));
        bestanden.put("interventieladder/standaard/opgave.drl", bestanden.get("interventieladder/standaard/opgave.drl") + "\n");
        assertThat(Regelset.versieVan(bestanden)).isNotEqualTo(versie);
    }

    @Test
    void zonderMapGeldtDeKopieInDeJar() {
        assertThat(RegelsetBron.lees(Path.of("bestaat-niet"))).isEqualTo(RegelsetBron.uitMap(Path.of("rules")));
    }

    @Test
    void eenParameterZonderBronWordtGeweigerd() {
        SortedMap<String, String> bestanden = new TreeMap<>(RegelsetBron.domein(Path.of("rules"), "interventieladder/standaard"));
        bestanden.put("parameters/extra.yaml", """
                drempel:
                  omschrijving: test
                  waarden:
                    - vanaf: 2025-01-01
                      waarde: 3
                """);
        assertThatThrownBy(() -> RegelsetCompiler.compileer(Testregels.werkers(), bestanden))
                .isInstanceOfSatisfying(OngeldigeRegelsetException.class, e -> assertThat(e.fouten())
                        .containsExactly(new Regelsetfout("parameters/extra.yaml", 0,
                                "De parameter 'drempel', waarde 1: 'bron' ontbreekt; noem de wet, het beleidskader of de bron")));
    }

    @Test
    void eenParameterWaardeGeldtVanafHaarDatum() {
        SortedMap<String, String> bestanden = new TreeMap<>();
        bestanden.put("parameters/drempel.yaml", """
                drempel:
                  omschrijving: een drempel die per 1 januari 2025 verandert
                  waarden:
                    - vanaf: 2020-01-01
                      waarde: 3
                      bron: oud
                    - vanaf: 2025-01-01
                      waarde: 4
                      bron: nieuw
                """);
        Parameters parameters = RegelsetCompiler.compileer(Testregels.werkers(), bestanden).parameters();
        assertThat(parameters.geheel("drempel", LocalDate.of(2024, 12, 31))).isEqualTo(3);
        assertThat(parameters.geheel("drempel", LocalDate.of(2025, 1, 1))).isEqualTo(4);
        assertThat(parameters.feitenOp(LocalDate.of(2024, 7, 1)))
                .containsExactly(new Parameter("drempel", new BigDecimal("3"), 3, null, LocalDate.of(2020, 1, 1), "oud"));
        assertThat(parameters.feitenOp(LocalDate.of(2019, 7, 1))).isEmpty();
    }
}
