package nl.trede.beoordeling;

/**
 * What a gemeente is judged on (Voortgangsrapportage huisvesting vergunninghouders tweede helft 2023, provincie
 * Utrecht, Tabel 2: "Beoordeling n.a.v. totaalopgave of koppelingstekort").
 */
public enum Grondslag {
    TOTAALOPGAVE("Totaalopgave", "de totaalopgave"),
    KOPPELINGSTEKORT("Koppelingstekort", "het koppelingstekort");

    private final String label;
    private final String lidwoord;

    Grondslag(String label, String lidwoord) {
        this.label = label;
        this.lidwoord = lidwoord;
    }

    public String label() {
        return label;
    }

    /** "de totaalopgave", "het koppelingstekort": for use inside a sentence. */
    public String inZin() {
        return lidwoord;
    }
}
