package nl.trede.beoordeling;

/**
 * Published inside the transaction of a step of the officers' decision, so that its receipt is written in
 * the same transaction (or the step is not): the step, the beoordeling as it stands after it, and the
 * version of the rule set whose list of reasons was in force.
 */
public record BeslissingVastgelegd(Beslissing stap, Beoordeling beoordeling, String regelsetVersie) {
}
