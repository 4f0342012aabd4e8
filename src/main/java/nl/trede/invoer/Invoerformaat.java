package nl.trede.invoer;

/** The layouts an import accepts, recognised by their header row. */
enum Invoerformaat {

    /** Our own layout: one row per gemeente and period. */
    CSV("CSV"),
    /** The monthly overview COA sends: one row per gemeente, both halves of one year. */
    COA_MAANDOVERZICHT("COA-maandoverzicht");

    private final String naam;

    Invoerformaat(String naam) {
        this.naam = naam;
    }

    /** As stored in {@code invoer.formaat} and shown on the page. */
    String naam() {
        return naam;
    }
}
