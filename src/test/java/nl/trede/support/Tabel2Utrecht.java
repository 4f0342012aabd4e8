package nl.trede.support;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Utrecht 2023-2 per gemeente, as the kader utrecht-2023 keeps it in its scenario: the Voortgangsrapportage
 * huisvesting vergunninghouders tweede helft 2023 (GS Utrecht) prints per gemeente only the trede and the
 * grondslag (Tabel 2) and for the province the totals (Tabel 1: T 1372, B 406, O 1778, R 1208, E 570); the
 * figures per gemeente are a construction that adds up to those totals and gives Tabel 2 under that kader.
 * One construction for every test that needs the report's gemeenten.
 */
public final class Tabel2Utrecht {

    public static final Path SCENARIO = Path.of("rules/interventieladder/utrecht-2023/scenarios/tabel-2-utrecht-2023-2.yaml");

    /** One gemeente: code, name, taakstelling, stand begin, realisatie and tijdig gekoppeld. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rij(String gemeente, String naam, int taakstelling, @JsonProperty("stand_begin") int standBegin, int realisatie,
                      @JsonProperty("tijdig_gekoppeld") Integer tijdigGekoppeld) {

        public int standEinde() {
            return standBegin + taakstelling - realisatie;
        }
    }

    private Tabel2Utrecht() {
    }

    /** The scenario file as far as its gemeenten go. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Scenario(List<Rij> gemeenten) {
    }

    public static List<Rij> rijen() {
        return new YAMLMapper().readValue(SCENARIO.toFile(), Scenario.class).gemeenten();
    }

    /** The figures of every gemeente for {@code periode}, as if imported. */
    public static void voegToe(Testcijfers cijfers, String periode) {
        rijen().forEach(r -> cijfers.voegToe(r.gemeente(), periode, r.taakstelling(), r.standBegin(), 0, r.realisatie(),
                r.tijdigGekoppeld(), null));
    }
}
