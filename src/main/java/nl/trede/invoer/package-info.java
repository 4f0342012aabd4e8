/**
 * Import of period figures (our CSV format and the COA monthly overview), validated with an error
 * per row and column, written in one transaction; and the stored figures, every version kept.
 */
@ApplicationModule(allowedDependencies = {"bestand", "gemeente", "kern", "systeem"})
package nl.trede.invoer;

import org.springframework.modulith.ApplicationModule;
