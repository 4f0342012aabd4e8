package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.trede.TredeApplication;
import nl.trede.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

class RegelsetTest {

    private static final String KAPOT = """
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
        SortedMap<String, String> bestanden = new TreeMap<>(RegelsetBron.uitMap(Path.of("rules")));
        bestanden.put("interventieladder/kapot.drl", KAPOT);
        assertThatThrownBy(() -> RegelsetCompiler.compileer(bestanden))
                .isInstanceOfSatisfying(OngeldigeRegelsetException.class, e -> assertThat(e.fouten())
                        .anySatisfy(f -> {
                            assertThat(f.bestand()).isEqualTo("interventieladder/kapot.drl");
                            assertThat(f.regel()).isEqualTo(5);
                        }));
    }

    @Test
    void eenSyntaxfoutHoudtHetStartenTegen(@TempDir Path map) throws IOException {
        Files.createDirectories(map.resolve("interventieladder"));
        Files.writeString(map.resolve("interventieladder/kapot.drl"), KAPOT);
        TestDatabase.Verbinding db = TestDatabase.verbinding();
        assertThatThrownBy(() -> new SpringApplicationBuilder(TredeApplication.class)
                .profiles("test")
                .run(db.argumenten("--server.port=0", "--trede.regels.map=" + map))
                .close())
                .hasRootCauseInstanceOf(OngeldigeRegelsetException.class)
                .rootCause().hasMessageContaining("interventieladder/kapot.drl:5");
    }

    @Test
    void deVersieIsEenHashOverPadenEnInhoud() {
        SortedMap<String, String> bestanden = new TreeMap<>(RegelsetBron.uitMap(Path.of("rules")));
        String versie = Regelset.versieVan(bestanden);
        assertThat(versie).hasSize(64).isEqualTo(Regelset.versieVan(new TreeMap<>(bestanden)));
        bestanden.put("interventieladder/opgave.drl", bestanden.get("interventieladder/opgave.drl") + "\n");
        assertThat(Regelset.versieVan(bestanden)).isNotEqualTo(versie);
    }

    @Test
    void zonderMapGeldtDeKopieInDeJar() {
        assertThat(RegelsetBron.lees(Path.of("bestaat-niet"))).isEqualTo(RegelsetBron.uitMap(Path.of("rules")));
    }

    @Test
    void eenParameterZonderBronWordtGeweigerd() {
        SortedMap<String, String> bestanden = new TreeMap<>(RegelsetBron.uitMap(Path.of("rules")));
        bestanden.put("parameters/extra.yaml", """
                drempel:
                  omschrijving: test
                  waarden:
                    - vanaf: 2025-01-01
                      waarde: 3
                """);
        assertThatThrownBy(() -> RegelsetCompiler.compileer(bestanden))
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
        Parameters parameters = RegelsetCompiler.compileer(bestanden).parameters();
        assertThat(parameters.geheel("drempel", LocalDate.of(2024, 12, 31))).isEqualTo(3);
        assertThat(parameters.geheel("drempel", LocalDate.of(2025, 1, 1))).isEqualTo(4);
        assertThat(parameters.feitenOp(LocalDate.of(2024, 7, 1)))
                .containsExactly(new Parameter("drempel", new BigDecimal("3"), 3, null, LocalDate.of(2020, 1, 1), "oud"));
        assertThat(parameters.feitenOp(LocalDate.of(2019, 7, 1))).isEmpty();
    }
}
