package nl.trede.monitoring;

import nl.trede.regels.Feit;

/** What the signal rules concluded for one {@link Meting}, with the Dutch explanation. */
@Feit("Signaalconclusie")
public record Signaalconclusie(String sleutel, Signaal signaal, String uitleg) {
}
