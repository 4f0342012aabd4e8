package nl.trede.monitoring;

/** An area an opgave can be set for: NL, a province (PV22), a veiligheidsregio (VR03) or a gemeente (GM1680). */
record Gebied(String code, String naam) {

    static final String NEDERLAND = "NL";
}
