package nl.trede.regels;

import java.nio.file.Path;
import java.util.SortedMap;

/**
 * The rule set of {@code rules/} for tests of other capabilities, compiled as trede compiles it but without the
 * app: how to read and compile it stays regels' own business.
 */
public final class Testregels {

    private static final Path REGELS = Path.of("rules");

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
        return RegelsetCompiler.compileer(bestanden);
    }
}
