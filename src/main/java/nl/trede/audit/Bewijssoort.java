package nl.trede.audit;

/** What a receipt proves. */
public enum Bewijssoort {
    /** The engine's beoordeling of one gemeente in a ronde. */
    BEOORDELING,
    /** A verdeling of the restopgave: computed by trede, or a published besluit taken over. */
    VERDELING
}
