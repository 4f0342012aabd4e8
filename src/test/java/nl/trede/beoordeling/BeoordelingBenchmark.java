package nl.trede.beoordeling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.trede.TredeApplication;
import nl.trede.gemeente.Gemeente;
import nl.trede.gemeente.GemeenteService;
import nl.trede.kern.Periode;
import nl.trede.regels.Regelset;
import nl.trede.regels.Testregels;
import nl.trede.support.TestDatabase;
import nl.trede.support.Testcijfers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * (a) The interventieladder rules alone over 342 generated gemeenten, KieBase reused, listener on:
 * reported per gemeente-assessment. (b) A whole run of all 342 gemeenten with everything stored.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench=BeoordelingBenchmark}.
 */
public class BeoordelingBenchmark {

    static final int GEMEENTEN = 342;

    /** Figures like a real half-year: taakstelling 0-120, a stand of -10..60, some koppelingstekort. */
    static List<HalfjaarCijfers> gegenereerd(List<String> codes, String periode) {
        Random random = new Random(342);
        List<HalfjaarCijfers> cijfers = new ArrayList<>();
        for (String code : codes) {
            int t = random.nextInt(121);
            int b = random.nextInt(71) - 10;
            int r = random.nextInt(t + Math.max(b, 0) + 1);
            Integer g = random.nextInt(3) == 0 ? random.nextInt(t + 1) : null;
            cijfers.add(new HalfjaarCijfers(code, code, periode, t, b, 0, r, g, 1 + random.nextInt(3), LocalDate.of(2025, 4, 1)));
        }
        return cijfers;
    }

    @State(Scope.Benchmark)
    public static class AlleenRegels {
        Regelset regelset;
        List<Object> feiten;

        @Setup
        public void setUp() {
            regelset = Testregels.compileer(Testregels.domein("interventieladder/standaard"));
            List<String> codes = new ArrayList<>();
            for (int i = 1; i <= GEMEENTEN; i++) {
                codes.add(String.format("GM%04d", i));
            }
            feiten = new ArrayList<>(regelset.parameters().feitenOp(LocalDate.of(2025, 1, 1)));
            feiten.addAll(gegenereerd(codes, "2025-1"));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(GEMEENTEN)
    public Object regelsPerGemeente(AlleenRegels staat) {
        return staat.regelset.voerUit(staat.feiten);
    }

    @State(Scope.Benchmark)
    public static class HeleRonde {
        ConfigurableApplicationContext context;
        BeoordelingService service;

        @Setup
        public void setUp() {
            TestDatabase.Verbinding db = TestDatabase.verbinding();
            context = new SpringApplicationBuilder(TredeApplication.class).profiles("test").run(
                    db.argumenten("--server.port=0", "--logging.level.root=WARN"));
            service = context.getBean(BeoordelingService.class);
            Testcijfers cijfers = new Testcijfers(context.getBean(JdbcClient.class), "benchmark.csv");
            List<String> codes = context.getBean(GemeenteService.class).alle().stream().map(Gemeente::code).toList();
            for (HalfjaarCijfers c : gegenereerd(codes, "2030-1")) {
                cijfers.voegToe(c.gemeente(), c.periode(), c.taakstelling(), c.standBegin(), c.correcties(), c.realisatie(),
                        c.tijdigGekoppeld(), c.vorigeTrede());
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
    public Object heleRondeVan342Gemeenten(HeleRonde staat) {
        // 2030-1 has not ended yet: a voorlopige ronde, which stores exactly what a final one does
        return staat.service.start(Periode.van("2030-1"), null, "benchmark", true);
    }
}
