package nl.trede.publicatie;

import nl.trede.regels.Bestandscontrole;
import nl.trede.regels.Testregels;

/** The check of the letters' templates for the tests of the rule set's validation, as regels sees it. */
public final class Briefcontrole {

    private Briefcontrole() {
    }

    public static Bestandscontrole sjablonen() {
        return new Sjablooncontrole(Testregels.werkers());
    }
}
