package nl.trede.systeem;

/** The three kinds of user of trede. */
public enum Rol {
    /** IBT officer: imports figures, starts assessment runs and allocations. */
    TOEZICHTHOUDER,
    /** Policy writer: validates and activates rule sets. */
    BELEIDSMEDEWERKER,
    /** Reads everything, changes nothing. */
    AUDITOR
}
