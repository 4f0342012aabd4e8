package nl.trede.monitoring;

/** One gemeente on the map: its path, the colour of its signal and the text shown on hover or focus. */
public record Kaartvlak(String code, String naam, String pad, String klasse, String kleur, String titel, Cel cel) {
}
