package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.beoordeling.Beoordelingsronde;
import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.Testcijfers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Live reload: validate and activate without a restart; a broken rule set is refused and recorded. */
@ApplicatieMetDatabase
class RegelsetActivatieTest {

    @Autowired
    RegelsetService regelsets;
    @Autowired
    BeoordelingService beoordelingen;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock klok;

    @Test
    void eenKapotteRegelsetWordtGeweigerdEnDeVolgendeRondeRekentMetDeVorige() {
        Regelset vorige = regelsets.actief("interventieladder/utrecht-2024");
        SortedMap<String, String> kapot = new TreeMap<>(regelsets.leesBron());
        kapot.put("interventieladder/utrecht-2024/uitkomst.drl", kapot.get("interventieladder/utrecht-2024/uitkomst.drl")
                .replace("totaalopgave <= $r", "totaalopgave <= $onbekend"));

        Regelactivatie activatie = regelsets.activeer(kapot, "beleid", "test: kapotte regelset");

        assertThat(activatie.geldig()).isFalse();
        assertThat(activatie.gewijzigd()).containsExactly("interventieladder/utrecht-2024");
        assertThat(activatie.fouten()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.bestand()).isEqualTo("interventieladder/utrecht-2024/uitkomst.drl");
            assertThat(f.regel()).isPositive();
        });
        assertThat(regelsets.actief("interventieladder/utrecht-2024")).isSameAs(vorige);
        assertThat(jdbc.sql("select door || ' ' || geldig || ' ' || domein from regelset_activatie where id = ?")
                .param(activatie.pogingen().get(0).id()).query(String.class).single())
                .isEqualTo("beleid false interventieladder/utrecht-2024");

        // Utrecht 2062-1 falls under utrecht-2024 (PV26, from 2024-1): the version in use before the refused one.
        new Testcijfers(jdbc, "activatie-2062.csv").voegToe("GM0344", "2062-1", 20, 0, 0, 5, null, null);
        Beoordelingsronde ronde = beoordelingen.start(Periode.van("2062-1"), "Utrecht", "toezichthouder");
        assertThat(beoordelingen.beoordelingen(ronde.id())).extracting(b -> b.kader() + " " + b.kaderVersie())
                .containsExactly("utrecht-2024 " + vorige.versie());
    }

    @Test
    void eenBriefVanVoorEenGewijzigdSjabloonHoudtHetSjabloonVanToen() {
        Instant toen = klok.instant();
        Regelset brieven = regelsets.actief("brieven");
        SortedMap<String, String> bron = regelsets.leesBron();
        SortedMap<String, String> gewijzigd = new TreeMap<>(bron);
        String sjabloon = gewijzigd.get("brieven/toezichtbrief.html");
        assertThat(sjabloon).contains("Toezichtbrief huisvesting vergunninghouders, aan het college");
        gewijzigd.put("brieven/toezichtbrief.html", sjabloon.replace("Toezichtbrief huisvesting vergunninghouders, aan het college",
                "Toezichtbrief huisvesting vergunninghouders (herzien), aan het college"));
        try {
            Regelactivatie activatie = regelsets.activeer(gewijzigd, "beleid", "test: herzien sjabloon");
            assertThat(activatie.geldig()).as(String.join("\n", activatie.meldingen())).isTrue();
            assertThat(activatie.gewijzigd()).containsExactly("brieven");

            // What was vastgesteld before the change keeps the template of then; what comes after gets the new one.
            assertThat(regelsets.inGebruikOp("brieven", toen).versie()).isEqualTo(brieven.versie());
            assertThat(regelsets.inGebruikOp("brieven", klok.instant()).versie()).isEqualTo(activatie.pogingen().get(0).versie())
                    .isNotEqualTo(brieven.versie());
        } finally {
            assertThat(regelsets.activeer(bron, "beleid", "test: terug naar de vorige").geldig()).isTrue();
        }
    }

    @Test
    void eenGeldigeRegelsetNeemtZonderHerstartOver() {
        Regelset vorige = regelsets.actief("interventieladder/standaard");
        SortedMap<String, String> bron = regelsets.leesBron();
        SortedMap<String, String> gewijzigd = new TreeMap<>(bron);
        gewijzigd.put("interventieladder/standaard/trede.drl", gewijzigd.get("interventieladder/standaard/trede.drl") + "\n// toelichting\n");
        try {
            Regelactivatie activatie = regelsets.activeer(gewijzigd, "beleid", "test: toelichting erbij");
            assertThat(activatie.geldig()).as(String.join("\n", activatie.meldingen())).isTrue();
            Activatie poging = activatie.pogingen().get(0);
            assertThat(regelsets.actief("interventieladder/standaard").versie()).isEqualTo(poging.versie()).isNotEqualTo(vorige.versie());
            assertThat(jdbc.sql("select count(*) from regelset_bestand where versie = ?").param(poging.versie())
                    .query(Integer.class).single()).isEqualTo(vorige.bestanden().size());
            assertThat(regelsets.activaties()).first().satisfies(a -> assertThat(a.id()).isEqualTo(poging.id()));
        } finally {
            assertThat(regelsets.activeer(bron, "beleid", "test: terug naar de vorige").geldig()).isTrue();
        }
        assertThat(regelsets.actief("interventieladder/standaard").versie()).isEqualTo(vorige.versie());
    }

    @Test
    void hetLadenBijHetStartenIsEenActivatieDoorSysteem() {
        assertThat(jdbc.sql("select count(*) from regelset_activatie where door = 'systeem' and geldig")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void alleenEenBeleidsmedewerkerMagActiveren() throws Exception {
        for (String wie : new String[] {"toezichthouder", "auditor"}) {
            mvc.perform(post("/api/v1/regelsets/activeer").with(httpBasic(wie, "test"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reden\": \"niet mijn rol\"}")).andExpect(status().isForbidden());
            mvc.perform(post("/regels/activeer").with(user(wie).roles(wie.toUpperCase())).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/regelsets/activeer").with(httpBasic("beleid", "test"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reden\": \"Controle van de rechten\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.geldig").value(true))
                .andExpect(jsonPath("$.reden").value("Controle van de rechten"))
                .andExpect(jsonPath("$.gewijzigd").isEmpty());
        mvc.perform(get("/api/v1/regelsets").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.domeinen[?(@.domein == 'interventieladder/standaard')].versie")
                        .value(regelsets.actief("interventieladder/standaard").versie()))
                .andExpect(jsonPath("$.domeinen[?(@.domein == 'interventieladder/utrecht-2024')].kader.provincies[0]").value("PV26"));
    }
}
