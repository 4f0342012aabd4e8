package nl.trede.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import nl.trede.TredeApplication;
import nl.trede.gemeente.Gemeente;
import nl.trede.gemeente.GemeenteService;
import nl.trede.support.TestDatabase;
import nl.trede.support.Testcijfers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * (a) Validation plus activation of the shipped rule set (compile, parameters, scenarios,
 * completeness grid, store, record). (b) Impact of a changed candidate over ten stored periods of
 * all 342 gemeenten (compile the candidate, read the figures, two dry runs per period).
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench=RegelsetBenchmark}.
 */
public class RegelsetBenchmark {

    /** Ten periods of their own, 2064-1 to 2068-2. */
    static final List<String> PERIODES = List.of("2064-1", "2064-2", "2065-1", "2065-2", "2066-1", "2066-2",
            "2067-1", "2067-2", "2068-1", "2068-2");

    @State(Scope.Benchmark)
    public static class App {
        ConfigurableApplicationContext context;
        RegelsetService regelsets;
        ImpactService impact;
        SortedMap<String, String> kandidaat;

        @Setup
        public void setUp() {
            TestDatabase.Verbinding db = TestDatabase.verbinding();
            context = new SpringApplicationBuilder(TredeApplication.class).profiles("test").run(
                    db.argumenten("--server.port=0", "--logging.level.root=WARN"));
            regelsets = context.getBean(RegelsetService.class);
            impact = context.getBean(ImpactService.class);
            kandidaat = new TreeMap<>(regelsets.leesBron());
            kandidaat.computeIfPresent("interventieladder/standaard/ondergrens.drl", (pad, inhoud) -> inhoud.replace(
                    "int ondergrens = $c.taakstelling() + $c.correcties();", "int ondergrens = $c.taakstelling() + $c.correcties() + 5;"));
            Testcijfers cijfers = new Testcijfers(context.getBean(JdbcClient.class), "regelset-benchmark.csv");
            List<String> codes = context.getBean(GemeenteService.class).alle().stream().map(Gemeente::code).toList();
            Random random = new Random(342);
            for (String periode : PERIODES) {
                for (String code : codes) {
                    int t = random.nextInt(121);
                    int b = random.nextInt(71) - 10;
                    int r = random.nextInt(t + Math.max(b, 0) + 1);
                    Integer g = random.nextInt(3) == 0 ? random.nextInt(t + 1) : null;
                    cijfers.voegToe(code, periode, t, b, 0, r, g, 1 + random.nextInt(3));
                }
            }
        }

        @TearDown
        public void tearDown() {
            context.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object validerenEnActiveren(App app) {
        return app.regelsets.activeer("benchmark", "benchmark");
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object impactTienPeriodesVan342Gemeenten(App app) {
        List<Impactregel> regels = new ArrayList<>(app.impact.impact(app.kandidaat, PERIODES, null).gemeenten());
        if (regels.size() < 10 * 342) {
            throw new IllegalStateException("Verwacht 3420 gemeenten, kreeg " + regels.size());
        }
        return regels;
    }
}
