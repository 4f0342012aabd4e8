package nl.trede.regels;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import nl.trede.regels.werker.Bericht;
import nl.trede.regels.werker.Kanaal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker process as the app sees it: a request goes in, one answer comes back within its deadline, or the process
 * is killed. Frames are read on a thread of their own, so that waiting for an answer can end; what the worker writes to
 * standard error is logged. One request at a time: the {@link Werkerpool} lends a worker to one caller.
 */
final class Werkerproces {

    private static final Logger LOG = LoggerFactory.getLogger(Werkerproces.class);
    /** The largest answer the app reads from a worker: a report's PDF, or a large run's conclusions. */
    static final int MAX_ANTWOORD = 64 * 1024 * 1024;
    private static final AtomicLong SESSIES = new AtomicLong();
    /** Java 17 warns on every start that the security manager will go; README, "Wanden", says so once. */
    private static final Pattern JDK_WAARSCHUWING = Pattern.compile("WARNING: (A terminally deprecated method in java\\.lang\\.System"
            + "|System::setSecurityManager|Please consider reporting this to the maintainers of nl\\.trede\\.regels\\.werker)");

    private final Process proces;
    private final Kanaal kanaal;
    private final BlockingQueue<Object> antwoorden = new LinkedBlockingQueue<>();
    private final Set<String> gecompileerd = new HashSet<>();
    private final boolean proef;
    private final String omhulling;
    private volatile Bericht.Gereed gereed;
    private volatile boolean gestopt;
    private volatile long rustSinds = System.nanoTime();

    private Werkerproces(Process proces, boolean proef, String omhulling) {
        this.proces = proces;
        this.proef = proef;
        this.omhulling = omhulling;
        this.kanaal = new Kanaal(proces.getInputStream(), proces.getOutputStream(), MAX_ANTWOORD);
        Thread lezer = new Thread(this::lees, "werker-" + proces.pid() + "-lezer");
        lezer.setDaemon(true);
        lezer.start();
        Thread fouten = new Thread(this::logFouten, "werker-" + proces.pid() + "-stderr");
        fouten.setDaemon(true);
        fouten.start();
    }

    /** Starts a worker with {@code commando} and waits until it says it is ready; killed when it does not within {@code opstarttijd}. */
    static Werkerproces start(List<String> commando, boolean proef, String omhulling, Duration opstarttijd) throws IOException {
        ProcessBuilder bouwer = new ProcessBuilder(commando);
        bouwer.environment().clear();
        bouwer.environment().put("PATH", "/usr/local/bin:/usr/bin:/bin");
        bouwer.environment().put("LANG", "C.UTF-8");
        bouwer.directory(new java.io.File("/"));
        Werkerproces werker = new Werkerproces(bouwer.start(), proef, omhulling);
        Kanaal.Frame eerste = werker.wacht(opstarttijd);
        if (eerste == null || eerste.soort() != Bericht.Soort.GEREED) {
            werker.stop();
            throw new IOException(eerste == null ? "de werker was na " + opstarttijd.toSeconds() + " seconden niet gereed"
                    : "de werker antwoordde " + eerste.soort() + " in plaats van gereed");
        }
        werker.gereed = eerste.als(Bericht.Gereed.class);
        return werker;
    }

    /**
     * Sends a request and returns its answer, or null when none came within {@code tijd}: then the worker is killed.
     * When the worker ended or spoke out of turn it is killed too, and an {@link IOException} says so.
     */
    Kanaal.Frame vraag(Bericht.Soort soort, Object verzoek, Duration tijd) throws IOException {
        antwoorden.clear();
        try {
            kanaal.schrijf(soort, verzoek);
        } catch (IOException e) {
            stop();
            throw new IOException("de werker nam het verzoek niet aan: " + e.getMessage(), e);
        }
        Kanaal.Frame antwoord = wacht(tijd);
        rustSinds = System.nanoTime();
        if (antwoord == null) {
            stop();
        }
        return antwoord;
    }

    /** Sends a message that gets no answer. */
    void meld(Bericht.Soort soort, Object bericht) throws IOException {
        kanaal.schrijf(soort, bericht);
    }

    private Kanaal.Frame wacht(Duration tijd) throws IOException {
        Object antwoord;
        try {
            antwoord = antwoorden.poll(tijd.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IOException("onderbroken terwijl de werker bezig was", e);
        }
        if (antwoord instanceof IOException fout) {
            stop();
            throw new IOException("de werker hield op" + afloop() + " (" + fout.getMessage() + ")", fout);
        }
        return (Kanaal.Frame) antwoord;
    }

    /** How the process ended, when it did: its exit status after a short wait. */
    private String afloop() {
        try {
            if (proces.waitFor(200, TimeUnit.MILLISECONDS)) {
                return " met afsluitcode " + proces.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "";
    }

    private void lees() {
        try {
            while (true) {
                antwoorden.add(kanaal.lees());
            }
        } catch (IOException | RuntimeException e) {
            antwoorden.add(e instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }

    private void logFouten() {
        try (BufferedReader regels = new BufferedReader(new InputStreamReader(proces.getErrorStream(), StandardCharsets.UTF_8))) {
            String regel;
            while ((regel = regels.readLine()) != null) {
                if (JDK_WAARSCHUWING.matcher(regel).lookingAt()) {
                    continue;
                }
                LOG.warn("werker {}: {}", proces.pid(), regel.length() > 2000 ? regel.substring(0, 2000) + "..." : regel);
            }
        } catch (IOException e) {
            // The worker is gone.
        }
    }

    /** Kills the process at once; a runaway action costs nothing after this. */
    void stop() {
        gestopt = true;
        proces.destroyForcibly();
    }

    /** Alive and not told to stop: a killed process may take a moment to be gone, and is never lent again. */
    boolean leeft() {
        return !gestopt && proces.isAlive();
    }

    boolean heeft(String versie) {
        return gecompileerd.contains(versie);
    }

    void gecompileerd(String versie) {
        gecompileerd.add(versie);
    }

    boolean isProef() {
        return proef;
    }

    long pid() {
        return proces.pid();
    }

    Bericht.Gereed gereed() {
        return gereed;
    }

    String omhulling() {
        return omhulling;
    }

    Duration rust() {
        return Duration.ofNanos(System.nanoTime() - rustSinds);
    }

    static long nieuweSessie() {
        return SESSIES.incrementAndGet();
    }
}
