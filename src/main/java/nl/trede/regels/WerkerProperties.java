package nl.trede.regels;

import java.time.Duration;
import java.util.List;

/**
 * {@code trede.regels.werker.*}: the worker processes that run what policy writers wrote. {@code aantal} workers run
 * rules in use and render letters; rules under validation or impact run in {@code proefwerkers} of their own. Each has
 * {@code geheugen} of heap; {@code opstarttijd} to start; beyond a session's time budget the app waits {@code marge}
 * before it kills a worker that did not answer. Running as root, a worker runs as user id {@code gebruiker} in a network
 * namespace of its own ({@code afschermen}). A letter renders within {@code opmaakTijd} and {@code opmaakTekens}.
 */
public record WerkerProperties(Integer aantal, Integer proefwerkers, String geheugen, List<String> jvmOpties, Integer gebruiker,
                               Boolean afschermen, Duration opstarttijd, Duration marge, Duration opmaakTijd,
                               Integer opmaakTekens, Duration proefRust) {

    public static final WerkerProperties STANDAARD = new WerkerProperties(null, null, null, null, null, null, null, null, null,
            null, null);

    public WerkerProperties {
        aantal = aantal == null ? 2 : aantal;
        proefwerkers = proefwerkers == null ? 2 : proefwerkers;
        geheugen = geheugen == null ? "512m" : geheugen;
        jvmOpties = jvmOpties == null ? List.of() : List.copyOf(jvmOpties);
        gebruiker = gebruiker == null ? 65534 : gebruiker;
        afschermen = afschermen == null || afschermen;
        opstarttijd = opstarttijd == null ? Duration.ofSeconds(60) : opstarttijd;
        marge = marge == null ? Duration.ofSeconds(2) : marge;
        opmaakTijd = opmaakTijd == null ? Duration.ofSeconds(20) : opmaakTijd;
        opmaakTekens = opmaakTekens == null ? 5_000_000 : opmaakTekens;
        proefRust = proefRust == null ? Duration.ofSeconds(30) : proefRust;
        if (aantal < 1 || proefwerkers < 1 || gebruiker < 1 || !geheugen.matches("\\d+[kmgKMG]?")) {
            throw new IllegalArgumentException("trede.regels.werker: aantal en proefwerkers minstens 1, gebruiker een "
                    + "gebruikersnummer boven 0 (niet root), geheugen zoals 512m");
        }
    }
}
