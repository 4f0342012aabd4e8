package nl.trede.regels;

/**
 * One gemeente in one period: its outcome under the rules in use and under the candidate (e.g. {@code trede 2}),
 * the kader each was judged under, the direction of the change (1 up, -1 down, 0 equal) and the rule that
 * decided under each.
 */
public record Impactregel(String periode, String gemeente, String naam, String actief, String kandidaat,
                          int richting, String regelActief, String regelKandidaat, String kaderActief, String kaderKandidaat) {

    public boolean veranderd() {
        return richting != 0 || !actief.equals(kandidaat);
    }
}
