package nl.trede.regels;

import java.util.List;

/**
 * What candidate rules would change, compared with the rules in use, over the stored figures of
 * {@code periodes}: which comparison it is ({@code wat}: the changed domains of rules/, or a province under
 * another kader), a summary line and every gemeente with both outcomes. Nothing of it is stored as a run.
 */
public record Impact(String wat, List<String> periodes, List<String> samenvatting, List<Impactregel> gemeenten) {

    public List<Impactregel> veranderd() {
        return gemeenten.stream().filter(Impactregel::veranderd).toList();
    }
}
