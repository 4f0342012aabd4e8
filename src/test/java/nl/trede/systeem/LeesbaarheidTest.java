package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.invoer.InvoerService;
import nl.trede.kern.Periode;
import nl.trede.regels.RegelsetService;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.Testcijfers;
import nl.trede.support.Testklok;
import nl.trede.verdeling.VerdelingService;
import org.junit.jupiter.api.Test;
import nl.trede.verdeling.GepubliceerdBesluitOverijssel;
import org.springframework.context.ApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What made an officer doubt the numbers (issue 13, point 7), each on the page where it was seen: facts
 * and conclusions as tables, trede names with an arrow, Dutch counts, Amsterdam times, the parameter
 * {@code treden} as a table.
 */
@ApplicatieMetDatabase
class LeesbaarheidTest {

    /** Written here, not taken from {@link Tijdstip}: what a Dutch reader expects, independent of the app. */
    private static final DateTimeFormatter AMSTERDAM = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag("nl"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BeoordelingService beoordelingen;
    @Autowired
    TokenService tokens;
    @Autowired
    RegelsetService regelsets;
    @Autowired
    VerdelingService verdelingen;
    @Autowired
    InvoerService invoer;
    @Autowired
    Testklok.Verstelbaar klok;

    /**
     * Groningen 2048-1 under the standaardkader, ondergrens on the totaalopgave O = stand begin + taakstelling +
     * correcties = 10 for each:
     * Groningen R 2 < 10, from trede 1: up to 2. Stadskanaal R 10 = O, from trede 3: down to 1. Veendam R 10 = O,
     * tijdig gekoppeld 5 < O: judged on the koppelingstekort, trede 1 as before.
     */
    private long groningen() {
        new Testcijfers(jdbc, "leesbaarheid-2048-1.csv")
                .voegToe("GM0014", "2048-1", 10, 0, 0, 2, null, 1)
                .voegToe("GM0037", "2048-1", 10, 0, 0, 10, null, 3)
                .voegToe("GM0047", "2048-1", 10, 0, 0, 10, 5, 1);
        return beoordelingen.start(Periode.van("2048-1"), "Groningen", "toezichthouder").id();
    }

    /** This test's own fixture: a verdeling on /verdelingen, the published Verdeelbesluit Overijssel 2024. */
    @BeforeAll
    static void gegevens(@Autowired ApplicationContext context) {
        GepubliceerdBesluitOverijssel.laad(context);
    }

    @Test
    void feitenEnConclusiesAlsTabellenNietAlsJson() throws Exception {
        long ronde = groningen();
        Beoordeling groningen = beoordelingen.beoordelingen(ronde).stream().filter(b -> b.gemeente().equals("GM0014")).findFirst()
                .orElseThrow();
        String pagina = pagina("/beoordelingen/" + groningen.id());
        assertThat(pagina).contains("<caption>Feit: HalfjaarCijfers</caption>", "<caption>Conclusie: TredeVoorstel</caption>",
                "<th scope=\"row\">realisatie</th><td>2</td>");
        assertThat(pagina).doesNotContain("{\"", "\":");
    }

    @Test
    void deRondeNoemtDeTredeMetNaamEnPijlEnTeltInGoedNederlands() throws Exception {
        String pagina = tekst(pagina("/rondes/" + groningen()));
        assertThat(pagina).contains("Groningen trede 2 Attenderen ↑omhoog ten opzichte van trede 1",
                "Stadskanaal trede 1 Adequaat ↓omlaag ten opzichte van trede 3",
                "Veendam trede 1 Adequaat =gelijk ten opzichte van trede 1",
                "1 van de 3 gemeenten is beoordeeld op het koppelingstekort");

        // 2048-2: both with tijdig gekoppeld 5 < O = 10, so both on the koppelingstekort.
        new Testcijfers(jdbc, "leesbaarheid-2048-2.csv")
                .voegToe("GM0014", "2048-2", 10, 0, 0, 10, 5, 1)
                .voegToe("GM0037", "2048-2", 10, 0, 0, 10, 5, 1);
        long tweede = beoordelingen.start(Periode.van("2048-2"), "Groningen", "toezichthouder").id();
        assertThat(tekst(pagina("/rondes/" + tweede))).contains("2 van de 2 gemeenten zijn beoordeeld op het koppelingstekort",
                "Voorgesteld: 2 gemeenten op trede 1.");
    }

    @Test
    void deParameterTredenIsEenTabel() throws Exception {
        String pagina = pagina("/regels");
        assertThat(pagina).contains("<table class=\"waardetabel\">", "<td>Attenderen: ambtelijk overleg</td>")
                .doesNotContain("{trede=", "{kleur=", "naam=Adequaat");
    }

    /**
     * A moment in summer, 22:30 UTC on 30 June, is 00:30 on 1 July in Amsterdam (UTC+2): the date turns too,
     * so a page that shows UTC shows another day. What trede times with its own clock is made at that moment;
     * what it times with the system clock (an import, a verdeling) is read back and shown as Amsterdam has it.
     */
    @Test
    void elkeTijdIsDeTijdVanAmsterdam() throws Exception {
        new Testcijfers(jdbc, "leesbaarheid-2049-1.csv").voegToe("GM0014", "2049-1", 10, 0, 0, 10, null, 1);
        klok.zet(Instant.parse("2126-06-30T22:30:00Z"));
        try {
            long ronde = beoordelingen.start(Periode.van("2049-1"), "Groningen", "toezichthouder").id();
            tokens.maak(new UsernamePasswordAuthenticationToken("auditor", null, List.of(new SimpleGrantedAuthority("ROLE_AUDITOR"))),
                    "tijdzonetoets", "AUDITOR", null);
            mvc.perform(formLogin().user("tijdzone-onbekend").password("fout"));
            pagina("/audit?volledig=true");

            String zomer = "1 juli 2126 00:30";
            assertThat(pagina("/rondes")).contains(zomer);
            assertThat(pagina("/rondes/" + ronde)).contains("op <span>" + zomer + "</span>");
            assertThat(pagina("/tokens")).contains("<td>" + zomer + "</td>");
            assertThat(pagina("/aanmeldpogingen")).contains(zomer);
            assertThat(pagina("/audit")).contains("<span>" + zomer + "</span>");
        } finally {
            klok.herstel();
        }
        assertThat(pagina("/verdelingen")).contains(AMSTERDAM.format(verdelingen.verdelingen().get(0).vastgelegdOp()));
        assertThat(pagina("/invoer")).contains(AMSTERDAM.format(invoer.recenteInvoer(1).get(0).ingevoerdOp()));
        assertThat(pagina("/regels")).contains(AMSTERDAM.format(regelsets.activaties().get(0).op()));
    }

    private String pagina(String pad) throws Exception {
        return mvc.perform(get(pad).with(user("auditor").roles("AUDITOR"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The page's words in a row: tags within a line of text gone, the others a space, every run of spaces one. */
    private static String tekst(String html) {
        return html.replaceAll("(?s)</?(span|a|strong|em|code|small)\\b[^>]*>", "").replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("\\s+", " ");
    }
}
