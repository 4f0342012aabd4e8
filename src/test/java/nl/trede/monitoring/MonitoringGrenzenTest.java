package nl.trede.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The monitoring import no longer reads "1.5" as 15 nor takes 2147483647; rows are the file's own lines. */
@ApplicatieMetDatabase
class MonitoringGrenzenTest {

    @Autowired
    MockMvc mvc;

    @Test
    void eenDecimaalGetalEnEenGetalBovenDeGrensWordenGeweigerdOpDeRegelVanHetBestand() throws Exception {
        mvc.perform(post("/api/v1/monitoring/invoer/realisaties").with(httpBasic("toezichthouder", "test"))
                        .contentType("text/csv")
                        // line 2 is blank, so the rows are lines 3 and 4
                        .content("opgave,gebied,peildatum,realisatie\n\nAMV,GM0344,2024-10-01,1.5\n"
                                + "AMV,GM0344,2024-11-01,2147483647\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fouten.length()").value(2))
                .andExpect(jsonPath("$.fouten[0].rij").value(3))
                .andExpect(jsonPath("$.fouten[0].kolom").value("realisatie"))
                .andExpect(jsonPath("$.fouten[0].melding").value("'1.5' is geen geheel getal; schrijf alleen cijfers, "
                        + "zonder punt, komma of spatie (een min-teken mag vooraan)"))
                .andExpect(jsonPath("$.fouten[1].rij").value(4))
                .andExpect(jsonPath("$.fouten[1].melding").value("realisatie is 2147483647, maar moet liggen tussen 0 en 1000000"));
    }

    @Test
    void hetMaandoverzichtMetPuntkommasGaatDoorDeEneLezerVanCoa() throws Exception {
        // the overview's sum of row 2 is wrong (stand 1 July 42 should be 32 + 22 - 12 = 42; made 43)
        String csv = "gemeente;stand_2025_01_01;taakstelling_2025_1;realisatie_2025_1;stand_2025_07_01;taakstelling_2025_2;"
                + "correcties;totaal_2025_2;realisatie_2025_07;realisatie_2025_08;realisatie_2025_09;realisatie_2025_10;"
                + "realisatie_2025_11;realisatie_2025_12;realisatie_tot_2026_01_01;achter_voor_2026_01_01\n"
                + "Aa en Hunze;32;22;12;43;19;0;62;9;10;3;4;0;0;26;36\n";
        mvc.perform(post("/api/v1/monitoring/invoer/huisvesting").param("periode", "2025-2").param("peildatum", "2025-11-01")
                        .with(httpBasic("toezichthouder", "test")).contentType("text/csv").content(csv))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fouten[0].rij").value(2))
                .andExpect(jsonPath("$.fouten[0].kolom").value("stand_2025_07_01"))
                .andExpect(jsonPath("$.fouten[0].melding").value("stand_2025_07_01 is 43, maar stand_2025_01_01 + "
                        + "taakstelling_2025_1 - realisatie_2025_1 = 32 + 22 - 12 = 42. Controleer deze rij tegen het "
                        + "overzicht van COA."));
    }
}
