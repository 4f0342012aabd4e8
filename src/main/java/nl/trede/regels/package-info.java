/**
 * The rule set: everything under {@code rules/} (DRL, dated parameters and the policy writers'
 * scenarios), read from the filesystem (or the copy in the jar), compiled into a KieBase,
 * identified by a sha256 over its files, stored once per version, and run in sessions that record
 * every fired rule. A rule is code written outside the development team: before Drools compiles it,
 * it must keep to the rule profile ({@link nl.trede.regels.Regelprofiel}: facts in, facts out, no
 * loops, no JDK), and every session runs within a budget of firings and time
 * ({@link nl.trede.regels.Regelbudget}) on a daemon thread. A rule set is validated (profile,
 * compile, parameters, signal bands, scenarios, every rule firing in a scenario, a completeness
 * grid, the budget) before it is activated without a restart, with a reason, and at start-up, where
 * a refused rule set leaves trede on the last version that passed. Its impact can be seen on stored
 * figures before it counts. The fact types are the records marked {@link nl.trede.regels.Feit},
 * listed by {@link nl.trede.regels.Feittypen} under stable names. The soorten of rules
 * (interventieladder, verdeelbesluit) plug in through {@link nl.trede.regels.ScenarioUitvoerder} and
 * {@link nl.trede.regels.Proefrun}, implemented by the capability that owns their facts.
 */
@ApplicationModule(allowedDependencies = {"kern", "systeem"})
package nl.trede.regels;

import org.springframework.modulith.ApplicationModule;
