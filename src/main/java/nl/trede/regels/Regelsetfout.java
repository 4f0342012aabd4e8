package nl.trede.regels;

/**
 * One problem in a rule set, where a policy writer can find it: file, line and column (0 if
 * unknown), a Dutch message that says what is wrong, and, when the message explains one of Drools'
 * own, Drools' original text ({@code details}; null otherwise).
 */
public record Regelsetfout(String bestand, int regel, int kolom, String melding, String details) {

    public Regelsetfout(String bestand, int regel, int kolom, String melding) {
        this(bestand, regel, kolom, melding, null);
    }

    public Regelsetfout(String bestand, int regel, String melding) {
        this(bestand, regel, 0, melding, null);
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
