package nl.trede.regels;

/**
 * A case written by a policy writer in {@code rules/scenarios/**.yaml}: its name, its legal source,
 * which rules it tests ({@code soort}, e.g. {@code interventieladder}) and where it stands: document
 * {@code document} (from 0) of the file {@code bestand} whose text is {@code yaml}. The
 * {@link ScenarioUitvoerder} of that soort reads the facts and the expected outcome with {@link #lees}.
 */
public record Scenario(String bestand, String naam, String bron, String soort, String yaml, int document) {

    /**
     * The scenario bound to the record of its soort, which names {@code naam}, {@code bron} and {@code soort}
     * in {@code @JsonIgnoreProperties}; any other field it does not know is refused.
     *
     * @throws IllegalArgumentException in Dutch, naming the line of the file and the field
     */
    public <T> T lees(Class<T> type) {
        try {
            return YamlBestand.leesDocument(yaml, document, type);
        } catch (YamlBestand.Fout e) {
            throw new IllegalArgumentException(e.metRegel(), e);
        }
    }

    @Override
    public String toString() {
        return naam + " (" + bestand + ")";
    }
}
