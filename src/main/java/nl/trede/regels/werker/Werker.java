package nl.trede.regels.werker;

import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import nl.trede.regels.Feittypen;
import nl.trede.regels.GevuurdeRegel;
import nl.trede.regels.Parameter;
import tools.jackson.databind.JsonNode;

/**
 * The worker process: started by the app ({@code WerkerProces}) to run what policy writers wrote (rules, letter
 * templates) away from the app's database, passwords and heap. It reads requests from standard input and answers on
 * standard output (see {@link Kanaal}), one at a time. Before the first request it loads what it needs, then locks
 * itself in ({@link Zandbak}); a watchdog answers for a request past its time and then ends the process, since an
 * action that does not return cannot be stopped any other way. When the app goes away (standard input closes) the
 * worker ends too.
 */
public final class Werker {

    /** The largest request the worker reads: the files of a domain, or the facts of a large run. */
    static final int MAX_VERZOEK = 64 * 1024 * 1024;
    /** Past its deadline, how long a session gets to halt itself at a firing before the worker gives up on it. */
    private static final long MARGE_MS = 500;

    private final Kanaal kanaal;
    private final Motor motor = new Motor();
    private final Opmaak opmaak = new Opmaak();
    private final ScheduledExecutorService wachter = Executors.newSingleThreadScheduledExecutor(taak -> {
        Thread draad = new Thread(taak, "werker-wachter");
        draad.setDaemon(true);
        return draad;
    });
    private final AtomicReference<Spoor> lopend = new AtomicReference<>();
    private final Map<Long, Plaatsen> sessies = new HashMap<>();
    /** Room kept free, let go when the heap runs out, so that the worker can still say so. */
    private byte[] reserve = new byte[4 * 1024 * 1024];

    private Werker(Kanaal kanaal) {
        this.kanaal = kanaal;
    }

    public static void main(String[] args) throws Exception {
        long begin = ManagementFactory.getRuntimeMXBean().getStartTime();
        // The frames go over the real standard output; anything a library prints goes to standard error, which the app logs.
        Kanaal kanaal = new Kanaal(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out), MAX_VERZOEK);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        stil();
        Werker werker = new Werker(kanaal);
        werker.warmOp();
        long pid = ProcessHandle.current().pid();
        int uid = Wanden.uid();
        boolean netwerkDicht = netwerkDicht();
        boolean zandbak = Wanden.sluit();
        kanaal.schrijf(Bericht.Soort.GEREED, new Bericht.Gereed(pid, System.getProperty("user.name"),
                uid, netwerkDicht, zandbak, Runtime.version().toString(), System.currentTimeMillis() - begin));
        werker.werk();
    }

    /** Only warnings and errors reach the app's log: the libraries' start-up chatter would fill it at every worker start. */
    private static void stil() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        // A template that fails is answered to the app, which says so; Thymeleaf would log the whole template as well.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.thymeleaf")).setLevel(ch.qos.logback.classic.Level.OFF);
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    /** Loads what every request needs while nothing is locked yet: the fact types, Drools, Thymeleaf, the PDF fonts. */
    private void warmOp() {
        Feittypen.alle();
        Regelwereld.standaard();
        SortedMap<String, String> proef = new TreeMap<>();
        proef.put("opwarmen/opwarmen.drl", """
                package opwarmen;
                import nl.trede.regels.Parameter;
                rule "Opwarmen"
                    @grondslag("trede")
                when
                    $p : Parameter( naam == "opwarmen", $g : geheel > 0 )
                then
                    insert(new Parameter("opgewarmd", null, $g + 1, null, null, "trede"));
                end
                """);
        Bericht.Gecompileerd gecompileerd = motor.compileer("opwarmen", proef);
        if (!gecompileerd.fouten().isEmpty()) {
            throw new IllegalStateException("De werker kan niet opwarmen: " + gecompileerd.fouten());
        }
        motor.voerUit("opwarmen", 0, List.of(new Parameter("opwarmen", null, 1, null, null, "trede")),
                new Bericht.Budget(100, 0, 10_000), Motor.Toezicht.GEEN);
        opmaak.warmOp();
    }

    private void werk() throws IOException {
        while (true) {
            Kanaal.Frame frame;
            try {
                frame = kanaal.lees();
            } catch (EOFException e) {
                Runtime.getRuntime().halt(0);
                return;
            }
            AtomicBoolean beantwoord = new AtomicBoolean();
            lopend.set(null);
            try {
                behandel(frame, beantwoord);
            } catch (Overschrijding e) {
                antwoord(beantwoord, Bericht.Soort.OVERSCHREDEN, e.bericht(false));
            } catch (OutOfMemoryError e) {
                reserve = null;
                Spoor spoor = lopend.get();
                antwoord(beantwoord, Bericht.Soort.OVERSCHREDEN, new Overschrijding("zij gebruikten meer geheugen dan de werker heeft",
                        List.of(), spoor == null ? null : spoor.langst()).bericht(true));
                Runtime.getRuntime().halt(3);
            } catch (RuntimeException | StackOverflowError e) {
                if (geheugenOp(e)) {
                    reserve = null;
                    Spoor spoor = lopend.get();
                    antwoord(beantwoord, Bericht.Soort.OVERSCHREDEN, new Overschrijding("zij gebruikten meer geheugen dan de werker heeft",
                            List.of(), spoor == null ? null : spoor.langst()).bericht(true));
                    Runtime.getRuntime().halt(3);
                }
                antwoord(beantwoord, Bericht.Soort.FOUT, new Bericht.Fout(e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
    }

    private void behandel(Kanaal.Frame frame, AtomicBoolean beantwoord) throws IOException {
        switch (frame.soort()) {
            case COMPILEER -> {
                Bericht.Compileer verzoek = frame.als(Bericht.Compileer.class);
                antwoord(beantwoord, Bericht.Soort.GECOMPILEERD, motor.compileer(verzoek.versie(), verzoek.bestanden()));
            }
            case VOER_UIT -> {
                Bericht.VoerUit verzoek = frame.als(Bericht.VoerUit.class);
                List<Object> feiten = new ArrayList<>(verzoek.feiten().size());
                for (Bericht.Feitwaarde f : verzoek.feiten()) {
                    feiten.add(Kanaal.JSON.treeToValue(f.waarde(), Feittypen.klasse(f.type()).orElseThrow(
                            () -> new IllegalArgumentException("onbekend feittype " + f.type()))));
                }
                Plaatsen plaatsen = verzoek.sessie() == 0 ? new Plaatsen() : sessies.computeIfAbsent(verzoek.sessie(), s -> new Plaatsen());
                feiten.forEach(plaatsen::voegToe);
                bewaak(beantwoord, verzoek.budget().tijdMs());
                // The spoor stays set after the session: when the heap ran out, the catch below still names the rule.
                Resultaat resultaat;
                try {
                    resultaat = motor.voerUit(verzoek.versie(), verzoek.sessie(), feiten, verzoek.budget(),
                            spoor -> { if (spoor != null) { lopend.set(spoor); } });
                } catch (Overschrijding e) {
                    sessies.remove(verzoek.sessie());
                    throw e;
                }
                antwoord(beantwoord, Bericht.Soort.UITGEVOERD, uitgevoerd(plaatsen, resultaat));
            }
            case SLUIT_SESSIE -> {
                long sessie = frame.als(Bericht.SluitSessie.class).sessie();
                motor.sluit(sessie);
                sessies.remove(sessie);
            }
            case MAAK_OP -> {
                Bericht.MaakOp verzoek = frame.als(Bericht.MaakOp.class);
                bewaak(beantwoord, verzoek.tijdMs());
                Object opgemaakt;
                try {
                    opgemaakt = opmaak.maakOp(verzoek);
                } catch (RuntimeException e) {
                    antwoord(beantwoord, Bericht.Soort.FOUT, Opmaak.fout(e));
                    return;
                }
                antwoord(beantwoord, Bericht.Soort.OPGEMAAKT, opgemaakt);
            }
            default -> throw new IllegalArgumentException("Een werker beantwoordt geen " + frame.soort());
        }
    }

    /**
     * Shortly after the deadline of the request, if it is still running: answer with the rule that ran longest and end
     * the process, since the action that runs away cannot be stopped inside it. The margin lets a session that is past
     * its time halt itself at its next firing, which ends it cleanly.
     */
    private void bewaak(AtomicBoolean beantwoord, long tijdMs) {
        wachter.schedule(() -> {
            if (beantwoord.get()) {
                return;
            }
            Spoor spoor = lopend.get();
            String reden = "zij waren na " + Getal.duur(tijdMs) + " niet klaar";
            try {
                antwoord(beantwoord, Bericht.Soort.OVERSCHREDEN, spoor == null
                        ? new Overschrijding(reden, List.of(), null).bericht(true) : spoor.overschrijding(reden).bericht(true));
            } catch (IOException | RuntimeException e) {
                // The app is gone or the heap is; the process ends either way.
            }
            Runtime.getRuntime().halt(2);
        }, tijdMs + MARGE_MS, TimeUnit.MILLISECONDS);
    }

    private void antwoord(AtomicBoolean beantwoord, Bericht.Soort soort, Object bericht) throws IOException {
        if (beantwoord.compareAndSet(false, true)) {
            kanaal.schrijf(soort, bericht);
        }
    }

    /**
     * The facts of one session by their place, in the order both sides learn them: the facts of a round as they were
     * put in, then what the round concluded. A stateful session keeps its places over its rounds: a rule of the third
     * round matches a parameter put in by the first.
     */
    private static final class Plaatsen {

        private final Map<Object, Integer> plek = new IdentityHashMap<>();
        private int aantal;

        void voegToe(Object feit) {
            plek.putIfAbsent(feit, aantal);
            aantal++;
        }

        Integer van(Object feit) {
            return plek.get(feit);
        }
    }

    /** The result as data: conclusions by type and fields, fired rules referring to the session's facts by their place. */
    private static Bericht.Uitgevoerd uitgevoerd(Plaatsen plaatsen, Resultaat resultaat) {
        List<Bericht.Feitwaarde> conclusies = new ArrayList<>(resultaat.conclusies().size());
        Map<Object, Integer> nieuw = new IdentityHashMap<>();
        for (Object c : resultaat.conclusies()) {
            nieuw.put(c, conclusies.size());
            plaatsen.voegToe(c);
            conclusies.add(feitwaarde(c));
        }
        List<Bericht.Vuring> gevuurd = new ArrayList<>(resultaat.gevuurd().size());
        for (GevuurdeRegel r : resultaat.gevuurd()) {
            List<JsonNode> gematcht = new ArrayList<>(r.feiten().size());
            for (Object f : r.feiten()) {
                Integer i = plaatsen.van(f);
                gematcht.add(i != null ? Kanaal.JSON.getNodeFactory().numberNode(i)
                        : Kanaal.JSON.createObjectNode().set("waarde", Kanaal.JSON.valueToTree(f)));
            }
            List<Integer> ingevoegd = new ArrayList<>(r.conclusies().size());
            r.conclusies().forEach(c -> ingevoegd.add(nieuw.get(c)));
            gevuurd.add(new Bericht.Vuring(r.volgnummer(), r.regel(), r.pakket(), r.grondslag(), gematcht, ingevoegd));
        }
        return new Bericht.Uitgevoerd(conclusies, gevuurd);
    }

    private static Bericht.Feitwaarde feitwaarde(Object feit) {
        String type = Feittypen.naam(feit.getClass()).orElseThrow(() -> new IllegalStateException(
                "een regel voegde " + feit.getClass().getSimpleName() + " in; een regel voegt alleen feiten in"));
        return new Bericht.Feitwaarde(type, Kanaal.JSON.valueToTree(feit));
    }

    /** Drools hands an error in an action on wrapped in its own exception. */
    private static boolean geheugenOp(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Whether this process reaches no network: no interface but a loopback that is down, as in a network namespace of its own. */
    private static boolean netwerkDicht() {
        try {
            for (NetworkInterface i : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!i.isLoopback() || i.isUp()) {
                    return false;
                }
            }
            return true;
        } catch (SocketException e) {
            // Java lists interfaces with an address; a network namespace of its own has only a loopback without one.
            return e.getMessage() != null && e.getMessage().contains("No network interfaces configured");
        }
    }
}
