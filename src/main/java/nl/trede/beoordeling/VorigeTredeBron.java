package nl.trede.beoordeling;

/** Where the previous trede of a gemeente came from. */
public enum VorigeTredeBron {
    /** The import gave {@code vorige_trede}. */
    INVOER("uit de invoer"),
    /** The trede stored for the previous period, in its latest run. */
    VORIGE_RONDE("uit de vorige beoordeling"),
    /** No previous trede known: trede 1. */
    STANDAARD("geen eerdere trede bekend: trede 1");

    private final String omschrijving;

    VorigeTredeBron(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
