package nl.trede.beoordeling;

/**
 * The kader under which a beoordeling was made: its folder ({@code utrecht-2024}), name, public source,
 * the readings trede made in it, the version of its rules, and why this kader judged the gemeente
 * ("geen eigen kader van de provincie Drenthe voor 2025-1; standaardkader").
 */
public record Beoordelingskader(String id, String naam, String bron, String toelichting, String versie, String reden) {
}
