package nl.trede.verdeling;

/**
 * The two kinds of places in an opvangopgave; each has its own opgave, restopgave and percentage.
 * The order is the order of step 4b: regular places are spread first, amv places in the room left.
 */
public enum Soort {
    REGULIER("regulier"), AMV("amv");

    private final String naam;

    Soort(String naam) {
        this.naam = naam;
    }

    public String naam() {
        return naam;
    }
}
