package nl.trede.verdeling;

/** Why a gemeente takes no part in (one kind of) the restopgave: step 4a and 4b of the Verdeelbesluit Overijssel 2024 with its Toelichting (20 December 2024, nr. 6015733). */
public enum Criterium {
    VERSLAG("Verslag haalt de indicatieve verdeling"),
    HISTORISCH("Uitzonderlijke historische bijdrage (asielopvang)"),
    OEKRAINE("Uitzonderlijke bijdrage opvang ontheemden uit Oekraïne"),
    UITRUIL("Uitruil haalt de indicatieve verdeling"),
    UITRUIL_GROEP("Uitruil in groep haalt de gezamenlijke indicatieve verdeling"),
    MINIMUM("Aandeel in de restopgave onder het minimum");

    private final String omschrijving;

    Criterium(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
