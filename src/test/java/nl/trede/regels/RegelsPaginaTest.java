package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import nl.trede.invoer.InvoerService;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ApplicatieMetDatabase
class RegelsPaginaTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    InvoerService invoer;

    @Test
    void elkeRolZietDeRegelsMetGrondslagUitlegEnGebruik() throws Exception {
        mvc.perform(get("/regels").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Taakstelling niet behaald")))
                .andExpect(content().string(containsString("interventieladder/uitkomst.drl")))
                .andExpect(content().string(containsString("CVDR713805")))
                .andExpect(content().string(containsString("Activaties")))
                .andExpect(content().string(not(containsString("Activeren</button>"))));
        String voorBeleid = mvc.perform(get("/regels").with(user("beleid").roles("BELEIDSMEDEWERKER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(voorBeleid).contains("Activeren</button>", "Valideren</button>");
    }

    @Test
    void valideerToontDeScenarios() throws Exception {
        mvc.perform(post("/regels/valideer").with(user("beleid").roles("BELEIDSMEDEWERKER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Westerveld 2025-1, koppeling onbekend")))
                .andExpect(content().string(containsString("geen fouten")));
    }

    @Test
    void activerenVanuitDePaginaVraagtEenRedenEnEenBevestiging() throws Exception {
        mvc.perform(post("/regels/activeer").with(user("beleid").roles("BELEIDSMEDEWERKER")).with(csrf())
                        .param("reden", "Nieuwe bron voor de ondergrens"))
                .andExpect(redirectedUrl("/regels"))
                .andExpect(flash().attribute("activatiefout", "Bevestig het activeren: vink aan dat nieuwe rondes, "
                        + "verdelingen en de monitoring meteen met deze regelset rekenen."))
                .andExpect(flash().attributeCount(2));
        mvc.perform(post("/regels/activeer").with(user("beleid").roles("BELEIDSMEDEWERKER")).with(csrf())
                        .param("reden", " ").param("bevestigd", "ja"))
                .andExpect(redirectedUrl("/regels"))
                .andExpect(flash().attribute("activatiefout", "Geef een reden op voor het activeren: waarom gaat deze regelset in gebruik?"));
        Activatie activatie = (Activatie) mvc.perform(post("/regels/activeer").with(user("beleid").roles("BELEIDSMEDEWERKER"))
                        .with(csrf()).param("reden", "Nieuwe bron voor de ondergrens").param("bevestigd", "ja"))
                .andExpect(redirectedUrl("/regels"))
                .andReturn().getFlashMap().get("activatie");
        assertThat(activatie.geldig()).isTrue();
        assertThat(activatie.reden()).isEqualTo("Nieuwe bron voor de ondergrens");
        String pagina = mvc.perform(get("/regels").with(user("beleid").roles("BELEIDSMEDEWERKER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(pagina).contains("name=\"reden\"", "name=\"bevestigd\"", "Nieuwe bron voor de ondergrens");
    }

    @Test
    void impactVanuitDePagina() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/demo/drenthe-huisvesting-2025.csv")) {
            invoer.voerIn("drenthe-huisvesting-2025.csv", in.readAllBytes(), "test");
        }
        mvc.perform(post("/regels/impact").param("periodes", "2025-1").param("provincie", "Drenthe")
                        .with(user("beleid").roles("BELEIDSMEDEWERKER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 gemeenten gaan een trede omhoog, 0 omlaag, 12 gelijk")));
        mvc.perform(post("/regels/impact").param("periodes", "2069-2")
                        .with(user("beleid").roles("BELEIDSMEDEWERKER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er zijn geen opgeslagen cijfers voor 2069-2")));
    }
}
