/**
 * Reference data: the 342 gemeenten (CBS code, name, province, veiligheidsregio) and how a name as
 * printed in a COA or PRT overview is matched to one of them.
 */
@ApplicationModule(allowedDependencies = {"bestand", "kern"})
package nl.trede.gemeente;

import org.springframework.modulith.ApplicationModule;
