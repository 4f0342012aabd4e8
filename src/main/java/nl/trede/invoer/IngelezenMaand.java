package nl.trede.invoer;

import java.time.LocalDate;

/** The realisatie of one gemeente in one month (its first day), from a COA overview. */
record IngelezenMaand(String gemeente, LocalDate maand, int aantal) {
}
