package nl.trede.regels;

import java.time.LocalDate;
import java.util.List;
import nl.trede.beoordeling.HalfjaarCijfers;
import org.junit.jupiter.api.Test;

class WerkerRookTest {

    @Test
    void rook() {
        long t0 = System.nanoTime();
        Regelset r = Testregels.compileer(Testregels.domein("interventieladder/standaard"));
        System.out.println("compileer " + (System.nanoTime() - t0) / 1_000_000 + " ms; regels " + r.regels().size());
        System.out.println(Testregels.werkers().status());
        List<Object> feiten = new java.util.ArrayList<>(r.parameters().feitenOp(LocalDate.of(2025, 1, 1)));
        feiten.add(new HalfjaarCijfers("GM0106", "Assen", "2025-1", 20, 5, 0, 10, null, 1, LocalDate.of(2025, 4, 1)));
        for (int i = 0; i < 5; i++) {
            t0 = System.nanoTime();
            Uitvoering u = r.voerUit(feiten);
            System.out.println("voerUit " + (System.nanoTime() - t0) / 1_000 + " us; " + u.conclusies().size() + " conclusies, " + u.gevuurd().size() + " gevuurd");
            if (i == 0) { u.conclusies().forEach(System.out::println); u.gevuurd().forEach(g -> System.out.println(g.regel() + " " + g.feiten().size())); }
        }
    }
}
