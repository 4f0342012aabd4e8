package nl.trede.beoordeling;

/** A gemeente's trede at the end of the previous period, and where it came from. */
record VorigeTrede(int trede, VorigeTredeBron bron) {
}
