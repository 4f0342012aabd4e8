/**
 * The Spreidingswet verdeelbesluit: how the restopgave of a province is allocated over its gemeenten
 * (the Verdeelbesluit Overijssel 2024 with its Toelichting (20 December 2024, nr. 6015733), Toelichting chapter 2). The exclusion criteria of the Beleidsregel verdeelbesluiten are
 * rules in {@code rules/verdeelbesluit/}; the arithmetic (common percentage, minimum share, rounding)
 * is {@link nl.trede.verdeling.Verdeler}: one percentage per soort, capped per gemeente at its total
 * indicatieve verdeling (regular plus amv, regular spread first). Facts handed to the rules are public records.
 */
@ApplicationModule(allowedDependencies = {"bestand", "gemeente", "regels", "systeem"})
package nl.trede.verdeling;

import org.springframework.modulith.ApplicationModule;
