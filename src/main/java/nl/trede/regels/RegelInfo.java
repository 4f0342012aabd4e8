package nl.trede.regels;

/** A rule as a policy writer sees it: its name, package, file, legal basis and explanation. */
public record RegelInfo(String naam, String pakket, String bestand, String grondslag, String uitleg) {
}
