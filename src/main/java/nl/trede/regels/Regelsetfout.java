package nl.trede.regels;

/** One problem in a rule set, where a policy writer can find it: file, line (0 if unknown), message. */
public record Regelsetfout(String bestand, int regel, String melding) {

    @Override
    public String toString() {
        return bestand + (regel > 0 ? ":" + regel : "") + ": " + melding;
    }
}
