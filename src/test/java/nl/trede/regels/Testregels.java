package nl.trede.regels;

import java.nio.file.Path;
import java.util.SortedMap;

/**
 * The rule set of {@code rules/} for tests of other capabilities, compiled as trede compiles it but without the
 * app: how to read and compile it stays regels' own business. Compiled and run in worker processes as in the app; the
 * tests of one JVM share them, so each test does not start its own.
 */
public final class Testregels {

    private static final Path REGELS = Path.of("rules");

    /** The settings of src/test/resources/application-test.yaml: the same pool as the tests with the app. */
    private static final WerkerProperties WERKERS = new WerkerProperties(1, 2, null, null, null,
            null, null, null, null, null, null);

    private static final class Gedeeld {
        static final Werkerpool POOL = Werkerpool.gedeeld(WERKERS);
    }

    /** The worker processes of the tests, shared with the tests that start the app. */
    public static Werkerpool werkers() {
        return Gedeeld.POOL;
    }

    private Testregels() {
    }

    /** The files of one domain ({@code interventieladder/utrecht-2024}) with what every domain shares. */
    public static SortedMap<String, String> domein(String domein) {
        return RegelsetBron.domein(REGELS, domein);
    }

    /** Every file under {@code rules/}. */
    public static SortedMap<String, String> alle() {
        return RegelsetBron.uitMap(REGELS);
    }

    public static Regelset compileer(SortedMap<String, String> bestanden) {
        return RegelsetCompiler.compileer(werkers(), bestanden);
    }

    /** Compiled in workers as production runs them (full JIT, the default settings): for benchmarks. */
    public static Regelset compileerAlsInProductie(SortedMap<String, String> bestanden) {
        return RegelsetCompiler.compileer(Werkerpool.gedeeld(WerkerProperties.STANDAARD), bestanden);
    }
}
