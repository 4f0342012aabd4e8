package nl.trede.regels;

import java.time.Duration;

/**
 * The limits of every rule session ({@code trede.regels.budget.*}): a session may fire at most
 * {@code vuurlimietBasis + vuurlimietPerFeit} × the facts put in, and take at most {@code tijd}.
 * A legitimate run fires a handful of rules per fact (the interventieladder about seven per
 * gemeente); a rule that keeps inserting facts that make it fire again never stops on its own.
 */
public record Regelbudget(Integer vuurlimietBasis, Integer vuurlimietPerFeit, Duration tijd) {

    public static final Regelbudget STANDAARD = new Regelbudget(null, null, null);

    public Regelbudget {
        vuurlimietBasis = vuurlimietBasis == null ? 1_000 : vuurlimietBasis;
        vuurlimietPerFeit = vuurlimietPerFeit == null ? 20 : vuurlimietPerFeit;
        tijd = tijd == null ? Duration.ofSeconds(10) : tijd;
        if (vuurlimietBasis < 1 || vuurlimietPerFeit < 0 || tijd.isNegative() || tijd.isZero()) {
            throw new IllegalArgumentException("trede.regels.budget: de vuurlimiet en de tijd moeten positief zijn");
        }
    }

    /** How often the rules may fire in a session that was given {@code feiten} facts. */
    public long vuurlimiet(long feiten) {
        return vuurlimietBasis + (long) vuurlimietPerFeit * feiten;
    }
}
