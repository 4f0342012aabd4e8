package nl.trede.monitoring;

/** The CSV layouts an import accepts: the national table of the national dashboard (Opvang, Asiel, Huisvesting vergunninghouders, Opvang AMV, Opvang Oekraïne, Nidos AMV) and the three tables of the notitie 'Stand van zaken realisatie opgaven' (Bestuurlijke PRT Drenthe, 19 November 2025). */
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
