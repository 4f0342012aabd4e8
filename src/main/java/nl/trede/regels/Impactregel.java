package nl.trede.regels;

/**
 * One gemeente in one period: its outcome under the active and under the candidate rules (e.g.
 * {@code trede 2}), the direction of the change (1 up, -1 down, 0 equal) and the rule that decided
 * under each.
 */
public record Impactregel(String periode, String gemeente, String naam, String actief, String kandidaat,
                          int richting, String regelActief, String regelKandidaat) {

    public boolean veranderd() {
        return richting != 0 || !actief.equals(kandidaat);
    }
}
