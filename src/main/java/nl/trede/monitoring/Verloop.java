package nl.trede.monitoring;

/**
 * How the indicatief schema runs from the old to the new opgave: a straight line to the day, or in
 * whole months (huisvesting within a half-year: totaalopgave * m / 6 after month m).
 */
enum Verloop {
    DAG, MAAND
}
