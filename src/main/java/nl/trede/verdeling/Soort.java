package nl.trede.verdeling;

/** The two kinds of places in an opvangopgave; each has its own opgave, restopgave and percentage. */
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
