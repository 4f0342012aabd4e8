package nl.trede.gemeente;

/** A province by its CBS code ({@code PV22}) and name. */
public record Provincie(String code, String naam) {
}
