package nl.trede.audit;

import java.util.List;
import java.util.Map;

/** Why a beoordeling came out as it did, in Dutch legal terms, step by step, and the gemeente's earlier treden. */
public record Uitleg(long beoordeling, String gemeente, String gemeenteNaam, String periode, int trede,
                     String grondslag, List<Stap> stappen, List<Schakel> geschiedenis) {

    public record Stap(String tekst, String regel, String grondslag, Map<String, Object> getallen) {
    }

    /** One earlier (or this) period of the gemeente: its trede in the latest run of that period. */
    public record Schakel(String periode, int trede, long beoordeling, String href) {
    }
}
