/**
 * The rule set: everything under {@code rules/} (DRL, dated parameters and the policy writers'
 * scenarios), read from the filesystem (or the copy in the jar), compiled into a KieBase,
 * identified by a sha256 over its files, stored once per version, and run in stateless sessions
 * that record every fired rule. A rule set is validated (compile, parameters, scenarios, a
 * completeness grid) before it is activated without a restart, and its impact can be seen on
 * stored figures before it counts. The soorten of rules (interventieladder, later the
 * verdeelbesluit) plug in through {@link nl.trede.regels.ScenarioUitvoerder} and
 * {@link nl.trede.regels.Proefrun}, implemented by the capability that owns their facts.
 */
package nl.trede.regels;
