package nl.trede.regels;

import java.util.List;
import java.util.SortedMap;

/**
 * A check of the files of a rule set that are not rules, such as the letter templates under
 * {@code brieven/}: implemented by the capability that uses them and run with every validation, so that a
 * file that would fail when used is refused when the rule set is activated. Called from several threads at once
 * (the domains are validated side by side): an implementation keeps no state of a call.
 */
public interface Bestandscontrole {

    /** Every problem, with file, line and a Dutch message; empty when all is well. */
    List<Regelsetfout> controleer(SortedMap<String, String> bestanden);
}
