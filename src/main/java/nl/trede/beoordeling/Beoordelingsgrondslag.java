package nl.trede.beoordeling;

/** On what the gemeente is judged: its totaalopgave, or the koppelingstekort. */
public record Beoordelingsgrondslag(String gemeente, Grondslag grondslag, String uitleg) implements Conclusie {
}
