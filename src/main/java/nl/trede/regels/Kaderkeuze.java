package nl.trede.regels;

/**
 * Which kader judges a gemeente of a province in a period, under which rules, and why, in Dutch: "kader
 * utrecht-2024 van de provincie Utrecht, vanaf 2024-1" or "geen eigen kader van de provincie Drenthe; standaardkader".
 */
public record Kaderkeuze(Kader kader, Regelset regelset, String reden) {
}
