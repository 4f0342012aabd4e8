package nl.trede.beoordeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.SortedMap;
import java.util.TreeMap;
import nl.trede.kern.Periode;
import nl.trede.regels.Testregels;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.Testcijfers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@ApplicatieMetDatabase
@Transactional
class BeoordelingsrondeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BeoordelingService service;

    @Test
    void eenRondeLegtElkeBeoordelingVastMetUitlegEnRegels() throws Exception {
        // Houten 2054-2: O = 20 + 30 = 50, G = 22 < 50: koppelingstekort; ondergrens min(30, 22) = 22, R = 20: trede 1 -> 2.
        new Testcijfers(jdbc, "houten.csv").voegToe("GM0321", "2054-2", 30, 20, 0, 20, 22, 1);
        long id = service.start(Periode.van("2054-2"), "PV26", "toezichthouder").id();
        mvc.perform(get("/api/v1/beoordelingsrondes/" + id).with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                // Utrecht from 2024-1 judges under its own beleidskader (rules/interventieladder/utrecht-2024/kader.yaml).
                .andExpect(jsonPath("$.beoordelingen[0].kader").value("utrecht-2024"))
                .andExpect(jsonPath("$.beoordelingen[0].gemeente").value("GM0321"))
                .andExpect(jsonPath("$.beoordelingen[0].gemeenteNaam").value("Houten"))
                .andExpect(jsonPath("$.beoordelingen[0].voorgesteldeTrede").value(2))
                .andExpect(jsonPath("$.beoordelingen[0].vorigeTrede").value(1))
                .andExpect(jsonPath("$.beoordelingen[0].grondslag").value("KOPPELINGSTEKORT"))
                .andExpect(jsonPath("$.beoordelingen[0].totaalopgave").value(50))
                .andExpect(jsonPath("$.beoordelingen[0].standEinde").value(30))
                .andExpect(jsonPath("$.beoordelingen[0].tijdigGekoppeld").value(22))
                .andExpect(jsonPath("$.beoordelingen[0].koppelingstekortGunstig").value(false))
                .andExpect(jsonPath("$.beoordelingen[0].uitleg", hasItem("Op 1 oktober 2054 had COA 22 vergunninghouders "
                        + "aan Houten gekoppeld, minder dan de totaalopgave van 50: Houten wordt beoordeeld op het koppelingstekort.")))
                .andExpect(jsonPath("$.beoordelingen[0].regels[*].naam", hasItem("Koppelingstekort")));
        // Fired rules are stored by name with the beoordeling; the facts each matched are in its receipt.
        assertThat(jdbc.sql("select count(*) from gevuurde_regel r join beoordeling b on b.id = r.beoordeling_id "
                + "where b.ronde_id = ?").param(id).query(Integer.class).single()).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.sql("select count(*) from beslissingsbewijs w, jsonb_array_elements(w.inhoud::jsonb -> 'regels') r "
                + "where w.soort = 'BEOORDELING' and w.ronde_id = ? and (r -> 'feiten')::text like '%HalfjaarCijfers%'")
                .param(id).query(Integer.class).single()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void deVorigeTredeKomtUitDeVorigeRonde() {
        // Zeist 2055-1: R = 0 < T = 10: trede 1 -> 2. Zeist 2055-2 has no vorige_trede in its figures, so it starts
        // from the 2 of 2055-1, a proposal nobody has vastgesteld yet (and says so); R = 0 < 10 again: 2 -> 3.
        new Testcijfers(jdbc, "zeist.csv").voegToe("GM0355", "2055-1", 10, 0, 0, 0, null, null)
                .voegToe("GM0355", "2055-2", 10, 10, 0, 0, null, null);
        service.start(Periode.van("2055-1"), "Utrecht", "toezichthouder");
        long tweede = service.start(Periode.van("2055-2"), "Utrecht", "toezichthouder").id();
        Beoordeling zeist = service.beoordelingen(tweede).get(0);
        assertThat(zeist.vorigeTrede()).isEqualTo(2);
        assertThat(zeist.vorigeTredeBron()).isEqualTo(VorigeTredeBron.VOORSTEL);
        assertThat(zeist.uitleg().get(0)).isEqualTo("Vorige trede 2: vorige trede nog niet vastgesteld: het voorstel van de "
                + "laatste ronde over de vorige periode.");
        assertThat(zeist.voorgesteldeTrede()).isEqualTo(3);
    }

    @Test
    void eenGemeenteZonderTredeBreektDeHeleRondeAf() {
        new Testcijfers(jdbc, "bunnik.csv").voegToe("GM0312", "2056-1", 10, 0, 0, 5, null, null);
        SortedMap<String, String> zonderTrede = new TreeMap<>(Testregels.domein("interventieladder/standaard"));
        zonderTrede.remove("interventieladder/standaard/trede.drl");
        int rondesVoor = aantalRondes();
        assertThatThrownBy(() -> service.start(Testregels.compileer(zonderTrede), Periode.van("2056-1"), "Utrecht", "test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Bunnik (GM0312)")
                .hasMessageContaining("geen trede");
        assertThat(aantalRondes()).isEqualTo(rondesVoor);
    }

    @Test
    void eenGemeenteMetTweeTredenBreektDeHeleRondeAf() {
        new Testcijfers(jdbc, "baarn.csv").voegToe("GM0308", "2056-2", 10, 0, 0, 5, null, null);
        SortedMap<String, String> dubbel = new TreeMap<>(Testregels.domein("interventieladder/standaard"));
        dubbel.put("interventieladder/standaard/dubbel.drl", """
                package interventieladder;
                import nl.trede.beoordeling.HalfjaarCijfers;
                import nl.trede.beoordeling.TredeVoorstel;
                import nl.trede.beoordeling.Grondslag;
                rule "Altijd trede 4"
                    @grondslag("test")
                when
                    HalfjaarCijfers( $g : gemeente )
                then
                    insert(new TredeVoorstel($g, 4, Grondslag.TOTAALOPGAVE, 4, false, "test"));
                end
                """);
        int rondesVoor = aantalRondes();
        assertThatThrownBy(() -> service.start(Testregels.compileer(dubbel), Periode.van("2056-2"), "Utrecht", "test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Baarn (GM0308)")
                .hasMessageContaining("2 treden");
        assertThat(aantalRondes()).isEqualTo(rondesVoor);
    }

    @Test
    void eenPeriodeZonderCijfersGeeftEenDuidelijkeFout() throws Exception {
        mvc.perform(post("/api/v1/beoordelingsrondes").with(httpBasic("toezichthouder", "test"))
                        .contentType("application/json").content("{\"periode\": \"2099-1\", \"provincie\": \"Utrecht\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Er zijn geen cijfers voor 2099-1 in Utrecht. "
                        + "Voer eerst de cijfers van die periode in (Cijfers invoeren)."));
    }

    private int aantalRondes() {
        return jdbc.sql("select count(*) from beoordelingsronde").query(Integer.class).single();
    }
}
