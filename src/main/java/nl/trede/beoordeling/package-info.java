/**
 * The half-yearly assessment of huisvesting vergunninghouders: figures and previous treden in as
 * facts, the interventieladder rules run, and per gemeente the proposed trede with every figure,
 * the explanation and the fired rules stored in one transaction per run.
 */
@ApplicationModule(allowedDependencies = {"gemeente", "invoer", "kern", "monitoring", "regels", "systeem"})
package nl.trede.beoordeling;

import org.springframework.modulith.ApplicationModule;
