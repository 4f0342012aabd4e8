package nl.trede.regels;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.trede.regels.werker.Bericht;
import nl.trede.regels.werker.Getal;
import nl.trede.regels.werker.Kanaal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The worker processes that run what policy writers wrote (rules and letter templates), so that the app itself never
 * loads their code. Two kinds, never mixed: workers for the rules in use (the runs, replays, letters, monitoring), kept
 * warm, each with the versions in use compiled; and proof workers for rules that are not in use yet (validation,
 * impact, scenarios), started when needed, ended after a while of rest and after anything went wrong, so that a
 * candidate can never leave anything behind in a worker that decides. A worker past its budget is killed: a rule that
 * runs away inside one action costs nothing after its refusal. On shutdown every worker is killed first.
 */
public final class Werkerpool {

    private static final Logger LOG = LoggerFactory.getLogger(Werkerpool.class);
    /** How long a caller waits for a free worker before it is told they are all busy. */
    private static final Duration WACHTEN = Duration.ofSeconds(120);
    /** Compiling a domain takes a second or so; this is the bound for a worker that hangs on it. */
    private static final Duration COMPILEREN = Duration.ofSeconds(120);

    private final WerkerProperties instellingen;
    private final Werkeropdracht opdracht;
    private final Soort productie;
    private final Soort proef;
    private final List<Regelset> voorladen = new CopyOnWriteArrayList<>();
    /** Ends proof workers that rested long enough. */
    private final ScheduledExecutorService onderhoud = Executors.newSingleThreadScheduledExecutor(taak -> {
        Thread draad = new Thread(taak, "werkerpool");
        draad.setDaemon(true);
        return draad;
    });
    /** Starts workers and compiles the rules in use in them, each on a thread of its own: one that waits holds up no other. */
    private final java.util.concurrent.ExecutorService starter = Executors.newCachedThreadPool(taak -> {
        Thread draad = new Thread(taak, "werker-starten");
        draad.setDaemon(true);
        return draad;
    });
    private Werkeropdracht.Omhulling omhulling;
    private final java.util.concurrent.atomic.AtomicBoolean gemeld = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean gestopt;
    private int gebruikers;

    private static final Map<WerkerProperties, Werkerpool> GEDEELD = new java.util.HashMap<>();

    /**
     * The pool for these settings in this JVM, started when there is none: the app has one context, but tests have
     * several, and the tests without a context use it too; their workers and compiled rules are the same. The last
     * context to close ends it ({@link #afmelden}).
     */
    public static synchronized Werkerpool gedeeld(WerkerProperties instellingen) {
        Werkerpool pool = voorstarten(instellingen);
        pool.gebruikers++;
        return pool;
    }

    /** The pool for these settings started, before any context uses it ({@link Werkervoorstart}). */
    static synchronized Werkerpool voorstarten(WerkerProperties instellingen) {
        Werkerpool pool = GEDEELD.get(instellingen);
        if (pool == null || pool.gestopt) {
            pool = new Werkerpool(instellingen);
            GEDEELD.put(instellingen, pool);
            Werkerpool nieuw = pool;
            Runtime.getRuntime().addShutdownHook(new Thread(nieuw::stopNu, "werkerpool-stop"));
        }
        return pool;
    }

    private Werkerpool(WerkerProperties instellingen) {
        this.instellingen = instellingen;
        this.opdracht = new Werkeropdracht(instellingen);
        this.productie = new Soort(false, instellingen.aantal());
        this.proef = new Soort(true, instellingen.proefwerkers());
        // Two now at most, for the validation at start-up side by side; any others when the rules in use are known.
        for (int i = 0; i < Math.min(2, instellingen.aantal()); i++) {
            starter.execute(productie::vul);
        }
        onderhoud.scheduleWithFixedDelay(proef::ruimOp, 5, 5, TimeUnit.SECONDS);
    }

    /** Checks and compiles a domain's files in a worker of the kind; the worker keeps the compiled rules. */
    Bericht.Gecompileerd compileer(boolean alsProef, String versie, SortedMap<String, String> bestanden) {
        try (Lening lening = leen(alsProef)) {
            return lening.compileer(versie, bestanden);
        }
    }

    /** One stateless session of {@code regelset} over {@code feiten}. */
    Uitvoering voerUit(Regelset regelset, Collection<?> feiten) {
        try (Lening lening = leen(regelset.isProef())) {
            return lening.voerUit(regelset, 0, feiten);
        }
    }

    /** A worker lent for a stateful session; give it back by closing the lening. */
    Lening leen(boolean alsProef) {
        if (gestopt) {
            throw new IllegalStateException("trede stopt; er worden geen regels meer uitgevoerd");
        }
        return new Lening(alsProef ? proef : productie);
    }

    /**
     * Renders a template with a model of plain values in a worker, as HTML that the PDF can read: a template not (yet)
     * in use renders in a proof worker.
     */
    public String html(boolean alsProef, String pad, String sjabloon, String naam, Object model) {
        return maakOp(alsProef, new Bericht.MaakOp(pad, sjabloon, naam, Kanaal.JSON.valueToTree(model), null, false,
                instellingen.opmaakTijd().toMillis(), instellingen.opmaakTekens())).html();
    }

    /** The same as a PDF/A, with trede's own {@code bijlage} (XHTML) at the end of its body. */
    public byte[] pdf(boolean alsProef, String pad, String sjabloon, String naam, Object model, String bijlage) {
        return maakOp(alsProef, new Bericht.MaakOp(pad, sjabloon, naam, Kanaal.JSON.valueToTree(model), bijlage, true,
                instellingen.opmaakTijd().toMillis(), instellingen.opmaakTekens())).pdf();
    }

    private Bericht.Opgemaakt maakOp(boolean alsProef, Bericht.MaakOp verzoek) {
        try (Lening lening = leen(alsProef)) {
            return lening.maakOp(verzoek);
        }
    }

    /** The versions in use: compiled in every worker for rules in use, now and in each worker that starts later. */
    void laadVooruit(Collection<Regelset> regelsets) {
        voorladen.clear();
        voorladen.addAll(regelsets);
        for (int i = productie.alle.size(); i < instellingen.aantal(); i++) {
            starter.execute(productie::vul);
        }
        for (int i = 0; i < instellingen.aantal(); i++) {
            starter.execute(() -> {
                try (Lening lening = leen(false)) {
                    lening.laadVooruit();
                } catch (RuntimeException e) {
                    LOG.warn("Vooruit laden in een werker mislukt: {}", e.getMessage());
                }
            });
        }
    }

    /** What runs now: per worker its process, kind, user, walls. */
    public List<Werkerstatus> status() {
        List<Werkerstatus> status = new ArrayList<>();
        productie.alle.values().forEach(w -> status.add(Werkerstatus.van(w)));
        proef.alle.values().forEach(w -> status.add(Werkerstatus.van(w)));
        return status;
    }

    /** One worker process: its id, whether it is a proof worker, and the walls it found itself in. */
    public record Werkerstatus(long pid, boolean proef, String gebruiker, int uid, boolean netwerkDicht, boolean zandbak,
                               String omhulling, String java) {

        static Werkerstatus van(Werkerproces w) {
            Bericht.Gereed g = w.gereed();
            return new Werkerstatus(w.pid(), w.isProef(), g.gebruiker(), g.uid(), g.netwerkDicht(), g.zandbak(), w.omhulling(), g.java());
        }
    }

    /** A worker lent to one caller; closing it gives the worker back, or lets a new one start when it was killed. */
    final class Lening implements AutoCloseable {

        private final Soort soort;
        private final Werkerproces werker;

        private Lening(Soort soort) {
            this.soort = soort;
            this.werker = soort.neem();
        }

        Bericht.Gecompileerd compileer(String versie, SortedMap<String, String> bestanden) {
            Kanaal.Frame antwoord = vraag(Bericht.Soort.COMPILEER, new Bericht.Compileer(versie, bestanden), COMPILEREN,
                    "het compileren");
            Bericht.Gecompileerd gecompileerd = verwacht(antwoord, Bericht.Soort.GECOMPILEERD, Bericht.Gecompileerd.class);
            if (gecompileerd.fouten().isEmpty()) {
                werker.gecompileerd(versie);
            }
            return gecompileerd;
        }

        Uitvoering voerUit(Regelset regelset, long sessie, Collection<?> feiten) {
            return voerUit(regelset, sessie, new Feitvertaling(feiten));
        }

        /** A round of a stateful session, whose facts {@code vertaling} knows from the earlier rounds. */
        Uitvoering voerUit(Regelset regelset, long sessie, Feitvertaling vertaling) {
            if (!werker.heeft(regelset.versie())) {
                Bericht.Gecompileerd gecompileerd = compileer(regelset.versie(), regelset.bestanden());
                if (!gecompileerd.fouten().isEmpty()) {
                    throw new OngeldigeRegelsetException(gecompileerd.fouten());
                }
            }
            Regelbudget budget = regelset.toezicht().budget();
            Bericht.VoerUit verzoek = new Bericht.VoerUit(regelset.versie(), sessie, vertaling.feiten(),
                    new Bericht.Budget(budget.vuurlimietBasis(), budget.vuurlimietPerFeit(), budget.tijd().toMillis()));
            Kanaal.Frame antwoord = vraag(Bericht.Soort.VOER_UIT, verzoek, budget.tijd().plus(instellingen.marge()), "de regels");
            if (antwoord == null) {
                throw new RegelsOverschredenException("zij waren na " + Getal.duur(budget.tijd().toMillis()) + " niet klaar; de "
                        + "werker antwoordde ook daarna niet en is gestopt", List.of(), null);
            }
            if (antwoord.soort() == Bericht.Soort.OVERSCHREDEN) {
                Bericht.Overschreden overschreden = antwoord.als(Bericht.Overschreden.class);
                // A session halted between firings leaves a worker that goes on; one that ends itself is not lent again.
                if (overschreden.werkerStopt()) {
                    werker.stop();
                }
                throw RegelsOverschredenException.van(overschreden);
            }
            return vertaling.uitvoering(verwacht(antwoord, Bericht.Soort.UITGEVOERD, Bericht.Uitgevoerd.class));
        }

        void sluit(long sessie) {
            if (werker.leeft()) {
                try {
                    werker.meld(Bericht.Soort.SLUIT_SESSIE, new Bericht.SluitSessie(sessie));
                } catch (IOException e) {
                    werker.stop();
                }
            }
        }

        Bericht.Opgemaakt maakOp(Bericht.MaakOp verzoek) {
            Kanaal.Frame antwoord = vraag(Bericht.Soort.MAAK_OP, verzoek, Duration.ofMillis(verzoek.tijdMs()).plus(instellingen.marge()),
                    "de opmaak");
            if (antwoord == null || antwoord.soort() == Bericht.Soort.OVERSCHREDEN) {
                werker.stop();
                throw new Opmaakfout("De opmaak van " + verzoek.pad() + " is gestopt: zij was na " + Getal.duur(verzoek.tijdMs())
                        + " niet klaar. Een sjabloon dat lijsten in lijsten herhaalt, wordt snel te groot; herhaal alleen wat in "
                        + "het model een lijst is.", 0, 0, null);
            }
            if (antwoord.soort() == Bericht.Soort.FOUT) {
                Bericht.Fout fout = antwoord.als(Bericht.Fout.class);
                throw new Opmaakfout(fout.melding(), fout.regel(), fout.kolom(), fout.opmaak());
            }
            return verwacht(antwoord, Bericht.Soort.OPGEMAAKT, Bericht.Opgemaakt.class);
        }

        private void laadVooruit() {
            for (Regelset regelset : voorladen) {
                if (!werker.heeft(regelset.versie())) {
                    compileer(regelset.versie(), regelset.bestanden());
                }
            }
        }

        private Kanaal.Frame vraag(Bericht.Soort soort, Object verzoek, Duration tijd, String wat) {
            try {
                return werker.vraag(soort, verzoek, tijd);
            } catch (IOException e) {
                throw new RegelsOverschredenException("de werker voor " + wat + " hield op: " + e.getMessage(), List.of(), null);
            }
        }

        private <T> T verwacht(Kanaal.Frame antwoord, Bericht.Soort soort, Class<T> type) {
            if (antwoord == null) {
                throw new IllegalStateException("De werker antwoordde niet op tijd en is gestopt");
            }
            if (antwoord.soort() == Bericht.Soort.FOUT) {
                throw new IllegalStateException("De werker meldt: " + antwoord.als(Bericht.Fout.class).melding());
            }
            if (antwoord.soort() != soort) {
                werker.stop();
                throw new IllegalStateException("De werker antwoordde " + antwoord.soort() + " in plaats van " + soort);
            }
            try {
                return antwoord.als(type);
            } catch (RuntimeException e) {
                werker.stop();
                throw new IllegalStateException("Het antwoord van de werker is niet te lezen: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            soort.terug(werker);
        }
    }

    /** Workers of one kind: which are free, how many there may be, starting new ones. */
    private final class Soort {

        private final boolean alsProef;
        private final int maximum;
        private final BlockingQueue<Werkerproces> vrij = new LinkedBlockingQueue<>();
        private final Map<Long, Werkerproces> alle = new ConcurrentHashMap<>();
        private final AtomicInteger starten = new AtomicInteger();

        Soort(boolean alsProef, int maximum) {
            this.alsProef = alsProef;
            this.maximum = maximum;
        }

        Werkerproces neem() {
            long tot = System.nanoTime() + WACHTEN.toNanos();
            while (true) {
                Werkerproces werker = vrij.poll();
                if (werker == null && alle.size() + starten.get() < maximum) {
                    // Proof workers start when needed; a worker in use that died is replaced the same way.
                    starter.execute(this::vul);
                }
                try {
                    if (werker == null) {
                        werker = vrij.poll(Math.max(1, tot - System.nanoTime()), TimeUnit.NANOSECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Onderbroken terwijl op een werker werd gewacht", e);
                }
                if (werker == null) {
                    throw new IllegalStateException("Er is geen werker vrij gekomen binnen " + WACHTEN.toSeconds()
                            + " seconden; probeer het zo opnieuw");
                }
                if (werker.leeft()) {
                    return werker;
                }
                alle.remove(werker.pid());
            }
        }

        void terug(Werkerproces werker) {
            if (werker.leeft() && !gestopt) {
                vrij.add(werker);
            } else {
                alle.remove(werker.pid());
                werker.stop();
                if (!alsProef && !gestopt) {
                    starter.execute(this::vul);
                }
            }
        }

        /** Starts one worker if there is room; for rules in use it compiles the versions in use before it is lent. */
        void vul() {
            if (gestopt || alle.size() + starten.get() >= maximum) {
                return;
            }
            starten.incrementAndGet();
            try {
                Werkerproces werker = start(alsProef);
                alle.put(werker.pid(), werker);
                if (!alsProef) {
                    for (Regelset regelset : voorladen) {
                        Kanaal.Frame antwoord = werker.vraag(Bericht.Soort.COMPILEER,
                                new Bericht.Compileer(regelset.versie(), regelset.bestanden()), COMPILEREN);
                        if (antwoord != null && antwoord.soort() == Bericht.Soort.GECOMPILEERD
                                && antwoord.als(Bericht.Gecompileerd.class).fouten().isEmpty()) {
                            werker.gecompileerd(regelset.versie());
                        }
                    }
                }
                if (gestopt) {
                    werker.stop();
                } else {
                    vrij.add(werker);
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("Een werker kon niet starten: {}", e.getMessage());
            } finally {
                starten.decrementAndGet();
            }
        }

        /** Proof workers that rested long enough are ended: what a candidate left behind goes with them. */
        void ruimOp() {
            for (Werkerproces werker : List.copyOf(vrij)) {
                if (werker.rust().compareTo(instellingen.proefRust()) > 0 && vrij.remove(werker)) {
                    alle.remove(werker.pid());
                    werker.stop();
                }
            }
        }

        void stopAlles() {
            alle.values().forEach(Werkerproces::stop);
            alle.clear();
            vrij.clear();
        }
    }

    /** Starts a worker under the strongest wrapping that works on this machine. */
    private Werkerproces start(boolean alsProef) throws IOException {
        Werkeropdracht.Omhulling o = omhulling();
        Werkerproces werker = Werkerproces.start(opdracht.commando(o), alsProef, o.naam(), instellingen.opstarttijd());
        if (gemeld.compareAndSet(false, true)) {
            Bericht.Gereed g = werker.gereed();
            LOG.info("Werkers voor regels en sjablonen: {} (gebruiker {}, uid {}), netwerk {}, security manager {}, gestart in {} ms",
                    o.naam(), g.gebruiker(), g.uid(), g.netwerkDicht() ? "afgesloten" : "bereikbaar",
                    g.zandbak() ? "aan" : "niet beschikbaar op Java " + g.java(), g.opstartMs());
        }
        return werker;
    }

    /**
     * The strongest wrapping that works here, found once by starting {@code java -version} under each: a worker that
     * fails to start later (a slow machine, an interrupted start) never makes trede settle for a weaker wall.
     */
    private synchronized Werkeropdracht.Omhulling omhulling() throws IOException {
        if (omhulling == null) {
            for (Werkeropdracht.Omhulling o : opdracht.omhullingen()) {
                if (opdracht.werkt(o)) {
                    omhulling = o;
                    break;
                }
                LOG.warn("Werkers afschermen met '{}' lukt op deze machine niet; trede probeert een lichtere afscherming", o.naam());
            }
        }
        if (omhulling == null) {
            throw new IOException("op deze machine start geen werker, ook niet zonder afscherming");
        }
        return omhulling;
    }

    /**
     * A context that used the pool closes; when it was the last, every worker is killed at once, whatever renders or
     * runs: shutdown does not wait for it.
     */
    public void afmelden() {
        synchronized (Werkerpool.class) {
            if (--gebruikers > 0) {
                return;
            }
            GEDEELD.remove(instellingen, this);
        }
        stopNu();
    }

    private void stopNu() {
        gestopt = true;
        productie.stopAlles();
        proef.stopAlles();
        onderhoud.shutdownNow();
        starter.shutdownNow();
    }
}
