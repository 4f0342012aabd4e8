package nl.trede.beoordeling;

import java.util.List;
import java.util.Map;
import nl.trede.regels.GevuurdeRegel;
import nl.trede.regels.Regelset;

/**
 * Published inside the transaction of a run once it is stored, so that a receipt per beoordeling
 * is written in the same transaction (or the whole run is not). Carries what the engine was given,
 * per part of the run: the gemeenten one kader judged.
 */
public record RondeUitgevoerd(Beoordelingsronde ronde, List<Deel> delen) {

    /** The rules of one kader, the facts they were given, the rules that fired, and the stored beoordelingen. */
    public record Deel(Regelset regelset, List<Object> parameterfeiten, Map<String, HalfjaarCijfers> cijfers,
                       Map<String, List<GevuurdeRegel>> regels, List<Beoordeling> beoordelingen) {
    }
}
