/**
 * Decision receipts and what auditors do with them: every beoordeling gets an append-only receipt
 * (engine and rule-set versions, the hash of every file, the facts as given to the engine, the
 * fired rules, the outcome) in a hash chain; explanations in Dutch legal terms; replay with the
 * stored rule files of the run's own version; comparison of two runs; verification of the chain.
 */
@ApplicationModule(allowedDependencies = {
        "beoordeling", "bestand", "gemeente", "kern", "regels", "systeem", "verdeling"})
package nl.trede.audit;

import org.springframework.modulith.ApplicationModule;
