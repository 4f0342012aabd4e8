package nl.trede.audit;

import java.util.List;
import java.util.Map;
import nl.trede.beoordeling.Beoordelingskader;
import nl.trede.beoordeling.Besluit;

/**
 * Why a beoordeling came out as it did: the engine's reasoning in Dutch legal terms, step by step, and the
 * rules that fired with the facts they matched and concluded (all from its receipt); then the officers'
 * decision on it ({@code besluit}, every step); and the gemeente's treden over the periods.
 *
 * @param trede the vastgestelde trede, null while it is not vastgesteld
 * @param kader the kader it was judged under, with its public source and why that kader (null before kaders)
 */
public record Uitleg(long beoordeling, String gemeente, String gemeenteNaam, String periode, int voorgesteldeTrede,
                     Integer trede, String grondslag, Beoordelingskader kader, List<Stap> stappen, List<Regel> regels,
                     Besluit besluit, List<Schakel> geschiedenis) {

    public record Stap(String tekst, String regel, String grondslag, Map<String, Object> getallen) {
    }

    /** A fired rule as the receipt holds it, its facts as field-value pairs a person can read. */
    public record Regel(int volgnummer, String regel, String pakket, String grondslag, List<Feit> feiten, List<Feit> conclusies) {
    }

    public record Feit(String type, Map<String, String> velden) {
    }

    /**
     * One period of the gemeente, from its latest ronde of that period: the proposed trede, the vastgestelde
     * one (null while not vastgesteld) and whether the decision deviated from the proposal.
     */
    public record Schakel(String periode, int voorgesteldeTrede, Integer vastgesteldeTrede, boolean afwijking,
                          long beoordeling, String href) {
    }
}
