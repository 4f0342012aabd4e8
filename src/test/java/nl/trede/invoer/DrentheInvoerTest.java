package nl.trede.invoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The COA monthly overview of Drenthe 2025 (the notitie 'Stand van zaken realisatie opgaven' (Bestuurlijke PRT Drenthe, 19 November 2025)), as shipped for the demo, imported over REST. */
@ApplicatieMetDatabase
class DrentheInvoerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long invoerId;

    @BeforeEach
    void voerHetOverzichtIn() throws Exception {
        byte[] bestand;
        try (InputStream in = getClass().getResourceAsStream("/demo/drenthe-huisvesting-2025.csv")) {
            bestand = in.readAllBytes();
        }
        String naam = "drenthe-" + UUID.randomUUID() + ".csv";
        mvc.perform(post("/api/v1/invoer/huisvesting").param("bestandsnaam", naam)
                        .with(httpBasic("toezichthouder", "test")).contentType("text/csv").content(bestand))
                .andExpect(status().isCreated())
                .andExpect(content().json("{\"rijen\": 24}"));
        invoerId = jdbc.sql("select id from invoer where bestandsnaam = ?").param(naam).query(Long.class).single();
    }

    @Test
    void hetOverzichtIsVastgelegdAlsCoaMaandoverzichtDoorDeIngelogdeGebruiker() {
        Map<String, Object> invoer = jdbc.sql("select formaat, rijen, ingevoerd_door from invoer where id = ?")
                .param(invoerId).query().singleRow();
        assertThat(invoer).containsEntry("formaat", "COA-maandoverzicht").containsEntry("rijen", 24)
                .containsEntry("ingevoerd_door", "toezichthouder");
    }

    @Test
    void twaalfGemeentenPerPeriode() {
        Map<String, Long> perPeriode = cijfers().stream()
                .collect(Collectors.groupingBy(c -> c.periode().toString(), Collectors.counting()));
        assertThat(perPeriode).containsOnly(Map.entry("2025-1", 12L), Map.entry("2025-2", 12L));
    }

    @Test
    void aaEnHunzeZoalsInHetOverzicht() {
        assertThat(cijfers("GM1680", "2025-1")).extracting(Periodecijfers::standBegin, Periodecijfers::taakstelling,
                Periodecijfers::correcties, Periodecijfers::realisatie).containsExactly(32, 22, 0, 12);
        assertThat(cijfers("GM1680", "2025-2")).extracting(Periodecijfers::standBegin, Periodecijfers::taakstelling,
                Periodecijfers::correcties, Periodecijfers::realisatie).containsExactly(42, 19, 0, 26);
        assertThat(cijfers("GM1680", "2025-2").tijdigGekoppeld()).isNull();
        assertThat(cijfers("GM1680", "2025-2").vorigeTrede()).isNull();
    }

    @Test
    void deTotalenVanDeEersteHelftZijnDieVanHetOverzicht() {
        List<Periodecijfers> eersteHelft = cijfers().stream().filter(c -> c.periode().equals(Periode.van("2025-1")))
                .toList();
        assertThat(eersteHelft.stream().mapToInt(Periodecijfers::standBegin).sum()).isEqualTo(321);
        assertThat(eersteHelft.stream().mapToInt(Periodecijfers::taakstelling).sum()).isEqualTo(423);
        assertThat(eersteHelft.stream().mapToInt(Periodecijfers::realisatie).sum()).isEqualTo(290);
    }

    @Test
    void eenVoorsprongIsEenNegatieveStand() {
        // Westerveld ends 2025 with a voorsprong of 4: stand 21 + taakstelling 14 - realisatie 39.
        Periodecijfers westerveld = cijfers("GM1701", "2025-2");
        assertThat(westerveld.standBegin() + westerveld.taakstelling() + westerveld.correcties()
                - westerveld.realisatie()).isEqualTo(-4);
    }

    @Test
    void middenDrentheMetStreepjeIsHerkend() {
        assertThat(cijfers()).filteredOn(c -> c.gemeente().equals("GM1731")).hasSize(2);
    }

    @Test
    void deRealisatiePerMaandIsBewaard() {
        List<Map<String, Object>> maanden = jdbc.sql("select maand, aantal from maandrealisatie "
                        + "where invoer_id = ? and gemeente = 'GM1680' order by maand")
                .param(invoerId).query().listOfRows();
        assertThat(maanden).extracting(m -> ((java.sql.Date) m.get("maand")).toLocalDate())
                .containsExactly(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 1), LocalDate.of(2025, 9, 1),
                        LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1));
        assertThat(maanden).extracting(m -> m.get("aantal")).containsExactly(9, 10, 3, 4, 0, 0);
        assertThat(jdbc.sql("select sum(aantal) from maandrealisatie where invoer_id = ?").param(invoerId)
                .query(Long.class).single()).isEqualTo(298L);
    }

    private List<Periodecijfers> cijfers() {
        return jdbc.sql("select * from periodecijfers where invoer_id = ?").param(invoerId)
                .query(PeriodecijfersRepository::lees).list();
    }

    private Periodecijfers cijfers(String gemeente, String periode) {
        return cijfers().stream().filter(c -> c.gemeente().equals(gemeente) && c.periode().toString().equals(periode))
                .findFirst().orElseThrow();
    }
}
