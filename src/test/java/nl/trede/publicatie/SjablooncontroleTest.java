package nl.trede.publicatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import nl.trede.regels.Regelsetfout;
import nl.trede.regels.Testregels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A letter template is code from outside the team: every route to Java is refused, with line and construct. */
class SjablooncontroleTest {

    private final Sjablooncontrole controle = new Sjablooncontrole(Testregels.werkers());

    private List<Regelsetfout> controleer(String regel) {
        return controle.controleer("brieven/toezichtbrief.html", """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org">
                <body>
                """ + regel + """

                </body>
                </html>
                """);
    }

    @Test
    void eenSjabloonDatJavaAanroeptWordtGeweigerdMetDeRegel() {
        List<Regelsetfout> fouten = controleer("<p th:text=\"${T(java.lang.Runtime).getRuntime()}\">x</p>");
        assertThat(fouten).hasSize(1);
        assertThat(fouten.get(0).toString()).isEqualTo("brieven/toezichtbrief.html:4:13: th:text: T(...) verwijst naar een "
                + "Java-type en is niet toegestaan: een sjabloon toont alleen waarden uit het model.");
    }

    static Stream<Arguments> wegenNaarJava() {
        return Stream.of(
                Arguments.of("<p th:utext=\"${brief.motivering.tekst}\">x</p>", "th:utext is niet toegestaan: th:utext toont tekst zonder escaping"),
                Arguments.of("<p th:text=\"${new java.io.File('/etc/passwd')}\">x</p>", "new maakt een Java-object"),
                Arguments.of("<p th:text=\"${brief.gemeente.getClass()}\">x</p>", "de methodeaanroep getClass(...) is niet toegestaan"),
                Arguments.of("<p th:text=\"${brief.class.classLoader}\">x</p>", "'class' is niet toegestaan"),
                Arguments.of("<p th:text=\"${#ctx.request}\">x</p>", "#ctx is een hulpobject van Thymeleaf"),
                Arguments.of("<p th:text=\"${@regelsetService.actief()}\">x</p>", "@regelsetService verwijst naar een Spring-bean"),
                Arguments.of("<p th:text=\"${#strings.toUpperCase(brief.gemeente)}\">x</p>", "#strings is een hulpobject"),
                Arguments.of("<p th:text=\"__${brief.gemeente}__\">x</p>", "__...__ (voorverwerking)"),
                Arguments.of("<p th:text=\"${T (java.lang.System).exit(1)}\">x</p>", "T(...) verwijst naar een Java-type"),
                Arguments.of("<p th:text=\"${T&#40;java.lang.Runtime)}\">x</p>", "T(...) verwijst naar een Java-type"),
                Arguments.of("<p th:text=\"${brief.gemeente = 'x'}\">x</p>", "een toewijzing (=) is niet toegestaan"),
                Arguments.of("<p th:text=\"@{http://example.org/}\">x</p>", "@{...} (een link)"),
                Arguments.of("<div th:replace=\"~{andere :: stuk}\">x</div>", "th:replace is niet toegestaan"),
                Arguments.of("<p th:attr=\"onclick=${brief.gemeente}\">x</p>", "th:attr is niet toegestaan"),
                Arguments.of("<p data-th-utext=\"${brief.gemeente}\">x</p>", "data-th-utext is niet toegestaan"),
                Arguments.of("<p>[(${brief.motivering.tekst})]</p>", "[( ... )] toont tekst zonder escaping"),
                Arguments.of("<p>[[${T(java.lang.Runtime).getRuntime()}]]</p>", "[[ ... ]]: T(...) verwijst naar een Java-type"),
                Arguments.of("<script>alert(1)</script>", "<script> is niet toegestaan"),
                Arguments.of("<img src=\"http://example.org/volg.png\"/>", "<img> is niet toegestaan"),
                Arguments.of("<p style=\"background: url(http://example.org/x)\">x</p>", "style met url()"),
                Arguments.of("<a href=\"http://example.org/\">x</a>", "href=\"http://example.org/\" is niet toegestaan"),
                Arguments.of("<!--/*/ <p th:utext=\"${x}\">x</p> /*/-->", "<!--/*/ ... /*/--> is niet toegestaan"),
                Arguments.of("<th:include th:text=\"${x}\">x</th:include>", "<th:include> is niet toegestaan"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wegenNaarJava")
    void elkeWegNaarJavaIsDicht(String regel, String melding) {
        List<Regelsetfout> fouten = controleer(regel.strip());
        assertThat(fouten).as(regel).isNotEmpty();
        assertThat(fouten.get(0).regel()).isEqualTo(4);
        assertThat(fouten).extracting(Regelsetfout::melding).anySatisfy(m -> assertThat(m).contains(melding));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <p th:text="${brief.gemeente} + ' (' + ${brief.gemeenteCode} + ')'">x</p>
            <p th:if="${brief.oordeel.trede == '2' and not brief.oordeel.afgeweken}">x</p>
            <li th:each="zin, stand : ${brief.watAls}" th:text="${zin} + ${stand.last ? '.' : ','}">x</li>
            <p th:with="t=${brief.oordeel}" th:text="${t.tredeNaam ?: '-'}">x</p>
            <p th:text="${(brief.oordeel.trede == '1') ? 'groen' : 'geel'}">x</p>
            <p>Beste [[${brief.geadresseerde}]], <a href="#verantwoording">zie onder</a></p>
            <p th:text="'Prijs: (ten minste) ' + ${brief.cijfers.totaalopgave}">x</p>
            """)
    void watEenSjabloonWelMag(String regel) {
        assertThat(controleer(regel.strip())).as(regel).isEmpty();
    }

    @Test
    void deMeegeleverdeSjablonenKomenErDoor() {
        SortedMap<String, String> regels = Testregels.alle();
        assertThat(regels).containsKeys(Sjablooncontrole.TOEZICHTBRIEF, Sjablooncontrole.VOORTGANGSRAPPORTAGE);
        assertThat(controle.controleer(regels)).isEmpty();
    }

    @Test
    void eenOntbrekendSjabloonWordtGemeld() {
        SortedMap<String, String> regels = Testregels.alle();
        regels.remove(Sjablooncontrole.VOORTGANGSRAPPORTAGE);
        assertThat(controle.controleer(regels)).extracting(Regelsetfout::toString)
                .containsExactly("brieven/voortgangsrapportage.html: Het sjabloon ontbreekt: zonder "
                        + "brieven/voortgangsrapportage.html kan trede de brief niet opmaken.");
    }

    @Test
    void eenTikfoutInEenEigenschapWordtBijHetValiderenGevonden() {
        String brief = Testregels.alle().get(Sjablooncontrole.TOEZICHTBRIEF);
        String regel = "<h1 th:text=\"${brief.titel}\">Toezichtbrief</h1>";
        assertThat(brief).contains(regel);
        int regelnummer = (int) brief.substring(0, brief.indexOf(regel)).chars().filter(c -> c == '\n').count() + 1;
        List<Regelsetfout> fouten = controle.controleer(Sjablooncontrole.TOEZICHTBRIEF,
                brief.replace(regel, "<h1 th:text=\"${brief.titl}\">Toezichtbrief</h1>"));
        assertThat(fouten).singleElement().satisfies(f -> {
            assertThat(f.regel()).isEqualTo(regelnummer);
            assertThat(f.melding()).startsWith("Het sjabloon kon niet worden opgemaakt met een voorbeeld: ").contains("titl");
        });
    }

    @Test
    void eenOpenGelatenElementWordtBijHetValiderenGevonden() {
        String brief = Testregels.alle().get(Sjablooncontrole.TOEZICHTBRIEF);
        List<Regelsetfout> fouten = controle.controleer(Sjablooncontrole.TOEZICHTBRIEF,
                brief.replace("<p>Geacht college,</p>", "<p>Geacht college,<br></p>"));
        assertThat(fouten).singleElement().extracting(Regelsetfout::melding).asString()
                .startsWith("Het sjabloon gaf geen geldige XHTML").contains("Sluit elk element af");
    }

    @Test
    void eenDoctypeMetEigenEntiteitenWordtGeweigerd() {
        List<Regelsetfout> fouten = controle.controleer("brieven/toezichtbrief.html", """
                <!DOCTYPE html [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>
                <html><body><p>&geheim;</p></body></html>
                """);
        assertThat(fouten).extracting(Regelsetfout::toString).containsExactly("brieven/toezichtbrief.html:1:1: Alleen "
                + "<!DOCTYPE html> is toegestaan: een DOCTYPE met eigen declaraties of een verwijzing naar buiten kan "
                + "bestanden inlezen.");
    }

    @Test
    void ookVoorHetOpmakenWordtGecontroleerd() {
        Opmaker opmaker = new Opmaker(Testregels.werkers(), controle);
        String kwaad = "<html><body><p th:text=\"${T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}\">x</p></body></html>";
        assertThatThrownBy(() -> opmaker.pdf("brieven/toezichtbrief.html", kwaad, "brief", Map.of(),
                new Verificatiebijlage("0", "0", null, null, null, null)))
                .isInstanceOf(OngeldigSjabloonException.class)
                .hasMessageContaining("brieven/toezichtbrief.html:1:")
                .hasMessageContaining("T(...) verwijst naar een Java-type");
    }
}
