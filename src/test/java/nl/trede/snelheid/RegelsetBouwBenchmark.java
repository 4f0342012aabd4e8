package nl.trede.snelheid;

import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import nl.trede.regels.Regelset;
import nl.trede.regels.Testregels;
import nl.trede.regels.UitvoerbaarModel;
import org.kie.api.KieBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building a kader of the interventieladder ({@code rules/interventieladder/standaard/}), classic as the app does it and as an
 * executable model (the proposal): the compile part of an activation, which a policy writer waits for.
 * Single shots, so the first iteration is a cold build as at start-up.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench=RegelsetBouwBenchmark -Dbench.args="-wi 0 -i 6 -f 2"}.
 */
public class RegelsetBouwBenchmark {

    @State(Scope.Benchmark)
    public static class Bron {
        SortedMap<String, String> bestanden;

        @Setup
        public void setUp() {
            bestanden = Testregels.domein("interventieladder/standaard");
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Regelset klassiek(Bron bron) {
        return Testregels.compileer(bron.bestanden);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public KieBase uitvoerbaarModel(Bron bron) {
        return UitvoerbaarModel.kieBase(bron.bestanden);
    }
}
