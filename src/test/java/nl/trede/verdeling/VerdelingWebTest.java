package nl.trede.verdeling;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import nl.trede.systeem.NietGevondenException;
import nl.trede.systeem.WebLaag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The verdeling API as a web layer: who may compute one, where it can be found afterwards, and what a
 * bad address gets back. Reading and validating the request is the service's, tested for real in
 * {@code VerdelingApiTest}.
 */
@WebMvcTest(VerdelingController.class)
@WebLaag
class VerdelingWebTest {

    private static final Verdeling VERDELING = new Verdeling(31L, "PV23", "Overijssel", "test", false, null, "abc",
            "toezichthouder", Instant.parse("2024-12-20T00:00:00Z"), List.of(), SoortUitkomst.gepubliceerd(0),
            SoortUitkomst.gepubliceerd(0), List.of());

    @Autowired
    MockMvc mvc;
    @MockitoBean
    VerdelingService service;

    @Test
    void eenToezichthouderBerekentEenVerdelingEnKrijgtHaarAdres() throws Exception {
        when(service.berekenUitJson(any(), anyLong(), eq("toezichthouder"))).thenReturn(VERDELING);
        mvc.perform(post("/api/v1/verdelingen").with(httpBasic("toezichthouder", "test"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/verdelingen/31"))
                .andExpect(jsonPath("$.id").value(31));
    }

    @Test
    void eenAuditorEnEenBeleidsmedewerkerBerekenenNiets() throws Exception {
        for (String wie : List.of("auditor", "beleid")) {
            mvc.perform(post("/api/v1/verdelingen").with(httpBasic(wie, "test")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.title").value("Geen toegang"));
        }
        verifyNoInteractions(service);
    }

    @Test
    void eenIdDieGeenGetalIs() throws Exception {
        mvc.perform(get("/api/v1/verdelingen/abc").with(httpBasic("auditor", "test")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("'abc' is geen geldige waarde voor 'id'")));
        verifyNoInteractions(service);
    }

    @Test
    void eenOnbekendeVerdelingIsNietGevonden() throws Exception {
        when(service.verdeling(404)).thenThrow(new NietGevondenException("Er is geen verdeling met id 404"));
        mvc.perform(get("/api/v1/verdelingen/404").with(httpBasic("auditor", "test")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Niet gevonden"))
                .andExpect(jsonPath("$.detail").value("Er is geen verdeling met id 404"));
    }
}
