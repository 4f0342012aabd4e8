package nl.trede.snelheid;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs calls from several clients at once for a while, each client one after the other as fast as the
 * answers come, and gathers the time of every call to its last byte.
 */
final class Meter {

    private Meter() {
    }

    /** What one client did. */
    private record Deel(long[] nanos, int fouten, String eersteFout, long bytes) {
    }

    /**
     * Each client calls {@code keuze} for its next call (the same call, or a random page for a mixed
     * run) until {@code duur} has passed and it made at least {@code minimum} calls.
     */
    static Uitslag meet(String naam, List<Bezoeker> bezoekers, Function<Random, Verzoek> keuze, Duration duur, int minimum) {
        ExecutorService draden = Executors.newFixedThreadPool(bezoekers.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Deel>> delen = new ArrayList<>();
            for (int i = 0; i < bezoekers.size(); i++) {
                Bezoeker bezoeker = bezoekers.get(i);
                Random random = new Random(i);
                delen.add(draden.submit(() -> {
                    start.await();
                    return client(bezoeker, () -> keuze.apply(random), System.nanoTime() + duur.toNanos(), minimum);
                }));
            }
            long begin = System.nanoTime();
            start.countDown();
            List<Deel> klaar = new ArrayList<>();
            for (Future<Deel> deel : delen) {
                klaar.add(deel.get());
            }
            long wand = System.nanoTime() - begin;
            long[] alle = klaar.stream().flatMapToLong(d -> java.util.Arrays.stream(d.nanos())).toArray();
            int fouten = klaar.stream().mapToInt(Deel::fouten).sum();
            String eerste = klaar.stream().map(Deel::eersteFout).filter(f -> f != null).findFirst().orElse(null);
            long bytes = klaar.stream().mapToLong(Deel::bytes).max().orElse(0);
            return Uitslag.van(naam, bezoekers.size(), alle, fouten, eerste, wand, bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Meting onderbroken: " + naam, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Meting mislukt: " + naam, e.getCause());
        } finally {
            draden.shutdownNow();
        }
    }

    private static Deel client(Bezoeker bezoeker, java.util.function.Supplier<Verzoek> volgende, long einde, int minimum) {
        List<Long> nanos = new ArrayList<>();
        int fouten = 0;
        String eersteFout = null;
        long bytes = 0;
        while (nanos.size() < minimum || System.nanoTime() < einde) {
            Verzoek verzoek = volgende.get();
            long begin = System.nanoTime();
            String fout;
            try {
                Bezoeker.Antwoord antwoord = bezoeker.stuur(verzoek);
                bytes = antwoord.inhoud().length;
                fout = antwoord.status() == verzoek.verwacht() ? null : verzoek.naam() + " gaf " + antwoord.status()
                        + " in plaats van " + verzoek.verwacht() + ": " + kort(antwoord.tekst());
            } catch (RuntimeException e) {
                fout = verzoek.naam() + ": " + e.getMessage();
            }
            nanos.add(System.nanoTime() - begin);
            if (fout != null) {
                fouten++;
                eersteFout = eersteFout == null ? fout : eersteFout;
            }
        }
        return new Deel(nanos.stream().mapToLong(Long::longValue).toArray(), fouten, eersteFout, bytes);
    }

    private static String kort(String tekst) {
        String eenRegel = tekst.replaceAll("\\s+", " ").trim();
        return eenRegel.length() <= 300 ? eenRegel : eenRegel.substring(0, 300) + "...";
    }
}
