package nl.trede.beoordeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.Tabel2Utrecht;
import nl.trede.support.Testcijfers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A province is judged under its own kader for the period, others under the standaard kader; the same
 * figures can then give another trede, and every beoordeling says which kader, why, and from which source.
 */
@ApplicatieMetDatabase
@Transactional
class KaderTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BeoordelingService beoordelingen;

    /**
     * Utrecht 2023-2 as the Voortgangsrapportage huisvesting vergunninghouders tweede helft 2023 (GS Utrecht) reports
     * it. Tabel 1: taakstelling 1372, achterstand 406, totaalopgave 1778, gerealiseerd 1208 (88% of the taakstelling,
     * 68% of the totaalopgave), achterstand 570 at the end. Tabel 2 and par. 3.2: 13 gemeenten on trede 1, 13 on
     * trede 2, none higher; 15 judged on the koppelingstekort, for 3 of them more favourable. The report gives per
     * gemeente only trede and grondslag, so the figures per gemeente are the construction in the kader's own scenario
     * ({@link Tabel2Utrecht}), which adds up to Tabel 1.
     */
    @Test
    void utrecht2023TweedeOnderHetKaderVanToenEn2024EersteOnderHetNieuwe() throws Exception {
        assertThat(Tabel2Utrecht.rijen()).hasSize(26);
        Tabel2Utrecht.voegToe(new Testcijfers(jdbc, "tabel-2-utrecht-2023-2.csv"), "2023-2");

        long ronde = beoordelingen.start(Periode.van("2023-2"), "Utrecht", "toezichthouder").id();

        mvc.perform(get("/api/v1/beoordelingsrondes/" + ronde + "/samenvatting").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.samenvatting.taakstelling").value(1372))
                .andExpect(jsonPath("$.samenvatting.standBegin").value(406))
                .andExpect(jsonPath("$.samenvatting.totaalopgave").value(1778))
                .andExpect(jsonPath("$.samenvatting.realisatie").value(1208))
                .andExpect(jsonPath("$.samenvatting.percentageTaakstellingAfgerond").value(88))
                .andExpect(jsonPath("$.samenvatting.percentageTotaalopgaveAfgerond").value(68))
                .andExpect(jsonPath("$.samenvatting.standEinde").value(570));
        List<Beoordeling> uitkomst = beoordelingen.beoordelingen(ronde);
        assertThat(uitkomst).hasSize(26).allSatisfy(b -> assertThat(b.kader()).isEqualTo("utrecht-2023"));
        assertThat(uitkomst.stream().collect(Collectors.groupingBy(Beoordeling::voorgesteldeTrede, Collectors.counting())))
                .isEqualTo(Map.of(1, 13L, 2, 13L));
        assertThat(uitkomst.stream().filter(b -> b.grondslag() == Grondslag.KOPPELINGSTEKORT)).hasSize(15);
        assertThat(uitkomst.stream().filter(Beoordeling::koppelingstekortGunstig)).hasSize(3);

        // The same figures for 2024-1 fall under utrecht-2024, which climbs from the trede of 2023-2. The 13 on
        // trede 2 all stayed under their ondergrens min(T, G), e.g. Amersfoort R = 109 < min(120, 128) = 120 and
        // Lopik R = 11 < T = 12 (no koppelingstekort): 2 -> 3. The 13 on trede 1 either realised their
        // totaalopgave (Zeist R = 68 = O) or their ondergrens (Baarn R = 19 >= min(20, 18) = 18): they stay on 1.
        Tabel2Utrecht.voegToe(new Testcijfers(jdbc, "tabel-2-utrecht-2024-1.csv"), "2024-1");
        List<Beoordeling> daarna = beoordelingen.beoordelingen(
                beoordelingen.start(Periode.van("2024-1"), "Utrecht", "toezichthouder").id());
        assertThat(daarna).hasSize(26).allSatisfy(b -> assertThat(b.kader()).isEqualTo("utrecht-2024"));
        assertThat(daarna.stream().collect(Collectors.groupingBy(Beoordeling::voorgesteldeTrede, Collectors.counting())))
                .isEqualTo(Map.of(1, 13L, 3, 13L));
    }

    /**
     * One set of figures in three places: B = 20, T = 10, R = 12, nothing known of the koppeling, previous trede 1.
     * O = 30, R = 12 >= T = 10: the taakstelling is behaald, the totaalopgave (30) not.
     * Utrecht 2019-2, kader utrecht-2023: trede 1 only for who realised what she was judged on (30): trede 2.
     * Utrecht 2096-1, kader utrecht-2024: "Taakstelling behaald, achterstand nog niet ingelopen": stays on 1.
     * Drenthe 2096-1, no kader of its own: the standaard kader, which reads the same there: stays on 1.
     */
    @Test
    void dezelfdeCijfersOnderElkKaderDatVoorDeProvincieEnPeriodeGeldt() throws Exception {
        new Testcijfers(jdbc, "drie-kaders.csv").voegToe("GM0321", "2019-2", 10, 20, 0, 12, null, 1)
                .voegToe("GM0321", "2096-1", 10, 20, 0, 12, null, 1)
                .voegToe("GM0109", "2096-1", 10, 20, 0, 12, null, 1);

        Beoordeling toen = beoordelingen.beoordelingen(beoordelingen.start(Periode.van("2019-2"), "Utrecht", "toezichthouder").id()).get(0);
        assertThat(toen.kader()).isEqualTo("utrecht-2023");
        assertThat(toen.voorgesteldeTrede()).isEqualTo(2);
        // Every gemeente with figures for 2096-1, whatever her province: one ronde, two kaders.
        long ronde = beoordelingen.start(Periode.van("2096-1"), null, "toezichthouder").id();
        Map<String, Beoordeling> nu = beoordelingen.beoordelingen(ronde).stream()
                .collect(Collectors.toMap(Beoordeling::gemeenteNaam, b -> b));
        assertThat(nu.get("Houten").kader()).isEqualTo("utrecht-2024");
        assertThat(nu.get("Houten").voorgesteldeTrede()).isEqualTo(1);
        assertThat(nu.get("Coevorden").kader()).isEqualTo("standaard");
        assertThat(nu.get("Coevorden").voorgesteldeTrede()).isEqualTo(1);

        mvc.perform(get("/api/v1/beoordelingen/" + toen.id()).with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kader.id").value("utrecht-2023"))
                .andExpect(jsonPath("$.kader.reden").value("kader van de provincie Utrecht, 2014-1 tot en met 2023-2"))
                .andExpect(jsonPath("$.kader.bron").value(containsString("Voortgangsrapportage huisvesting vergunninghouders tweede helft 2023")));
        mvc.perform(get("/api/v1/beoordelingen/" + nu.get("Houten").id()).with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$.kader.reden").value("kader van de provincie Utrecht, vanaf 2024-1"))
                .andExpect(jsonPath("$.kader.bron").value(containsString("CVDR713805")));
        mvc.perform(get("/api/v1/beoordelingen/" + nu.get("Coevorden").id()).with(httpBasic("auditor", "test")))
                .andExpect(jsonPath("$.kader.reden").value("geen eigen kader van de provincie Drenthe voor 2096-1; standaardkader"))
                .andExpect(jsonPath("$.kader.bron").value(containsString("BWBR0035303")));
        mvc.perform(get("/beoordelingen/" + toen.id()).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Beoordeeld onder het kader")))
                .andExpect(content().string(containsString("IBT-beoordeling huisvesting vergunninghouders provincie Utrecht tot 2024")))
                .andExpect(content().string(containsString("Niet gerealiseerd waarop zij werd beoordeeld")));

        // Each part of the ronde replays under the kader version that judged it.
        mvc.perform(post("/api/v1/beoordelingsrondes/" + ronde + "/herhaling").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identiek").value(2))
                .andExpect(jsonPath("$.verschillend").value(0));
    }
}
