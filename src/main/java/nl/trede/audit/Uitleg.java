package nl.trede.audit;

import java.util.List;
import java.util.Map;

/**
 * Why a beoordeling came out as it did, in Dutch legal terms, step by step; the rules that fired with
 * the facts they matched and concluded; and the gemeente's earlier treden. All from its receipt.
 */
public record Uitleg(long beoordeling, String gemeente, String gemeenteNaam, String periode, int trede,
                     String grondslag, List<Stap> stappen, List<Regel> regels, List<Schakel> geschiedenis) {

    public record Stap(String tekst, String regel, String grondslag, Map<String, Object> getallen) {
    }

    /** A fired rule as the receipt holds it, its facts as field-value pairs a person can read. */
    public record Regel(int volgnummer, String regel, String pakket, String grondslag, List<Feit> feiten, List<Feit> conclusies) {
    }

    public record Feit(String type, Map<String, String> velden) {
    }

    /** One earlier (or this) period of the gemeente: its trede in the latest run of that period. */
    public record Schakel(String periode, int trede, long beoordeling, String href) {
    }
}
