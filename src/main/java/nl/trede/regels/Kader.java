package nl.trede.regels;

import java.util.List;
import nl.trede.kern.Periode;

/**
 * A beleidskader under which gemeenten are judged: its rules are the folder {@code interventieladder/<id>/},
 * described by its {@code kader.yaml}: its name, the provinces it applies to (CBS codes; none: the
 * {@code standaard} kader for every province without its own), the first period it applies to and,
 * where known, the last, its public source, and the readings trede made where the source is silent.
 */
public record Kader(String id, String naam, List<String> provincies, Periode vanaf, Periode tot, Bron bron,
                    String toelichting) {

    /** The public document the kader encodes: what a gemeente, a court or a Woo request can look up. */
    public record Bron(String titel, String datum, String kenmerk, String url) {

        /** "Titel, datum, kenmerk (url)", leaving out what is unknown. */
        public String tekst() {
            StringBuilder tekst = new StringBuilder(titel);
            if (datum != null) {
                tekst.append(", ").append(datum);
            }
            if (kenmerk != null) {
                tekst.append(", ").append(kenmerk);
            }
            if (url != null) {
                tekst.append(" (").append(url).append(')');
            }
            return tekst.toString();
        }
    }

    public boolean standaard() {
        return provincies.isEmpty();
    }

    public boolean geldtIn(Periode periode) {
        return periode.compareTo(vanaf) >= 0 && (tot == null || periode.compareTo(tot) <= 0);
    }

    public boolean geldtVoor(String provincieCode, Periode periode) {
        return provincies.contains(provincieCode) && geldtIn(periode);
    }

    /** "vanaf 2024-1" or "2014-1 tot en met 2023-2". */
    public String looptijd() {
        return tot == null ? "vanaf " + vanaf : vanaf + " tot en met " + tot;
    }

    /** Whether two kaders share at least one period. */
    boolean overlaptMet(Kader ander) {
        boolean ditEindigtVoor = tot != null && tot.compareTo(ander.vanaf) < 0;
        boolean anderEindigtVoor = ander.tot != null && ander.tot.compareTo(vanaf) < 0;
        return !ditEindigtVoor && !anderEindigtVoor;
    }
}
