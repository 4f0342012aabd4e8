/**
 * The rule set: everything under {@code rules/} (DRL and dated parameters), read from the
 * filesystem (or the copy in the jar), compiled once into a KieBase, identified by a sha256 over
 * its files, stored once per version, and run in stateless sessions that record every fired rule.
 */
package nl.trede.regels;
