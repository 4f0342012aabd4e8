package nl.trede.regels;

/**
 * One problem in a rule set, where a policy writer can find it: file, line and column (0 if
 * unknown), and a Dutch message that says what is wrong.
 */
public record Regelsetfout(String bestand, int regel, int kolom, String melding) {

    public Regelsetfout(String bestand, int regel, String melding) {
        this(bestand, regel, 0, melding);
    }

    /** {@code interventieladder/uitkomst.drl:40:12}, as far as known. */
    public String plek() {
        return bestand + (regel > 0 ? ":" + regel + (kolom > 0 ? ":" + kolom : "") : "");
    }

    @Override
    public String toString() {
        return plek() + ": " + melding;
    }
}
