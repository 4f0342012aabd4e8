package nl.trede.beoordeling;

/** A rung of the interventieladder as shown to people: number, name and colour (parameter {@code treden}). */
public record Trede(int trede, String naam, String kleur, String kleurcode) {
}
