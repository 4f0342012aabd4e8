package nl.trede.beoordeling;

/** Where the previous trede of a gemeente came from. */
public enum VorigeTredeBron {
    /** The import gave {@code vorige_trede}. */
    INVOER("uit de invoer"),
    /** The previous period's vastgestelde trede: the one that counts. */
    VASTGESTELD("vastgesteld over de vorige periode"),
    /** The previous period has no vastgestelde trede yet: the proposal of its latest ronde. */
    VOORSTEL("vorige trede nog niet vastgesteld: het voorstel van de laatste ronde over de vorige periode"),
    /** Before decisions were recorded: the trede of the previous period's latest ronde. */
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
