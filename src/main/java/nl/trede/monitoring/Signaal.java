package nl.trede.monitoring;

/** The colour of a realisatie against its schema (the national dashboard's legend), or "geen opgave" for an opgave of 0. */
public enum Signaal {
    GROEN("groen", "realisatie 100% of meer van het indicatief schema", "#2e8540"),
    ORANJE("oranje", "realisatie 75% tot 100% van het indicatief schema", "#e07b00"),
    ROOD("rood", "realisatie minder dan 75% van het indicatief schema", "#c8102e"),
    GEEN_OPGAVE("geen opgave", "opgave 0: geen percentage, wel het aantal gerealiseerd", "#6f8fb8");

    /** The fill of an area without a signal: no opgave or no realisatie known. */
    public static final String KLEUR_ONBEKEND = "#d8d8d8";

    private final String naam;
    private final String betekenis;
    private final String kleur;

    Signaal(String naam, String betekenis, String kleur) {
        this.naam = naam;
        this.betekenis = betekenis;
        this.kleur = kleur;
    }

    public String kleur() {
        return kleur;
    }

    public String naam() {
        return naam;
    }

    public String betekenis() {
        return betekenis;
    }

    /** The CSS class, also the key of the colour on the map. */
    public String klasse() {
        return name().toLowerCase().replace('_', '-');
    }
}
