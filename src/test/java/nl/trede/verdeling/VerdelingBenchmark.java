package nl.trede.verdeling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.trede.gemeente.Provincie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole allocation of one province, rules included (step 4a session and a session per
 * minimum-share round), without the database. Not a unit test; run it with
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main VerdelingBenchmark -wi 2 -i 3 -f 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VerdelingBenchmark {

    @Param({"60", "342"})
    int gemeenten;

    Invoer invoer;

    @Setup
    public void maakProvincie() {
        // compiling the rules (class initialisation of Provincies) stays outside the measurement
        Provincies.REGELSET.versie();
        invoer = provincie(gemeenten, new Random(2024));
    }

    @Benchmark
    public Resultaat verdeel() {
        return Berekening.bereken(invoer, Provincies.REGELSET, Provincies.DATUM);
    }

    /**
     * A province like the real ones: indicatieve verdeling from tens to a thousand places, most
     * gemeenten offering part of it, some all of it, some a historic or Ukrainian exception, a few
     * uitruil agreements, and an opgave that leaves a restopgave of about a third of the gap.
     */
    static Invoer provincie(int aantal, Random kans) {
        List<Invoer.Gemeente> lijst = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            int regulier = 30 + kans.nextInt(kans.nextInt(10) == 0 ? 1200 : 300);
            int amv = 3 + regulier / 10;
            int verslag = (int) (regulier * kans.nextDouble() * 1.2);
            BigDecimal historisch = BigDecimal.valueOf(kans.nextInt(20) == 0 ? regulier * 2 : regulier / 3);
            int oekraine = kans.nextInt(40);
            lijst.add(new Invoer.Gemeente(String.format("GM%04d", i + 1), "Gemeente " + (i + 1), regulier, amv, verslag,
                    kans.nextInt(amv), kans.nextInt(10), 0, historisch, oekraine, 12));
        }
        List<Invoer.Uitruil> uitruil = List.of(
                new Invoer.Uitruil(lijst.get(0).code(), lijst.get(1).code(), Math.min(5, lijst.get(0).verslagRegulier()), null),
                new Invoer.Uitruil(lijst.get(2).code(), lijst.get(3).code(), Math.min(5, lijst.get(2).verslagRegulier()), "Noord"));
        int regulier = 0;
        int amv = 0;
        for (Invoer.Gemeente g : lijst) {
            regulier += g.aangeboden(Soort.REGULIER) + Math.max(0, g.indicatiefRegulier() - g.aangeboden(Soort.REGULIER)) / 3;
            amv += g.aangeboden(Soort.AMV) + Math.max(0, g.indicatiefAmv() - g.aangeboden(Soort.AMV)) / 3;
        }
        return new Invoer(new Provincie("PV99", "Benchmark"), "benchmark " + aantal, regulier, amv, lijst,
                uitruil.stream().filter(u -> u.regulier() > 0).toList());
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args.length == 0 ? new String[] {"VerdelingBenchmark", "-wi", "2", "-i", "3", "-f", "1"} : args);
    }
}
