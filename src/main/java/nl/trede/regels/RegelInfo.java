package nl.trede.regels;

/**
 * A rule as a policy writer sees it: its name, package, file and the line it starts on, legal basis
 * and explanation.
 */
public record RegelInfo(String naam, String pakket, String bestand, int regelnummer, String grondslag, String uitleg) {
}
