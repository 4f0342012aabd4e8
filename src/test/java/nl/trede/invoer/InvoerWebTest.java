package nl.trede.invoer;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import nl.trede.bestand.Bestanden;
import nl.trede.bestand.Bestandslimieten;
import nl.trede.systeem.Invoerfout;
import nl.trede.systeem.OngeldigeInvoerException;
import nl.trede.systeem.WebLaag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import API as a web layer, with trede's own bounded reading of the body ({@link Bestanden}, here
 * limited to 1 KB): who may import, and what a too large or refused file gets back. Reading the figures
 * for real is {@code InvoerApiTest}'s.
 */
@WebMvcTest(controllers = InvoerController.class, properties = "trede.invoer.max-bytes=1KB")
@WebLaag
@Import(Bestanden.class)
@EnableConfigurationProperties(Bestandslimieten.class)
class InvoerWebTest {

    private static final String CSV = "gemeente,periode,taakstelling\nGM0106,2025-1,12\n";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    InvoerService service;

    @Test
    void eenToezichthouderVoertInEnHoortHoeveelRijen() throws Exception {
        when(service.voerIn(eq("huisvesting.csv"), eq(CSV.getBytes(StandardCharsets.UTF_8)), eq("toezichthouder")))
                .thenReturn(new Invoerresultaat(1, new TreeMap<>(), List.of()));
        mvc.perform(post("/api/v1/invoer/huisvesting").with(httpBasic("toezichthouder", "test"))
                        .contentType("text/csv").content(CSV))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rijen").value(1));
    }

    @Test
    void eenAuditorVoertNietsIn() throws Exception {
        mvc.perform(post("/api/v1/invoer/huisvesting").with(httpBasic("auditor", "test")).contentType("text/csv").content(CSV))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Geen toegang"));
        verifyNoInteractions(service);
    }

    @Test
    void eenBestandBovenDeGrensWordtNietGelezen() throws Exception {
        // 1 KB is 1024 bytes; 1025 is one too many.
        mvc.perform(post("/api/v1/invoer/huisvesting").with(httpBasic("toezichthouder", "test"))
                        .contentType("text/csv").content("x".repeat(1025)))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Bestand te groot"));
        verifyNoInteractions(service);
    }

    @Test
    void eenAnderFormaatWordtGeweigerd() throws Exception {
        mvc.perform(post("/api/v1/invoer/huisvesting").with(httpBasic("toezichthouder", "test"))
                        .contentType("application/json").content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("Formaat niet ondersteund"));
        verifyNoInteractions(service);
    }

    @Test
    void geweigerdeInvoerKomtTerugMetRijEnKolom() throws Exception {
        when(service.voerIn(anyString(), any(), anyString())).thenThrow(new OngeldigeInvoerException("Ongeldige cijfers",
                List.of(new Invoerfout(2, "taakstelling", "'12,5' is geen geheel getal"))));
        mvc.perform(post("/api/v1/invoer/huisvesting").with(httpBasic("toezichthouder", "test"))
                        .contentType("text/csv").content(CSV))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Ongeldige cijfers"))
                .andExpect(jsonPath("$.detail").value(startsWith("1 fout; er is niets opgeslagen")))
                .andExpect(jsonPath("$.fouten[0].rij").value(2))
                .andExpect(jsonPath("$.fouten[0].kolom").value("taakstelling"));
    }
}
