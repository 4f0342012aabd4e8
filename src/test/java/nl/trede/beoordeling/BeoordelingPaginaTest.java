package nl.trede.beoordeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.Testcijfers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@ApplicatieMetDatabase
@Transactional
class BeoordelingPaginaTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BeoordelingService service;

    @Test
    void deRondeAlsTabelEnWaaromDezeTrede() throws Exception {
        // Woudenberg 2053-1: O = 5 + 12 + 0 = 17, R = 4 < 12: trede 1 -> 2, stand einde 13.
        new Testcijfers(jdbc, "woudenberg.csv").voegToe("GM0351", "2053-1", 12, 5, 0, 4, null, null);
        long id = service.start(Periode.van("2053-1"), "Utrecht", "toezichthouder").id();
        long beoordeling = service.beoordelingen(id).get(0).id();

        mvc.perform(get("/rondes/" + id).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span>eerste helft 2053</span>")))
                .andExpect(content().string(containsString("Woudenberg")))
                .andExpect(content().string(containsString("trede 2")))
                .andExpect(content().string(containsString("background:#f2c200")));

        mvc.perform(get("/beoordelingen/" + beoordeling).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Waarom deze trede?")))
                .andExpect(content().string(containsString("Getoetst aan de totaalopgave: gerealiseerd 4, minder dan de "
                        + "ondergrens 12 (totaalopgave 17): taakstelling niet behaald, achterstand 5 wordt achterstand 13; trede 1 -&gt; 2.")))
                .andExpect(content().string(containsString("Taakstelling niet behaald")));
    }

    @Test
    void eenRondeStartenVanafDePagina() throws Exception {
        new Testcijfers(jdbc, "renswoude.csv").voegToe("GM0339", "2052-2", 3, 0, 0, 3, null, null);
        mvc.perform(post("/rondes").param("periode", "2052-2").param("provincie", "PV26")
                        .with(user("toezichthouder").roles("TOEZICHTHOUDER")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/rondes/*"));
    }

    @Test
    void eenRondeZonderCijfersToontWatTeDoen() throws Exception {
        mvc.perform(post("/rondes").param("periode", "2098-1").param("provincie", "PV22")
                        .with(user("toezichthouder").roles("TOEZICHTHOUDER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er zijn geen cijfers voor 2098-1 in Drenthe")));
    }

    @Test
    void deLijstVanRondes() throws Exception {
        String pagina = mvc.perform(get("/rondes").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // An auditor sees the runs but not the form to start one.
        assertThat(pagina).contains("Beoordelingsrondes").doesNotContain("Nieuwe ronde");
    }
}
