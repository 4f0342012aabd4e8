package nl.trede.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.trede.beoordeling.BeoordelingService;
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
class AuditPaginaTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BeoordelingService beoordelingen;

    @Test
    void nieuwereCijfersVergelijkingEnHerhalingOpDePagina() throws Exception {
        // Montfoort 2073-2: R = 3 < T = 9: trede 2; the figures come again with R = 9: a new run gives trede 1.
        new Testcijfers(jdbc, "laat-1.csv").voegToe("GM0335", "2073-2", 9, 0, 0, 3, null, null);
        long eerste = beoordelingen.start(Periode.van("2073-2"), "Utrecht", "toezichthouder").id();
        new Testcijfers(jdbc, "laat-2.csv").voegToe("GM0335", "2073-2", 9, 0, 0, 9, null, null);

        mvc.perform(get("/rondes/" + eerste).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er zijn nieuwere cijfers")))
                .andExpect(content().string(containsString("Montfoort")));

        long tweede = beoordelingen.start(Periode.van("2073-2"), "Utrecht", "toezichthouder").id();
        mvc.perform(get("/rondes/" + eerste + "/vergelijk/" + tweede).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("andere cijfers: realisatie 3 -&gt; 9")));
        mvc.perform(post("/rondes/" + eerste + "/herhaling").with(user("auditor").roles("AUDITOR")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 gemeente</span> identiek")));
    }

    @Test
    void deAuditpaginaToontDeVerificatieEnZoekt() throws Exception {
        String pagina = mvc.perform(get("/audit").param("gemeente", "Bergen").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(pagina).contains("De keten is intact", "past bij meer dan een gemeente", "Bergen (L.)", "Bergen (NH.)");
    }
}
