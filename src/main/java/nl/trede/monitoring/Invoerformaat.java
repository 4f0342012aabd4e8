package nl.trede.monitoring;

/** The CSV layouts an import accepts: the national table of seed 000 and the three tables of seed 002. */
enum Invoerformaat {
    /** {@code opgave,oude_opgave,oude_datum,nieuwe_opgave,nieuwe_datum,...}: national opgaven. */
    LANDELIJK,
    /**
     * {@code opgave,gebied,peildatum,realisatie,regulier,noodopvang,tgo}: realisaties of any area; for
     * asiel the parts regulier, noodopvang and TGO, which add up to the realisatie.
     */
    REALISATIES,
    /** PRT Drenthe: Oekraine, asiel regulier and amv opgave and realisatie per gemeente. */
    OPVANG,
    /** Nidos factsheet: places realised and taakstelling per gemeente. */
    NIDOS,
    /** COA monthly overview huisvesting vergunninghouders, one half-year. */
    HUISVESTING
}
