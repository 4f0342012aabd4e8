package nl.trede.beoordeling;

import nl.trede.regels.Feit;

/**
 * The proposed trede on the grondslag of the assessment, with the trede the gemeente would have had
 * on its totaalopgave and whether the koppelingstekort made the outcome more favourable.
 */
@Feit("TredeVoorstel")
public record TredeVoorstel(String gemeente, int trede, Grondslag grondslag, int tredeOpTotaalopgave,
                            boolean koppelingstekortGunstig, String uitleg) implements Conclusie {
}
