package nl.trede.snelheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The load test runs for a few seconds against the app on a random port (the one shared test context),
 * and every call answers as it should. Times are not judged here; that is the load test's own run.
 */
@ApplicatieMetDatabase
class LastproefTest {

    @LocalServerPort
    int poort;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping paden;

    @Test
    void elkeAanroepAntwoordtZoalsVerwacht() {
        List<String> regels = new ArrayList<>();
        List<Uitslag> uitslagen = new Lastproef(URI.create("http://localhost:" + poort), "test",
                Lastproef.Instellingen.rook(), null, regels::add).draai();
        regels.forEach(System.out::println);

        assertThat(uitslagen).allSatisfy(u -> {
            assertThat(u.aantal()).as(u.naam()).isPositive();
            assertThat(u.fouten()).as(u.naam() + ": " + u.eersteFout()).isZero();
        });
        Set<String> gemeten = uitslagen.stream().map(Uitslag::naam).collect(Collectors.toSet());
        assertThat(gemeten).contains("GET /monitoring/kaart?gebied=NL&opgave=ASIEL", "POST /api/v1/regelsets/impact");
        assertThat(regels).hasSize(uitslagen.size() + 1);
    }

    /** A page added to a *PaginaController without a place in the load test fails here. */
    @Test
    void elkePaginaWordtGemeten() {
        List<String> gemeten = new Lastproef(URI.create("http://localhost:" + poort), "test", Lastproef.Instellingen.rook(),
                null, regel -> { }).paginas(new Lastproef.Gegevens(1, 2, 3, 4)).stream()
                .map(v -> v.methode() + " " + v.pad().replaceFirst("\\?.*", "")).toList();
        List<String> ontbrekend = new ArrayList<>();
        paden.getHandlerMethods().forEach((info, methode) -> {
            String klasse = methode.getBeanType().getSimpleName();
            if (!klasse.endsWith("PaginaController") && !klasse.equals("LoginController")) {
                return;
            }
            Set<RequestMethod> methodes = info.getMethodsCondition().getMethods();
            for (PathPattern patroon : info.getPathPatternsCondition().getPatterns()) {
                for (RequestMethod m : methodes) {
                    boolean gevonden = gemeten.stream().anyMatch(g -> g.startsWith(m.name() + " ")
                            && patroon.matches(PathContainer.parsePath(g.substring(m.name().length() + 1))));
                    if (!gevonden && !Lastproef.NIET_GEMETEN.contains(m.name() + " " + patroon.getPatternString())) {
                        ontbrekend.add(m.name() + " " + patroon.getPatternString() + " (" + klasse + ")");
                    }
                }
            }
        });
        assertThat(ontbrekend).isEmpty();
    }
}
