package nl.trede.monitoring;

/** The opgaven that are monitored, as the national dashboard (Opvang, Asiel, Huisvesting vergunninghouders, Opvang AMV, Opvang Oekraïne, Nidos AMV) names them. */
public enum OpgaveSoort {
    OEKRAINE("Opvang Oekraïne", true),
    ASIEL("Opvang asiel", false),
    HUISVESTING("Huisvesting vergunninghouders", false),
    AMV("Opvang AMV", false),
    NIDOS_AMV("Nidos AMV", false);

    private final String naam;
    private final boolean perVeiligheidsregio;

    OpgaveSoort(String naam, boolean perVeiligheidsregio) {
        this.naam = naam;
        this.perVeiligheidsregio = perVeiligheidsregio;
    }

    public String naam() {
        return naam;
    }

    /** Oekraine is divided per veiligheidsregio, and its map shows the region (the national dashboard). */
    public boolean perVeiligheidsregio() {
        return perVeiligheidsregio;
    }
}
