/**
 * Monitoring of the opgaven between assessments: the indicatief schema (a line from the old to the
 * new opgave), realisatie against it with a signal colour picked by the rules in
 * {@code rules/monitoring/}, national cards, province and gemeente overviews, and a map.
 */
@ApplicationModule(allowedDependencies = {"bestand", "gemeente", "invoer", "kern", "regels", "systeem"})
package nl.trede.monitoring;

import org.springframework.modulith.ApplicationModule;
