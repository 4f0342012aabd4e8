package nl.trede.beoordeling;

import java.util.List;
import java.util.Map;
import nl.trede.regels.GevuurdeRegel;
import nl.trede.regels.Regelset;

/**
 * Published inside the transaction of a run once it is stored, so that a receipt per beoordeling
 * is written in the same transaction (or the whole run is not). Carries what the engine was given.
 */
public record RondeUitgevoerd(Beoordelingsronde ronde, Regelset regelset, List<Object> parameterfeiten,
                              Map<String, HalfjaarCijfers> cijfers, Map<String, List<GevuurdeRegel>> regels,
                              List<Beoordeling> beoordelingen) {
}
