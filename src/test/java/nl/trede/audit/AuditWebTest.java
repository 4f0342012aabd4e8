package nl.trede.audit;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.anyLong;
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
 * policy writer, who may not ask for a checkpoint either, and a bad question gets a Dutch problem+json
 * before any service is asked. Replays
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
    Controlepunten controlepunten;
    @MockitoBean
    Bewijzen bewijzen;
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
    void eenHashZonderAantalWordtGeweigerd() throws Exception {
        mvc.perform(get("/api/v1/audit/verificatie").param("kop", "ab".repeat(32)).with(httpBasic("auditor", "test")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEEM))
                .andExpect(jsonPath("$.title").value("Onjuist verzoek"))
                .andExpect(jsonPath("$.detail").value("Geef bij een hash ook het aantal bewijzen op (kop=HASH&aantal=N), of geef "
                        + "de ondertekende kop: het veld 'parameter' van GET /api/v1/audit/kop"));
        mvc.perform(get("/api/v1/audit/verificatie").param("aantal", "3").with(httpBasic("auditor", "test")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Geef bij het aantal ook de kop op, zoals de verificatie ze teruggeeft"));
        verifyNoInteractions(verificatie);
    }

    @Test
    void eenKopDieGeenOndertekendeKopIsWordtGeweigerd() throws Exception {
        mvc.perform(get("/api/v1/audit/verificatie").param("kop", "ab12").with(httpBasic("auditor", "test")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Een ondertekende kop is de tekst en de handtekening, elk in base64, "
                        + "gescheiden door een punt: het veld 'parameter' van GET /api/v1/audit/kop."));
        // "dGVrc3Q" is base64 of "tekst": no first line trede-controlepunt/1.
        mvc.perform(get("/api/v1/audit/verificatie").param("kop", "dGVrc3Q.AAAA").with(httpBasic("auditor", "test")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("Dit is geen ondertekende kop van trede: de tekst begint met "
                        + "'trede-controlepunt/1'")));
        verifyNoInteractions(verificatie);
    }

    @Test
    void eenBeleidsmedewerkerLegtGeenControlepuntVast() throws Exception {
        mvc.perform(post("/api/v1/audit/controlepunt").with(httpBasic("beleid", "test")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(startsWith("Dit mag niet met de rol beleidsmedewerker.")));
        verifyNoInteractions(controlepunten);
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
