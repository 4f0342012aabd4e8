package nl.trede.regels;

import java.util.List;

/**
 * What a candidate rule set would change, compared with the active one, over the stored figures
 * of {@code periodes}: a summary line per soort and every gemeente with both outcomes. Nothing of
 * it is stored as a run.
 */
public record Impact(String actieveVersie, String kandidaatVersie, List<String> periodes, List<String> samenvatting,
                     List<Impactregel> gemeenten) {

    public List<Impactregel> veranderd() {
        return gemeenten.stream().filter(Impactregel::veranderd).toList();
    }
}
