package nl.trede.bestand;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import nl.trede.systeem.Fouten;
import nl.trede.systeem.Invoerfout;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The CSV layer on the inputs that broke hand-written readers; every error names the file's own line. */
class CsvLezerTest {

    private static Tabel lees(String tekst) {
        return lees(tekst.getBytes(UTF_8));
    }

    private static Tabel lees(byte[] inhoud) {
        return Tabel.lees(inhoud, Bestandslimieten.STANDAARD);
    }

    private static List<Integer> nummers(Tabel tabel) {
        return tabel.rijen().stream().map(Rij::nummer).toList();
    }

    @Test
    void aanhalingstekensOmEenScheidingstekenEenRegeleindeEnEenVerdubbeldAanhalingsteken() {
        Tabel tabel = lees("naam,b,c\n\"b, c\",\"zei \"\"ja\"\"\",\"twee\nregels\"\n");
        Rij rij = tabel.rijen().get(0);
        assertThat(rij.tekst("naam")).isEqualTo("b, c");
        assertThat(rij.tekst("b")).isEqualTo("zei \"ja\"");
        assertThat(rij.tekst("c")).isEqualTo("twee\nregels");
        assertThat(tabel.fouten().leeg()).isTrue();
    }

    @Test
    void crlfBomEnLegeRegelsTellenMeeVoorHetRegelnummer() {
        // line 1 BOM + header, 2 blank, 3 x, 4-5 a quoted value over two lines, 6 ",," (blank), 7 y
        Tabel tabel = lees(("\uFEFFkop,b\r\n\r\nx,1\r\n\"twee\nregels\",2\r\n,\r\ny,3").getBytes(UTF_8));
        assertThat(tabel.kop()).containsExactly("kop", "b");
        assertThat(tabel.kopregel()).contains(1);
        assertThat(nummers(tabel)).containsExactly(3, 4, 7);
        assertThat(tabel.rijen().get(2).tekst("kop")).isEqualTo("y");
    }

    @Test
    void eenLegeEersteRegelMaaktDeKopregelRegel2() {
        Tabel tabel = lees("\n\ngemeente,aantal\nAssen,x\n");
        assertThat(tabel.kopregel()).contains(3);
        tabel.rijen().get(0).geheel("aantal", Bereik.AANTAL);
        assertThat(tabel.fouten().lijst()).extracting(Invoerfout::rij).containsExactly(4);
    }

    @Test
    void puntkommasZoalsExcelInHetNederlandsOpslaatMetDecimaleKomma() {
        Tabel tabel = lees("gemeente;aantal;gemiddelde\n\"Bergen (L.); Limburg\";12;12,5\n");
        assertThat(tabel.soort()).isEqualTo(Tabel.Soort.CSV_PUNTKOMMA);
        Rij rij = tabel.rijen().get(0);
        assertThat(rij.tekst("gemeente")).isEqualTo("Bergen (L.); Limburg");
        assertThat(rij.geheel("aantal", Bereik.AANTAL)).isEqualTo(12);
        assertThat(rij.decimaalOfLeeg("gemiddelde", Bereik.AANTAL)).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(tabel.fouten().leeg()).isTrue();
    }

    @Test
    void inEenBestandMetKommasIsDeKommaGeenDecimaalteken() {
        Tabel tabel = lees("gemiddelde,ander\n\"12,5\",12.5\n");
        Rij rij = tabel.rijen().get(0);
        assertThat(rij.decimaalOfLeeg("ander", Bereik.AANTAL)).isEqualByComparingTo("12.5");
        assertThat(rij.decimaalOfLeeg("gemiddelde", Bereik.AANTAL)).isNull();
        assertThat(tabel.fouten().lijst()).singleElement().satisfies(f -> {
            assertThat(f.rij()).isEqualTo(2);
            assertThat(f.melding()).startsWith("'12,5' is geen getal").contains("punt als decimaalteken");
        });
    }

    @Test
    void decimaleGetallenWaarEenGeheelGetalHoortWordenGeweigerdNooitHerlezen() {
        Tabel tabel = lees("a,b,c,d,e\n1.5,\"1,5\",2e3,1.500,-0\n");
        Rij rij = tabel.rijen().get(0);
        assertThat(List.of("a", "b", "c", "d")).allSatisfy(k -> assertThat(rij.geheel(k, Bereik.AANTAL)).isNull());
        assertThat(rij.geheel("e", Bereik.AANTAL)).isZero();
        assertThat(tabel.fouten().lijst()).extracting(Invoerfout::kolom).containsExactly("a", "b", "c", "d");
        assertThat(tabel.fouten().lijst()).extracting(Invoerfout::melding).containsExactly(
                "'1.5' is geen geheel getal; schrijf alleen cijfers, zonder punt, komma of spatie (een min-teken mag vooraan)",
                "'1,5' is geen geheel getal; schrijf alleen cijfers, zonder punt, komma of spatie (een min-teken mag vooraan)",
                "'2e3' is geen geheel getal; schrijf alleen cijfers, zonder punt, komma of spatie (een min-teken mag vooraan)",
                "'1.500' is geen geheel getal; schrijf alleen cijfers, zonder punt, komma of spatie (een min-teken mag vooraan)");
    }

    @Test
    void getallenBuitenHetBereikOokVoorbijDeIntGrens() {
        Tabel tabel = lees("a,b,c,d\n1000001,-1000001,2147483648,99999999999999999999999\n");
        Rij rij = tabel.rijen().get(0);
        assertThat(rij.geheel("a", Bereik.AANTAL)).isNull();
        assertThat(rij.geheel("b", Bereik.SALDO)).isNull();
        assertThat(rij.geheel("c", Bereik.SALDO)).isNull();
        assertThat(rij.geheel("d", Bereik.SALDO)).isNull();
        assertThat(tabel.fouten().lijst()).extracting(Invoerfout::melding).containsExactly(
                "a is 1000001, maar moet liggen tussen 0 en 1000000",
                "b is -1000001, maar moet liggen tussen -1000000 en 1000000",
                "c is 2147483648, maar moet liggen tussen -1000000 en 1000000",
                "d is 99999999999999999999999, maar moet liggen tussen -1000000 en 1000000");
    }

    @Test
    void eenNietGeslotenAanhalingstekenNoemtDeRegelWaarDeWaardeBegint() {
        Tabel tabel = lees("kop,b\n\nx,1\n\"open,1\ny,2\n");
        assertThat(tabel.fouten().lijst()).singleElement().satisfies(f -> {
            assertThat(f.rij()).isEqualTo(4);
            assertThat(f.melding()).contains("wordt niet gesloten");
        });
    }

    @Test
    void eenRijMetMeerVeldenDanDeKopregelNoemtDeScheidingstekens() {
        Tabel tabel = lees("a;b\n1;2;3\n");
        assertThat(tabel.fouten().lijst()).singleElement().satisfies(f -> {
            assertThat(f.rij()).isEqualTo(2);
            assertThat(f.melding()).startsWith("Deze rij heeft 3 velden, de kopregel 2. Controleer de puntkomma's");
        });
    }

    @Test
    void windows1252WordtGeweigerdPerRegelMetDeWegNaarUtf8() {
        byte[] ansi = "gemeente;periode\r\nAssen;2031-1\r\n\r\n\"Súdwest-Fryslân\";2031-1\r\n".getBytes(Charset.forName("windows-1252"));
        Tabel tabel = lees(ansi);
        assertThat(tabel.rijen()).isEmpty();
        assertThat(tabel.fouten().lijst()).singleElement().satisfies(f -> {
            assertThat(f.rij()).isEqualTo(4);
            assertThat(f.kolom()).isEqualTo("gemeente");
            assertThat(f.melding()).contains("geen UTF-8").contains("\"\"S?dwest-Frysl").contains("Windows-1252")
                    .contains("Opslaan als > CSV UTF-8 (door komma's gescheiden)");
        });
    }

    @Test
    void eenLeegBestandEnAlleenEenBomZijnLeeg() {
        assertThat(lees("").fouten().lijst()).containsExactly(new Invoerfout(1, null, "Het bestand is leeg"));
        assertThat(lees("\uFEFF\r\n\r\n").fouten().lijst()).containsExactly(new Invoerfout(1, null, "Het bestand is leeg"));
    }

    @Test
    void kolommenWordenGevondenZonderHoofdlettersSpatiesOfLiggendeStreepjes() {
        Tabel tabel = lees("Gemeente, Stand 2025-01-01\nAssen,13\n");
        assertThat(tabel.heeft("stand_2025_01_01")).isTrue();
        assertThat(tabel.rijen().get(0).geheel("stand_2025_01_01", Bereik.SALDO)).isEqualTo(13);
    }

    @Test
    void eenKopregelMetEenAnderScheidingstekenKrijgtEenHint() {
        Tabel tabel = lees("gemeente\taantal\nAssen\t3\n");
        tabel.controleerKop(List.of("gemeente", "aantal"), List.of("gemeente"), false, "gemeente, aantal");
        assertThat(tabel.fouten().lijst()).first().satisfies(f -> assertThat(f.melding()).contains("met tabs gescheiden"));
    }

    @Test
    void meerRijenDanDeLimietIsEenFoutOpDeEersteRijTeVeel() {
        Bestandslimieten limieten = new Bestandslimieten(DataSize.ofMegabytes(1), 3);
        Tabel tabel = Tabel.lees("a\n1\n2\n\n3\n4\n5\n".getBytes(UTF_8), limieten);
        assertThat(tabel.rijen()).hasSize(3);
        assertThat(tabel.fouten().lijst()).singleElement().satisfies(f -> {
            assertThat(f.rij()).isEqualTo(6);
            assertThat(f.melding()).contains("meer dan 3 rijen");
        });
    }

    @Test
    void nietMeerDanHonderdFoutenEnDanHetAantalVanDeRest() {
        StringBuilder csv = new StringBuilder("aantal\n");
        csv.append("x\n".repeat(1334));
        Tabel tabel = lees(csv.toString());
        tabel.rijen().forEach(r -> r.geheel("aantal", Bereik.AANTAL));
        // 1334 errors: 100 listed, then one line for the other 1234
        assertThat(tabel.fouten().aantal()).isEqualTo(1334);
        assertThat(tabel.fouten().lijst()).hasSize(Fouten.GETOOND + 1).last()
                .isEqualTo(new Invoerfout(null, null, "en nog 1.234 fouten"));
        assertThat(tabel.fouten().lijst().get(99).rij()).isEqualTo(101);
    }

    @Test
    void deSchrijverZetAlleenWaardenMetKommaOfAanhalingstekenTussenAanhalingstekens() {
        assertThat(CsvSchrijver.schrijf(List.of("gemeente", "aantal"), List.of(List.of("Hengelo (O.)", 3),
                java.util.Arrays.asList("Bergen, \"NH\"", null))))
                .isEqualTo("gemeente,aantal\nHengelo (O.),3\n\"Bergen, \"\"NH\"\"\",\n");
    }
}
