package nl.trede.systeem;

import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.support.Testcijfers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * Every page controller sent what a user mistypes or an attacker tries: unknown ids, values of the
 * wrong kind, another role's action, a stale form. Through the real servlet container (error pages
 * are rendered on its error dispatch, which MockMvc does not do): always a Dutch page with the shared
 * header, the right status, never Spring's "Whitelabel Error Page" or a stack trace.
 */
@ApplicatieMetDatabase
class FoutpaginaTest {

    @LocalServerPort
    int poort;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BeoordelingService beoordelingen;

    Browsersessie auditor;

    @BeforeEach
    void meldAan() throws Exception {
        auditor = Browsersessie.aangemeld(poort, "auditor", "test");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/rondes/987654321                       | Beoordelingsronde 987654321 bestaat niet",
            "/beoordelingen/987654321                | Beoordeling 987654321 bestaat niet",
            "/verdelingen/987654321                  | Er is geen verdeling met id 987654321",
            "/verdelingen/987654321/tabel7.csv       | Er is geen verdeling met id 987654321",
            "/monitoring/provincies/PV99             | Geen provincie met code of naam 'PV99'",
            "/monitoring/gemeenten/GM9999            | Onbekend gebied 'GM9999'",
            "/monitoring/gemeenten/PV22              | Geen gemeente met code 'PV22'",
            "/monitoring/kaart?gebied=XX99           | Onbekend gebied 'XX99'",
            "/rondes/987654321/vergelijk/987654322   | Beoordelingsronde 987654321 bestaat niet",
            "/deze-pagina-bestaat-niet               | Het adres /deze-pagina-bestaat-niet bestaat niet."})
    void eenOnbekendeIdIsNietGevonden(String pad, String melding) throws Exception {
        HttpResponse<String> antwoord = auditor.get(pad);
        assertThat(antwoord.statusCode()).isEqualTo(404);
        assertNederlandseFoutpagina(antwoord, "Niet gevonden", melding);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/rondes/abc                             | 'abc' is geen geldige waarde voor 'id': verwacht een geheel getal",
            "/rondes/99999999999999999999            | '99999999999999999999' is geen geldige waarde voor 'id'",
            "/beoordelingen/1.5                      | '1.5' is geen geldige waarde voor 'id'",
            "/monitoring/kaart?opgave=ONBEKEND       | 'ONBEKEND' is geen geldige waarde voor 'opgave': verwacht een van OEKRAINE, ASIEL",
            "/monitoring?peildatum=31-12-2025        | '31-12-2025' is geen geldige waarde voor 'peildatum': verwacht een datum als jjjj-mm-dd",
            "/audit?gemeente=Assen&trede=2147483648  | '2147483648' is geen geldige waarde voor 'trede'"})
    void eenWaardeVanDeVerkeerdeSoortIsEenOnjuistVerzoek(String pad, String melding) throws Exception {
        HttpResponse<String> antwoord = auditor.get(pad);
        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertNederlandseFoutpagina(antwoord, "Onjuist verzoek", melding);
    }

    @Test
    void rondesVanVerschillendePeriodesVergelijkenIsEenOnjuistVerzoek() throws Exception {
        // Two runs of Bunschoten (GM0313), in 2084-1 and 2084-2: comparing them makes no sense.
        new Testcijfers(jdbc, "vergelijk-periodes.csv").voegToe("GM0313", "2084-1", 5, 0, 0, 5, null, null)
                .voegToe("GM0313", "2084-2", 5, 0, 0, 5, null, null);
        // Voorlopig: this context runs on today's clock, and 2084 has not ended.
        long a = beoordelingen.start(Periode.van("2084-1"), "Utrecht", "toezichthouder", true).id();
        long b = beoordelingen.start(Periode.van("2084-2"), "Utrecht", "toezichthouder", true).id();

        HttpResponse<String> antwoord = auditor.get("/rondes/" + a + "/vergelijk/" + b);

        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertNederlandseFoutpagina(antwoord, "Onjuist verzoek", "Ronde " + a + " (2084-1) en ronde " + b
                + " (2084-2) gaan over verschillende periodes; vergelijk rondes van dezelfde periode");
    }

    @Test
    void eenAndereRolKrijgtGeenToegang() throws Exception {
        HttpResponse<String> antwoord = auditor.post("/rondes", "/rondes", Map.of("periode", "2084-1"));
        assertThat(antwoord.statusCode()).isEqualTo(403);
        assertNederlandseFoutpagina(antwoord, "Geen toegang", "Dit mag niet met de rol auditor.");
        assertThat(antwoord.body()).contains("cijfers invoeren, rondes starten en verdelingen maken mag een toezichthouder");
    }

    @Test
    void eenVerlopenFormulierZegtWatTeDoen() throws Exception {
        Browsersessie toezichthouder = Browsersessie.aangemeld(poort, "toezichthouder", "test");
        HttpResponse<String> antwoord = toezichthouder.postZonderToken("/rondes", Map.of("periode", "2084-1", "_csrf", "oud"));
        assertThat(antwoord.statusCode()).isEqualTo(403);
        assertNederlandseFoutpagina(antwoord, "Geen toegang", Foutmeldingen.FORMULIER_VERLOPEN);
    }

    @Test
    void eenOnbekendeRondeHerhalenIsNietGevonden() throws Exception {
        HttpResponse<String> antwoord = auditor.post("/rondes", "/rondes/987654321/herhaling", Map.of());
        assertThat(antwoord.statusCode()).isEqualTo(404);
        assertNederlandseFoutpagina(antwoord, "Niet gevonden", "Ronde 987654321 heeft geen beslissingsbewijzen om te herhalen");
    }

    @Test
    void eenInvoerZonderBestandIsEenOnjuistVerzoek() throws Exception {
        Browsersessie toezichthouder = Browsersessie.aangemeld(poort, "toezichthouder", "test");
        HttpResponse<String> antwoord = toezichthouder.post("/invoer", "/invoer", Map.of("iets", "anders"));
        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertNederlandseFoutpagina(antwoord, "Onjuist verzoek", "Hier hoort een bestand bij");
    }

    @Test
    void eenTeGrootFormulierZegtHoeGrootHetMag() throws Exception {
        // A form without a file is read up to trede.http.max-body, 1 MB; this one is 3,000,000 bytes and a few, 2.86 MB.
        HttpResponse<String> antwoord = auditor.post("/tokens", "/tokens", Map.of("naam", "x".repeat(3_000_000), "rol", "AUDITOR"));
        assertThat(antwoord.statusCode()).isEqualTo(413);
        assertNederlandseFoutpagina(antwoord, "Te groot", "Het verzoek is te groot (2,9 MB): trede neemt hier ten hoogste 1 MB aan.");
        assertThat(antwoord.body()).contains("of een formulier of JSON-document zonder bestand boven 1 MB");
    }

    @Test
    void eenKnopAdresOpenenIsEenMethodeDieNietKan() throws Exception {
        HttpResponse<String> antwoord = auditor.get("/rondes/1/herhaling");
        assertThat(antwoord.statusCode()).isEqualTo(405);
        assertNederlandseFoutpagina(antwoord, "Methode niet toegestaan", "De methode GET kan hier niet; wel: POST.");
    }

    @Test
    void eenProgrammaKrijgtDezelfdeFoutAlsProblemJson() throws Exception {
        HttpResponse<String> antwoord = auditor.get("/rondes/987654321", "Accept", "application/json");
        assertThat(antwoord.statusCode()).isEqualTo(404);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(antwoord.body()).contains("\"title\":\"Niet gevonden\"", "\"detail\":\"Beoordelingsronde 987654321 bestaat niet\"");
    }

    private static void assertNederlandseFoutpagina(HttpResponse<String> antwoord, String titel, String melding) {
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(antwoord.body())
                .contains("<title>" + titel + " · trede</title>", "<h1>" + titel + "</h1>", HtmlUtils.htmlEscape(melding))
                .contains("class=\"kop\"", "Uitloggen", "class=\"voet\"")
                .doesNotContain("Whitelabel", "Exception", "at nl.trede", "at org.springframework");
    }
}
