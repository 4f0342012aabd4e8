package nl.trede.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The API and the service on the demo data of the national dashboard (Opvang, Asiel, Huisvesting vergunninghouders, Opvang AMV, Opvang Oekraïne, Nidos AMV) and the notitie 'Stand van zaken realisatie opgaven' (Bestuurlijke PRT Drenthe, 19 November 2025). */
@ApplicatieMetDatabase
class MonitoringApiTest {

    /** This test's own fixture: the monitoring figures of the national dashboard and of the PRT Drenthe notitie of 19 November 2025. */
    @BeforeAll
    static void gegevens(@Autowired ApplicationContext context) {
        Monitoringgegevens.laad(context);
    }

    private static final LocalDate NOVEMBER = LocalDate.of(2025, 11, 3);

    @Autowired
    MockMvc mvc;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    SignaalRegels regels;

    @Test
    void hetLandelijkeSchemaAsielOp1September2024() throws Exception {
        mvc.perform(get("/api/v1/monitoring/schema?opgave=ASIEL&gebied=NL&peildatum=2024-09-01").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opgave").value("ASIEL"))
                .andExpect(jsonPath("$.gebied").value("NL"))
                .andExpect(jsonPath("$.peildatum").value("2024-09-01"))
                .andExpect(jsonPath("$.schema").value(87300))
                .andExpect(jsonPath("$.oudeOpgave").value(69900))
                .andExpect(jsonPath("$.oudeDatum").value("2024-01-01"))
                .andExpect(jsonPath("$.nieuweOpgave").value(96000))
                .andExpect(jsonPath("$.nieuweDatum").value("2025-01-01"))
                // the national dashboard gives no national realisatie figures
                .andExpect(jsonPath("$.realisatie").isEmpty())
                .andExpect(jsonPath("$.percentage").isEmpty())
                .andExpect(jsonPath("$.signaal").isEmpty());
    }

    @Test
    void hetLandelijkeSchemaAmvOpDeDag() {
        assertThat(monitoring.stand(OpgaveSoort.AMV, "NL", LocalDate.of(2024, 9, 1)).schema())
                .isEqualByComparingTo("6646.6666666667");
    }

    @Test
    void drentheTotalenUitSeed002() {
        ProvincieOverzicht drenthe = monitoring.provincieOverzicht("PV22", NOVEMBER);
        assertThat(drenthe.gemeenten()).hasSize(12);
        assertCel(drenthe.totaal().opgaven().get(OpgaveSoort.OEKRAINE), 5648, 4978, -670);
        assertCel(drenthe.totaal().opgaven().get(OpgaveSoort.ASIEL), 3814, 3819, 5);
        assertCel(drenthe.totaal().opgaven().get(OpgaveSoort.AMV), 341, 191, -150);
        Overzichtsregel noordenveld = drenthe.gemeenten().stream().filter(r -> r.naam().equals("Noordenveld")).findFirst().orElseThrow();
        assertCel(noordenveld.opgaven().get(OpgaveSoort.OEKRAINE), 503, 181, -322);
        Overzichtsregel aaEnHunze = drenthe.gemeenten().get(0);
        assertThat(aaEnHunze.naam()).isEqualTo("Aa en Hunze");
        assertThat(aaEnHunze.opgaven().get(OpgaveSoort.AMV).leeg()).as("leeg in the PRT Drenthe notitie of 19 November 2025: geen opgave").isTrue();
    }

    @Test
    void drentheOverDeApi() throws Exception {
        mvc.perform(get("/api/v1/monitoring/provincies/PV22?peildatum=2025-11-03").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gemeenten.length()").value(12))
                .andExpect(jsonPath("$.totaal.opgaven.OEKRAINE.opgave").value(5648))
                .andExpect(jsonPath("$.totaal.opgaven.OEKRAINE.realisatie").value(4978))
                .andExpect(jsonPath("$.totaal.opgaven.OEKRAINE.verschil").value(-670));
    }

    @Test
    void westerveldsNidosplekkenZijnGeenOpgaveEnGeenNulProcent() {
        Stand westerveld = monitoring.stand(OpgaveSoort.NIDOS_AMV, "GM1701", NOVEMBER);
        assertThat(westerveld.schema()).isEqualByComparingTo("0");
        assertThat(westerveld.realisatie()).isEqualTo(14);
        assertThat(westerveld.percentage()).isNull();
        assertThat(westerveld.signaal()).isEqualTo(Signaal.GEEN_OPGAVE);
        Stand assen = monitoring.stand(OpgaveSoort.NIDOS_AMV, "GM0106", NOVEMBER);
        assertThat(assen.signaal()).isEqualTo(Signaal.GROEN);
    }

    @Test
    void deSignaalgrenzenPreciesOp100En75Procent() {
        Map<String, Signaalconclusie> signalen = regels.signalen(List.of(
                new Meting("100", false, new BigDecimal("100")),
                new Meting("99,99", false, new BigDecimal("99.9999999999")),
                new Meting("75", false, new BigDecimal("75.0000000000")),
                new Meting("74,99", false, new BigDecimal("74.9999999999")),
                new Meting("0", true, null)), NOVEMBER);
        assertThat(signalen.get("100").signaal()).isEqualTo(Signaal.GROEN);
        assertThat(signalen.get("99,99").signaal()).isEqualTo(Signaal.ORANJE);
        assertThat(signalen.get("75").signaal()).isEqualTo(Signaal.ORANJE);
        assertThat(signalen.get("74,99").signaal()).isEqualTo(Signaal.ROOD);
        assertThat(signalen.get("0").signaal()).isEqualTo(Signaal.GEEN_OPGAVE);
    }

    @Test
    void eenRealisatieGelijkAanHetSchemaIsGroen() {
        // Emmen: Oekraine opgave 996, realisatie 1004; asiel 675 of 675 is exactly 100%
        Stand emmen = monitoring.stand(OpgaveSoort.ASIEL, "GM0114", NOVEMBER);
        assertThat(emmen.percentage()).isEqualByComparingTo("100");
        assertThat(emmen.signaal()).isEqualTo(Signaal.GROEN);
    }

    @Test
    void huisvestingDrentheOpSchemaNaVierMaanden() {
        // Aa en Hunze: totaal 61, realised 9+10+3+4 = 26 by 1 November; schema 61*4/6 = 40,67: 63,9% rood
        Stand s = monitoring.stand(OpgaveSoort.HUISVESTING, "GM1680", LocalDate.of(2025, 11, 1));
        assertThat(s.schema()).isEqualByComparingTo("40.6666666667");
        assertThat(s.realisatie()).isEqualTo(26);
        assertThat(s.signaal()).isEqualTo(Signaal.ROOD);
    }

    @Test
    void eenOnbekendeGemeenteWordtGeweigerdMetSuggesties() throws Exception {
        mvc.perform(post("/api/v1/monitoring/invoer/nidos?peildatum=2025-11-03&opgavedatum=2026-01-01")
                        .with(httpBasic("toezichthouder", "test")).contentType("text/csv")
                        .content("gemeente,gerealiseerd,taakstelling_2026_01_01\nHOOGVEEN,0,11\nNergenshuizen,x,3\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fouten.length()").value(3))
                // the factsheet's misspelling is refused, naming the gemeente it comes closest to
                .andExpect(jsonPath("$.fouten[0].rij").value(2))
                .andExpect(jsonPath("$.fouten[0].melding").value(org.hamcrest.Matchers.containsString("Hoogeveen (GM0118)")))
                .andExpect(jsonPath("$.fouten[1].rij").value(3))
                .andExpect(jsonPath("$.fouten[1].kolom").value("gemeente"))
                .andExpect(jsonPath("$.fouten[2].kolom").value("gerealiseerd"));
    }

    @Test
    void asielrealisatiesMetHunDelen() throws Exception {
        mvc.perform(post("/api/v1/monitoring/invoer/realisaties").with(httpBasic("toezichthouder", "test")).contentType("text/csv")
                        .content("opgave,gebied,peildatum,realisatie,regulier,noodopvang,tgo\n"
                                + "ASIEL,Utrecht,2024-09-01,1200,900,200,100\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.realisaties").value(1));
        assertThat(monitoring.stand(OpgaveSoort.ASIEL, "GM0344", LocalDate.of(2024, 9, 1)).realisatie()).isEqualTo(1200);
        mvc.perform(post("/api/v1/monitoring/invoer/realisaties").with(httpBasic("toezichthouder", "test")).contentType("text/csv")
                        .content("opgave,gebied,peildatum,realisatie,regulier,noodopvang,tgo\n"
                                + "ASIEL,GM0344,2024-10-01,1200,900,200,0\n"
                                + "AMV,GM0344,2024-10-01,5,5,,\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fouten[0].rij").value(2))
                .andExpect(jsonPath("$.fouten[0].kolom").value("realisatie"))
                .andExpect(jsonPath("$.fouten[1].rij").value(3));
    }

    @Test
    void deAuditorMagNietsInvoeren() throws Exception {
        mvc.perform(post("/api/v1/monitoring/invoer/realisaties").with(httpBasic("auditor", "test")).contentType("text/csv")
                        .content("opgave,gebied,peildatum,realisatie\n"))
                .andExpect(status().isForbidden());
    }

    @Test
    void eenOnbekendGebiedIs404() throws Exception {
        mvc.perform(get("/api/v1/monitoring/schema?opgave=ASIEL&gebied=GM9999&peildatum=2024-09-01").with(httpBasic("auditor", "test")))
                .andExpect(status().isNotFound());
    }

    private static void assertCel(Cel cel, int opgave, int realisatie, int verschil) {
        assertThat(cel.opgave()).isEqualByComparingTo(BigDecimal.valueOf(opgave));
        assertThat(cel.realisatie()).isEqualTo(realisatie);
        assertThat(cel.verschil()).isEqualByComparingTo(BigDecimal.valueOf(verschil));
    }
}
