package nl.trede.audit;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.trede.gemeente.GemeenteService;
import nl.trede.gemeente.Zoekresultaat;
import nl.trede.systeem.WebLaag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit API as a web layer: replaying a run is open to the auditor (it only reads) but not to a
 * policy writer, and a bad question gets a Dutch problem+json before any service is asked. Replays
 * and verification for real are {@code AuditTest}'s.
 */
@WebMvcTest(AuditController.class)
@WebLaag
class AuditWebTest {

    private static final String PROBLEEM = "application/problem+json";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    UitlegService uitleg;
    @MockitoBean
    Herhaler herhaler;
    @MockitoBean
    Vergelijker vergelijker;
    @MockitoBean
    Ketenverificatie verificatie;
    @MockitoBean
    AuditZoeken zoeken;
    @MockitoBean
    GemeenteService gemeenten;

    @Test
    void eenAuditorHerhaaltEenRonde() throws Exception {
        when(herhaler.herhaal(12)).thenReturn(new Herhaling(12, "abc", 0, 0, List.of()));
        mvc.perform(post("/api/v1/beoordelingsrondes/12/herhaling").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rondeId").value(12));
    }

    @Test
    void eenBeleidsmedewerkerHerhaaltNiets() throws Exception {
        mvc.perform(post("/api/v1/beoordelingsrondes/12/herhaling").with(httpBasic("beleid", "test")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEEM))
                .andExpect(jsonPath("$.detail").value(startsWith("Dit mag niet met de rol beleidsmedewerker.")));
        verify(herhaler, never()).herhaal(anyLong());
    }

    @Test
    void eenKopZonderAantalWordtGeweigerd() throws Exception {
        mvc.perform(get("/api/v1/audit/verificatie").param("kop", "ab12").with(httpBasic("auditor", "test")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEEM))
                .andExpect(jsonPath("$.title").value("Onjuist verzoek"))
                .andExpect(jsonPath("$.detail").value("Geef kop en aantal samen op, zoals de verificatie ze als kop teruggeeft"));
        verify(verificatie, never()).verifieer(anyBoolean(), any());
    }

    @Test
    void zoekenZonderGemeenteZegtWatOntbreekt() throws Exception {
        mvc.perform(get("/api/v1/audit/beoordelingen").with(httpBasic("auditor", "test")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("De parameter 'gemeente' ontbreekt; geef hem mee, zoals ?gemeente=..."));
        verifyNoInteractions(zoeken);
    }

    @Test
    void eenTredeVoorbijHetIntBereikIsGeenTrede() throws Exception {
        // Integer.MAX_VALUE is 2147483647; one more does not fit.
        mvc.perform(get("/api/v1/audit/beoordelingen").param("gemeente", "Assen").param("trede", "2147483648")
                        .with(httpBasic("auditor", "test")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("'2147483648' is geen geldige waarde voor 'trede'")));
        verifyNoInteractions(zoeken);
    }

    @Test
    void eenOnbekendeGemeenteNoemtWatGezochtWerd() throws Exception {
        when(gemeenten.zoek("Nergenshuizen")).thenReturn(new Zoekresultaat.NietGevonden("Nergenshuizen", List.of()));
        mvc.perform(get("/api/v1/audit/beoordelingen").param("gemeente", "Nergenshuizen").with(httpBasic("auditor", "test")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Geen gemeente gevonden met code of naam 'Nergenshuizen'"));
        verifyNoInteractions(zoeken);
    }
}
