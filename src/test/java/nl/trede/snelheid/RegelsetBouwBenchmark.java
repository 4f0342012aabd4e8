package nl.trede.snelheid;

import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import nl.trede.regels.Regelset;
import nl.trede.regels.Testregels;
import nl.trede.regels.werker.Bericht;
import nl.trede.regels.werker.MotorInDitProces;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building a kader of the interventieladder ({@code rules/interventieladder/standaard/}) as the app does it (checked and
 * compiled in a worker process, the answer read back) and with the worker's engine in this JVM: the compile part of an
 * activation, which a policy writer waits for. Single shots, so the first iteration is a cold build as at start-up.
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
    public Regelset inDeWerker(Bron bron) {
        return Testregels.compileer(bron.bestanden);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Bericht.Gecompileerd inDitProces(Bron bron) {
        return new MotorInDitProces().compileer("bouw", bron.bestanden);
    }
}
