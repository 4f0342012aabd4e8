/**
 * Import of period figures (our CSV format and the COA monthly overview), validated with an error
 * per row and column, written in one transaction; and the stored figures, every version kept.
 */
package nl.trede.invoer;
