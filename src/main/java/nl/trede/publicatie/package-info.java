/**
 * Publication of the vastgestelde decisions: the toezichtbrief to the college van burgemeester en
 * wethouders of each gemeente, the voortgangsrapportage to Provinciale Staten (PDF/A, CSV, xlsx), and the
 * vastgestelde treden per province as CSV and GeoJSON for an IBT-kaart. The letters are rendered from
 * templates policy writers edit ({@code rules/brieven/}, a domain of the rules with its own version) and treated
 * as code from outside the team: checked before use ({@link nl.trede.publicatie.Sjablooncontrole}) and
 * given only a model of already formatted values.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "beoordeling", "bestand", "gemeente", "invoer", "kern", "monitoring", "regels", "systeem"})
package nl.trede.publicatie;

import org.springframework.modulith.ApplicationModule;
