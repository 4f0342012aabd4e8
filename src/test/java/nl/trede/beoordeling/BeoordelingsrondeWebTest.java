package nl.trede.beoordeling;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import nl.trede.kern.Periode;
import nl.trede.systeem.NietGevondenException;
import nl.trede.systeem.WebLaag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API of the beoordelingsrondes as a web layer: who may start a ronde, what a bad request gets
 * back (Dutch problem+json), and what the controller hands the service. The service is a test double
 * here; running a ronde for real is {@code BeoordelingsrondeTest}'s.
 */
@WebMvcTest(BeoordelingsrondeController.class)
@WebLaag
class BeoordelingsrondeWebTest {

    private static final String PROBLEEM = "application/problem+json";
    private static final Beoordelingsronde RONDE = new Beoordelingsronde(7, "2025-1", "PV22", "Drenthe", null, "10.2.0",
            "0.1.0", "toezichthouder", Instant.parse("2025-07-01T08:00:00Z"), false, 12);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    BeoordelingService service;

    /** The answer is the ronde's summary: the beoordelingen are behind its Location, not read back after the run. */
    @Test
    void eenToezichthouderStartEenRondeEnKrijgtHaarAdres() throws Exception {
        when(service.startOfHergebruik(Periode.van("2025-1"), "Drenthe", "toezichthouder", false))
                .thenReturn(new BeoordelingService.Rondestart(RONDE, false));

        mvc.perform(post("/api/v1/beoordelingsrondes").with(httpBasic("toezichthouder", "test"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"periode\": \"2025-1\", \"provincie\": \"Drenthe\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/beoordelingsrondes/7"))
                .andExpect(jsonPath("$.id").value(7))
                .andExpect(jsonPath("$.periode").value("2025-1"))
                .andExpect(jsonPath("$.provincie").value("Drenthe"))
                .andExpect(jsonPath("$.droolsVersie").value("10.2.0"))
                .andExpect(jsonPath("$.tredeVersie").value("0.1.0"))
                .andExpect(jsonPath("$.gestartDoor").value("toezichthouder"))
                .andExpect(jsonPath("$.gestartOp").value("2025-07-01T08:00:00Z"))
                .andExpect(jsonPath("$.voorlopig").value(false))
                .andExpect(jsonPath("$.aantal").value(12))
                .andExpect(jsonPath("$.beoordelingen").doesNotExist());
        verify(service, never()).beoordelingen(anyLong());
        verify(service, never()).regelnamen(anyLong());
    }

    /** An open ronde on the same input: 200 with its Location, not a copy (ParalleleStartTest runs it for real). */
    @Test
    void eenRondeDieAlOpenStaatKomtTerugMet200() throws Exception {
        when(service.startOfHergebruik(Periode.van("2025-1"), "Drenthe", "toezichthouder", false))
                .thenReturn(new BeoordelingService.Rondestart(RONDE, true));

        mvc.perform(post("/api/v1/beoordelingsrondes").with(httpBasic("toezichthouder", "test"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"periode\": \"2025-1\", \"provincie\": \"Drenthe\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", "/api/v1/beoordelingsrondes/7"))
                .andExpect(jsonPath("$.id").value(7));
    }

    @Test
    void eenAuditorStartGeenRonde() throws Exception {
        mvc.perform(post("/api/v1/beoordelingsrondes").with(httpBasic("auditor", "test"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"periode\": \"2025-1\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEEM))
                .andExpect(jsonPath("$.title").value("Geen toegang"))
                .andExpect(jsonPath("$.detail").value(startsWith("Dit mag niet met de rol auditor.")));
        verify(service, never()).startOfHergebruik(any(), any(), anyString(), anyBoolean());
    }

    @Test
    void eenBeleidsmedewerkerStartGeenRonde() throws Exception {
        mvc.perform(post("/api/v1/beoordelingsrondes").with(httpBasic("beleid", "test"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"periode\": \"2025-1\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(startsWith("Dit mag niet met de rol beleidsmedewerker.")));
        verify(service, never()).startOfHergebruik(any(), any(), anyString(), anyBoolean());
    }

    @Test
    void zonderAanmeldingNiets() throws Exception {
        mvc.perform(get("/api/v1/beoordelingsrondes"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEEM))
                .andExpect(jsonPath("$.title").value("Niet aangemeld"));
        mvc.perform(get("/api/v1/beoordelingsrondes").with(httpBasic("toezichthouder", "fout")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Onbekende gebruikersnaam of onjuist wachtwoord."));
    }

    @Test
    void eenVerzoekZonderPeriodeZegtHoeHetWel() throws Exception {
        mvc.perform(post("/api/v1/beoordelingsrondes").with(httpBasic("toezichthouder", "test"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"provincie\": \"Drenthe\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEEM))
                .andExpect(jsonPath("$.title").value("Onjuist verzoek"))
                .andExpect(jsonPath("$.detail").value("Geef de periode, zoals {\"periode\": \"2024-2\", \"provincie\": \"Utrecht\"}"));
        verify(service, never()).startOfHergebruik(any(), any(), anyString(), anyBoolean());
    }

    @Test
    void eenPeriodeDieGeenPeriodeIs() throws Exception {
        mvc.perform(post("/api/v1/beoordelingsrondes").with(httpBasic("toezichthouder", "test"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"periode\": \"2025-3\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'2025-3' is geen periode; schrijf het jaar en de helft, zoals 2024-1 of 2024-2"));
        verify(service, never()).startOfHergebruik(any(), any(), anyString(), anyBoolean());
    }

    @Test
    void voorlopigIsJaOfNee() throws Exception {
        mvc.perform(post("/api/v1/beoordelingsrondes").with(httpBasic("toezichthouder", "test"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"periode\": \"2025-1\", \"voorlopig\": [1]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("het veld 'voorlopig'")));
    }

    @Test
    void eenIdVoorbijHetBereikVanLongIsGeenId() throws Exception {
        // Long.MAX_VALUE is 9223372036854775807; one more does not fit.
        mvc.perform(get("/api/v1/beoordelingsrondes/9223372036854775808").with(httpBasic("auditor", "test")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith(
                        "'9223372036854775808' is geen geldige waarde voor 'id'")));
    }

    @Test
    void eenOnbekendeRondeIsNietGevonden() throws Exception {
        when(service.ronde(41)).thenThrow(new NietGevondenException("Beoordelingsronde 41 bestaat niet"));
        mvc.perform(get("/api/v1/beoordelingsrondes/41").with(httpBasic("auditor", "test")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEEM))
                .andExpect(jsonPath("$.title").value("Niet gevonden"))
                .andExpect(jsonPath("$.detail").value("Beoordelingsronde 41 bestaat niet"));
    }
}
