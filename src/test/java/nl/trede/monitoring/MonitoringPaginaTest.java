package nl.trede.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The server-rendered pages: the map's shapes and colours, the tables and their figures. */
@ApplicatieMetDatabase
class MonitoringPaginaTest {

    /** This test's own fixture: the monitoring figures of the national dashboard and of the PRT Drenthe notitie of 19 November 2025. */
    @BeforeAll
    static void gegevens(@Autowired ApplicationContext context) {
        Monitoringgegevens.laad(context);
    }

    private static final Pattern VLAK = Pattern.compile(
            "<path id=\"(GM\\d{4})\" class=\"gemeente\" tabindex=\"0\" d=\"[^\"]+\" fill=\"(#[0-9a-f]{6})\" data-gemeente=\"\\1\" data-signaal=\"([a-z-]+)\"");

    @Autowired
    MockMvc mvc;

    private String pagina(String url) throws Exception {
        return mvc.perform(get(url).with(user("auditor").roles("AUDITOR"))).andReturn().getResponse().getContentAsString();
    }

    private static Map<String, String[]> vlakken(String html) {
        Map<String, String[]> vlakken = new LinkedHashMap<>();
        Matcher m = VLAK.matcher(html);
        while (m.find()) {
            vlakken.put(m.group(1), new String[] {m.group(2), m.group(3)});
        }
        return vlakken;
    }

    @Test
    void deKaartVanDrentheHeeftTwaalfGemeentenInDeKleurVanHunSignaal() throws Exception {
        String html = pagina("/monitoring/kaart?gebied=PV22&opgave=ASIEL&peildatum=2025-11-01");
        Map<String, String[]> vlakken = vlakken(html);
        assertThat(vlakken).hasSize(12);
        // Tynaarlo: 150 of 250 = 60% rood; Hoogeveen 952 of 940 groen; Borger-Odoorn 22 of 0: geen opgave
        assertThat(vlakken.get("GM1730")).containsExactly("#c8102e", "rood");
        assertThat(vlakken.get("GM0118")).containsExactly("#2e8540", "groen");
        assertThat(vlakken.get("GM1681")).containsExactly("#6f8fb8", "geen-opgave");
        for (String[] vlak : vlakken.values()) {
            assertThat(vlak[0]).isEqualTo(kleur(vlak[1]));
        }
        assertThat(html).contains("Grenzen: CBS/PDOK").contains("id=\"kaarttabel\"").contains("/monitoring/gemeenten/GM1730");
    }

    @Test
    void oekraineKleurtPerVeiligheidsregio() throws Exception {
        // VR03 Drenthe is the twelve Drentse gemeenten: 4978 of 5648 = 88,1% oranje, for each of them
        Map<String, String[]> vlakken = vlakken(pagina("/monitoring/kaart?gebied=PV22&opgave=OEKRAINE&peildatum=2025-11-01"));
        assertThat(vlakken).hasSize(12);
        assertThat(vlakken.values()).allSatisfy(v -> assertThat(v[1]).isEqualTo("oranje"));
    }

    @Test
    void deLandelijkeKaartHeeft342Gemeenten() throws Exception {
        String html = pagina("/monitoring/kaart?gebied=NL&opgave=ASIEL&peildatum=2025-11-01");
        assertThat(vlakken(html)).hasSize(342);
        // The table lists the gemeenten with figures (at least Drenthe's 12); one line counts the rest.
        int rijen = html.split("<tr data-gemeente=").length - 1;
        assertThat(rijen).isGreaterThanOrEqualTo(12);
        assertThat(html).contains("Niet in de tabel: " + (342 - rijen) + " gemeenten zonder gegevens");
    }

    @Test
    void deLandelijkeKaartjesTonenHetSchema() throws Exception {
        String html = pagina("/monitoring?peildatum=2024-09-01");
        assertThat(html).contains("87.300").contains("6.646,67").contains("111.623,88").contains("Drenthe");
    }

    /**
     * The chart under a card has axes, dates and values. Opvang Asiel goes from 69.900 on 1 January 2024 to 96.000 on
     * 1 January 2025 (monitoring/landelijke-opgaven-indicatief-schema.csv): under the x axis the months of both and of
     * the peildatum (in the viewBox 65, 293 and 217 units from the left, further apart than the 52 two labels need),
     * beside the y axis 0 and the highest value, by the line both opgaven.
     */
    @Test
    void hetKaartjeHeeftAssenDatumsEnWaarden() throws Exception {
        String html = pagina("/monitoring?peildatum=2024-09-01");
        String asiel = html.substring(html.indexOf("data-opgave=\"ASIEL\""));
        asiel = asiel.substring(0, asiel.indexOf("</article>"));
        assertThat(teksten(asiel, "xas")).containsExactly("jan. 2024", "jan. 2025", "sep. 2024");
        assertThat(teksten(asiel, "yas")).containsExactly("0", "96.000");
        assertThat(teksten(asiel, "waarde")).containsExactly("69.900", "96.000");
        assertThat(asiel.split("<line class=\"as\"", -1)).hasSize(3);
    }

    private static List<String> teksten(String svg, String klasse) {
        Matcher m = Pattern.compile("<text[^>]* class=\"" + klasse + "\"[^>]*>([^<]*)</text>").matcher(svg);
        List<String> teksten = new ArrayList<>();
        while (m.find()) {
            teksten.add(m.group(1));
        }
        return teksten;
    }

    @Test
    void deProvincietabelSplitstAsielInRegulierNoEnTgo() throws Exception {
        mvc.perform(post("/api/v1/monitoring/invoer/realisaties")
                .with(user("toezichthouder").roles("TOEZICHTHOUDER")).with(csrf()).contentType("text/csv")
                .content("opgave,gebied,peildatum,realisatie,regulier,noodopvang,tgo\nASIEL,GM0654,2024-08-01,61,31,19,11\n"));
        String html = pagina("/monitoring?peildatum=2024-09-01");
        String zeeland = html.substring(html.indexOf("data-provincie=\"PV29\""));
        zeeland = zeeland.substring(0, zeeland.indexOf("</tr>"));
        assertThat(zeeland).contains(">61<", ">31<", ">19<", ">11<");
    }

    @Test
    void drentheToontDeTabellenVanSeed002() throws Exception {
        String html = pagina("/monitoring/provincies/PV22?peildatum=2025-11-03");
        assertThat(html).contains("5.648").contains("4.978").contains("−670").contains("3.814").contains("3.819")
                .contains("geen opgave (14 gerealiseerd)").contains("id=\"huisvesting\"").contains("819");
    }

    @Test
    void eenGemeentepagina() throws Exception {
        assertThat(pagina("/monitoring/gemeenten/GM1701?peildatum=2025-11-03")).contains("Westerveld").contains("geen opgave");
    }

    /** The path names a gemeente by its CBS code, as CBS writes it or in lower case; anything else is no gemeente. */
    @Test
    void eenGemeentepaginaAlleenOpGemeentecode() throws Exception {
        assertThat(pagina("/monitoring/gemeenten/gm1701?peildatum=2025-11-03")).contains("Westerveld");
        for (String geen : new String[] {"GM170", "GM17010", "PV22", "VR03", "GM9999", "G".repeat(5000)}) {
            mvc.perform(get("/monitoring/gemeenten/" + geen).with(user("auditor").roles("AUDITOR")))
                    .andExpect(status().isNotFound());
        }
    }

    private static String kleur(String klasse) {
        return klasse.equals("onbekend") ? Signaal.KLEUR_ONBEKEND : Signaal.valueOf(klasse.toUpperCase().replace('-', '_')).kleur();
    }
}
