package nl.trede.beoordeling;

/**
 * A fired rule as stored with a beoordeling: its order, name, package, legal basis, and the facts
 * it matched and concluded, as JSON.
 */
public record VastgelegdeRegel(int volgnummer, String regel, String pakket, String grondslag,
                               String feiten, String conclusies) {
}
