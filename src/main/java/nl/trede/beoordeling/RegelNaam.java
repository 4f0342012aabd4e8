package nl.trede.beoordeling;

/** A fired rule by name and legal basis, as listed with a beoordeling. */
public record RegelNaam(String naam, String grondslag) {
}
