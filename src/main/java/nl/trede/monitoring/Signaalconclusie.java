package nl.trede.monitoring;

/** What the signal rules concluded for one {@link Meting}, with the Dutch explanation. */
public record Signaalconclusie(String sleutel, Signaal signaal, String uitleg) {
}
