package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.trede.invoer.InvoerService;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Impact of a changed rule on the Drenthe 2025-1 figures (COA-maandoverzicht, the notitie 'Stand van zaken realisatie opgaven' (Bestuurlijke PRT Drenthe, 19 November 2025)), by hand:
 * <pre>
 *  gemeente         B   T   R   O=B+T   R &lt; T?  trede now (V=1)
 *  Aa en Hunze     32  22  12    54     yes     2
 *  Assen           13  58  34    71     yes     2
 *  Borger-Odoorn   25  22  11    47     yes     2
 *  Coevorden       31  30  33    61     no      1 (ondergrens 30 &lt;= 33 &lt; 61: stays)
 *  De Wolden       22  21  15    43     yes     2
 *  Emmen           59  91  63   150     yes     2
 *  Hoogeveen       57  47  40   104     yes     2
 *  Meppel           4  30  12    34     yes     2
 *  Midden-Drenthe  40  29  26    69     yes     2
 *  Noordenveld      2  27  23    29     yes     2
 *  Tynaarlo        30  29  19    59     yes     2
 *  Westerveld       6  17   2    23     yes     2
 * </pre>
 * C = 0 and G unknown everywhere, so every gemeente is judged on its totaalopgave.
 */
@ApplicatieMetDatabase
class ImpactTest {

    @Autowired
    ImpactService impact;
    @Autowired
    RegelsetService regelsets;
    @Autowired
    InvoerService invoer;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void drenthe2025() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/demo/drenthe-huisvesting-2025.csv")) {
            invoer.voerIn("drenthe-huisvesting-2025.csv", in.readAllBytes(), "test");
        }
    }

    @Test
    void eenHogereOndergrensZetAlleenCoevordenEenTredeOmhoog() {
        // Ondergrens T + C + 5: Coevorden realised 33 < 35 and goes 1 -> 2; every other gemeente
        // already fell short of T and stays on 2 (R < T < T + 5).
        SortedMap<String, String> kandidaat = kandidaat("interventieladder/standaard/ondergrens.drl",
                "int ondergrens = $c.taakstelling() + $c.correcties();", "int ondergrens = $c.taakstelling() + $c.correcties() + 5;");

        Impact uitkomst = impact.impact(kandidaat, List.of("2025-1"), "Drenthe");

        assertThat(uitkomst.gemeenten()).hasSize(12);
        assertThat(uitkomst.veranderd()).singleElement().satisfies(r -> {
            assertThat(r.naam()).isEqualTo("Coevorden");
            assertThat(r.actief()).isEqualTo("trede 1");
            assertThat(r.kandidaat()).isEqualTo("trede 2");
            assertThat(r.richting()).isEqualTo(1);
            assertThat(r.regelActief()).isEqualTo("Taakstelling behaald, achterstand nog niet ingelopen");
            assertThat(r.regelKandidaat()).isEqualTo("Taakstelling niet behaald");
        });
        assertThat(uitkomst.samenvatting()).containsExactly("1 gemeente gaat een trede omhoog, 0 omlaag, 11 gelijk");
        assertThat(uitkomst.wat()).isEqualTo("gewijzigd in rules/: interventieladder/standaard");
    }

    @Test
    void hoogsteVoorgesteldeTredeEenHoudtElfGemeentenOpTredeEen() {
        // With at most trede 1 proposed, the eleven that fell short stay on 1 instead of going to 2;
        // Coevorden stays on 1 as it was.
        SortedMap<String, String> kandidaat = kandidaat("interventieladder/standaard/parameters/interventieladder.yaml",
                "      waarde: 4\n", "      waarde: 1\n");

        Impact uitkomst = impact.impact(kandidaat, List.of("2025-1"), "Drenthe");

        assertThat(uitkomst.veranderd()).extracting(Impactregel::naam).containsExactlyInAnyOrder("Aa en Hunze", "Assen",
                "Borger-Odoorn", "De Wolden", "Emmen", "Hoogeveen", "Meppel", "Midden-Drenthe", "Noordenveld", "Tynaarlo",
                "Westerveld");
        assertThat(uitkomst.veranderd()).allSatisfy(r -> assertThat(r.richting()).isEqualTo(-1));
        assertThat(uitkomst.samenvatting()).containsExactly("0 gemeenten gaan een trede omhoog, 11 omlaag, 1 gelijk");
    }

    @Test
    void deRegelsInRulesZonderWijzigingVeranderenNiets() throws Exception {
        mvc.perform(post("/api/v1/regelsets/impact").with(httpBasic("beleid", "test"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"periodes\": [\"2025-1\"], \"provincie\": \"Drenthe\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.samenvatting[0]").value("0 gemeenten gaan een trede omhoog, 0 omlaag, 12 gelijk"))
                .andExpect(jsonPath("$.gemeenten.length()").value(12));
        mvc.perform(post("/api/v1/regelsets/impact").with(httpBasic("auditor", "test"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"periodes\": [\"2025-1\"]}"))
                .andExpect(status().isForbidden());
    }

    private SortedMap<String, String> kandidaat(String pad, String oud, String nieuw) {
        SortedMap<String, String> bestanden = new TreeMap<>(regelsets.leesBron());
        assertThat(bestanden.get(pad)).contains(oud);
        bestanden.put(pad, bestanden.get(pad).replace(oud, nieuw));
        return bestanden;
    }
}
