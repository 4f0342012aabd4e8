package nl.trede.beoordeling;

/** Where the decision on a beoordeling stands. */
public enum Besluitstatus {
    /** The engine proposed; officer A has yet to decide. */
    VOORGESTELD("te beslissen"),
    /** Officer A decided; a second officer (B, never A) has yet to fix it. */
    TER_VASTSTELLING("ter vaststelling"),
    /** Fixed by a second officer: final, and the trede that counts. A correction is a herziening. */
    VASTGESTELD("vastgesteld");

    private final String omschrijving;

    Besluitstatus(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
