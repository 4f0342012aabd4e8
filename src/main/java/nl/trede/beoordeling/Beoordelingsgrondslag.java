package nl.trede.beoordeling;

import nl.trede.regels.Feit;

/** On what the gemeente is judged: its totaalopgave, or the koppelingstekort. */
@Feit("Beoordelingsgrondslag")
public record Beoordelingsgrondslag(String gemeente, Grondslag grondslag, String uitleg) implements Conclusie {
}
