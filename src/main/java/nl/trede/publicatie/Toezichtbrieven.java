package nl.trede.publicatie;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jakarta.annotation.PreDestroy;
import nl.trede.audit.Bewijzen;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.beoordeling.Beoordelingsronde;
import nl.trede.beoordeling.Beslissing;
import nl.trede.beoordeling.Besluit;
import nl.trede.beoordeling.Grondslag;
import nl.trede.beoordeling.Trede;
import nl.trede.invoer.InvoerService;
import nl.trede.invoer.Periodecijfers;
import nl.trede.kern.Periode;
import nl.trede.regels.RegelTekst;
import nl.trede.systeem.ConflictException;
import nl.trede.systeem.Tijdstip;
import org.springframework.stereotype.Service;

/**
 * The toezichtbrief to the college van burgemeester en wethouders of a gemeente, only from a vastgestelde
 * beoordeling: its figures, on what it was judged, the vastgestelde trede and what follows from it, the
 * engine's and the officers' motivation, what would have changed the outcome (the ronde's own rules run
 * again with a higher realisatie), the next period when its figures are in, a footer with the hashes of
 * the receipts it rests on, and the verification annex with the head trede signed last. Rendered with the
 * template in use when the beoordeling was vastgesteld.
 */
@Service
public class Toezichtbrieven {

    /**
     * How far past the totaalopgave the "what if" search goes: under the rules in use the totaalopgave always
     * reaches trede 1, so the margin only matters for a rule set that asks more than the totaalopgave.
     */
    static final int MARGE = 10;
    /**
     * The "what if" of a beoordeling depends only on things that never change once stored (its figures, its
     * previous trede, its ronde's rules) and on the vastgestelde trede: found once, it is kept. Bounded so a
     * long-running server does not keep every beoordeling it ever wrote a letter for.
     */
    private static final int MAX_ONTHOUDEN = 20_000;
    private final Map<String, List<String>> watAls = new ConcurrentHashMap<>();

    private final BeoordelingService beoordelingen;
    private final InvoerService invoer;
    private final Bewijzen bewijzen;
    private final Sjablonen sjablonen;
    private final Opmaker opmaker;
    private final Clock klok;
    private final ExecutorService renderaars;

    Toezichtbrieven(BeoordelingService beoordelingen, InvoerService invoer, Bewijzen bewijzen, Sjablonen sjablonen,
                    Opmaker opmaker, Optional<Clock> klok) {
        this.beoordelingen = beoordelingen;
        this.invoer = invoer;
        this.bewijzen = bewijzen;
        this.sjablonen = sjablonen;
        this.opmaker = opmaker;
        this.klok = klok.orElse(Clock.systemUTC());
        // A national ronde is 342 letters: render them on every core, not one after another.
        this.renderaars = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "toezichtbrieven");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        renderaars.shutdownNow();
    }

    /** One letter as PDF/A; 409 when the beoordeling is not vastgesteld. */
    public Document pdf(long beoordelingId) {
        Beoordeling b = beoordelingen.beoordeling(beoordelingId);
        eisVastgesteld(b);
        return new Document(bestandsnaam(b), Document.PDF, pdf(b, rondegegevens(beoordelingen.ronde(b.rondeId()))));
    }

    /**
     * Every letter of a ronde as a ZIP: one PDF per vastgestelde beoordeling and, when some are not
     * vastgesteld, {@code niet-vastgesteld.txt} naming them and where they stand. 409 when none is vastgesteld.
     */
    public Document zip(long rondeId) {
        Beoordelingsronde ronde = beoordelingen.ronde(rondeId);
        List<Beoordeling> alle = beoordelingen.beoordelingen(rondeId);
        List<Beoordeling> vastgesteld = alle.stream().filter(Toezichtbrieven::vastgesteld).toList();
        if (vastgesteld.isEmpty()) {
            throw new ConflictException("Ronde " + rondeId + " heeft nog geen vastgestelde beoordeling: een toezichtbrief "
                    + "gaat alleen uit over een vastgestelde trede. Laat de besluiten eerst vaststellen door een tweede "
                    + "toezichthouder.");
        }
        Rondegegevens gegevens = rondegegevens(ronde);
        List<Future<byte[]>> pdfs = new ArrayList<>();
        for (Beoordeling b : vastgesteld) {
            pdfs.add(renderaars.submit(() -> pdf(b, gegevens)));
        }
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit, StandardCharsets.UTF_8)) {
            for (int i = 0; i < vastgesteld.size(); i++) {
                zip.putNextEntry(new ZipEntry(bestandsnaam(vastgesteld.get(i))));
                zip.write(pdfs.get(i).get());
                zip.closeEntry();
            }
            List<Beoordeling> overig = alle.stream().filter(b -> !vastgesteld(b)).toList();
            if (!overig.isEmpty()) {
                zip.putNextEntry(new ZipEntry("niet-vastgesteld.txt"));
                zip.write(nietVastgesteld(ronde, overig).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Het opmaken van de brieven is onderbroken", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return new Document("toezichtbrieven-ronde-" + rondeId + "-" + ronde.periode() + ".zip", Document.ZIP, uit.toByteArray());
    }

    /** The model of one letter; package-private for the tests of its sentences. */
    Toezichtbrief brief(long beoordelingId) {
        Beoordeling b = beoordelingen.beoordeling(beoordelingId);
        eisVastgesteld(b);
        return brief(b, rondegegevens(beoordelingen.ronde(b.rondeId())), sjabloon(b));
    }

    private byte[] pdf(Beoordeling b, Rondegegevens ronde) {
        Sjablonen.Sjabloon sjabloon = sjabloon(b);
        return opmaker.pdf(sjabloon.pad(), sjabloon.tekst(), "brief", brief(b, ronde, sjabloon), ronde.bijlage());
    }

    private Sjablonen.Sjabloon sjabloon(Beoordeling b) {
        return sjablonen.op(b.besluit().vastgesteldOp(), Sjablooncontrole.TOEZICHTBRIEF);
    }

    /** What every letter of a ronde shares, looked up once. */
    private record Rondegegevens(Beoordelingsronde ronde, Map<String, Periodecijfers> volgende, Verificatiebijlage bijlage) {
    }

    private Rondegegevens rondegegevens(Beoordelingsronde ronde) {
        Periode volgende = Periode.van(ronde.periode()).volgende();
        return new Rondegegevens(ronde,
                invoer.actueleCijfers(volgende).stream().collect(Collectors.toMap(Periodecijfers::gemeente, Function.identity())),
                Verificatiebijlage.van(bewijzen));
    }

    private Toezichtbrief brief(Beoordeling b, Rondegegevens ronde, Sjablonen.Sjabloon sjabloon) {
        Besluit besluit = b.besluit();
        // The treden as the kader that judged the gemeente names them.
        Map<Integer, Trede> treden = beoordelingen.treden(b).stream().collect(Collectors.toMap(Trede::trede, Function.identity()));
        int trede = besluit.vastgesteldeTrede();
        Periode periode = Periode.van(b.periode());
        Beslissing vaststelling = laatste(besluit, Beslissing.Stap.VASTGESTELD).orElseThrow();
        boolean koppelingstekort = b.grondslag() == Grondslag.KOPPELINGSTEKORT;
        Toezichtbrief.Cijfers cijfers = new Toezichtbrief.Cijfers(getal(b.taakstelling()), RegelTekst.stand(b.standBegin()),
                getal(b.correcties()), getal(b.totaalopgave()), getal(b.realisatie()), RegelTekst.stand(b.standEinde()),
                b.tijdigGekoppeld() == null ? "onbekend" : getal(b.tijdigGekoppeld()), getal(b.ondergrens()));
        Toezichtbrief.Oordeel oordeel = new Toezichtbrief.Oordeel(koppelingstekort, b.grondslag().inZin(), getal(trede),
                Voortgangsrapportages.naam(treden, trede), getal(b.vorigeTrede()), Voortgangsrapportages.naam(treden, b.vorigeTrede()), trede > b.vorigeTrede(),
                trede < b.vorigeTrede(), getal(b.voorgesteldeTrede()), Voortgangsrapportages.naam(treden, b.voorgesteldeTrede()), besluit.afwijking(),
                b.koppelingstekortGunstig(), getal(b.tredeOpTotaalopgave()));
        Toezichtbrief.Motivering motivering = new Toezichtbrief.Motivering(besluit.redenOmschrijving(), besluit.motivering(),
                herziening(besluit, vaststelling), besluit.beslotenDoor(), besluit.vastgesteldDoor(),
                Tijdstip.tekst(besluit.vastgesteldOp()));
        Periodecijfers volgend = ronde.volgende().get(b.gemeente());
        Vooruitblik vooruitblik = volgend == null ? null : Vooruitblik.van(periode.volgende(), List.of(volgend));
        Toezichtbrief.Voet voet = new Toezichtbrief.Voet(bewijzen.vanBeoordeling(b.id()).orElse("(geen bewijs gevonden)"),
                bewijzen.vanBeslissing(vaststelling.id()).orElse("(geen bewijs gevonden)"), regelsVersie(b, ronde.ronde()),
                sjabloon.herkomst(), ronde.bijlage().kop(), ronde.bijlage().aantal(), Tijdstip.tekst(klok.instant()));
        String provincie = ronde.ronde().provincie() != null ? ronde.ronde().provincie() : "";
        return new Toezichtbrief("Toezichtbrief huisvesting vergunninghouders " + b.gemeenteNaam() + ", " + periode.omschrijving(),
                provincie, b.gemeenteNaam(), b.gemeente(), "Het college van burgemeester en wethouders van " + b.gemeenteNaam(),
                periode.omschrijving(), b.periode(), RegelTekst.datum(periode.einde()),
                RegelTekst.datum(LocalDate.ofInstant(besluit.vastgesteldOp(), Tijdstip.NEDERLAND)),
                "IBT-HV " + b.periode() + " " + b.gemeente() + " (beoordeling " + b.id() + ")", cijfers, oordeel, b.uitleg(),
                motivering, watAls(b, trede), vooruitblik, kader(b), voet);
    }

    /**
     * "Met N vergunninghouders meer ...": found by running the ronde's own rules with a higher realisatie
     * ({@link BeoordelingService#meerVoorTrede}), never by a formula here, so a changed rule set changes the
     * sentence. Only where the rules moved the gemeente up (or kept it above 1); nothing when no number within
     * the bound would have done it.
     */
    List<String> watAls(Beoordeling b, int trede) {
        if (watAls.size() > MAX_ONTHOUDEN) {
            watAls.clear();
        }
        return watAls.computeIfAbsent(b.id() + "/" + trede, k -> zoekWatAls(b, trede));
    }

    private List<String> zoekWatAls(Beoordeling b, int trede) {
        List<String> zinnen = new ArrayList<>();
        int grens = Math.max(0, b.totaalopgave() - b.realisatie()) + MARGE;
        boolean omhoog = trede > b.vorigeTrede() && b.voorgesteldeTrede() > b.vorigeTrede();
        if (omhoog) {
            beoordelingen.meerVoorTrede(b, b.vorigeTrede(), grens).ifPresent(n -> zinnen.add("Met " + vergunninghouders(n)
                    + " meer was " + b.gemeenteNaam() + " op trede " + b.vorigeTrede() + " gebleven."));
        }
        if (trede > 1 && b.voorgesteldeTrede() > 1 && !(omhoog && b.vorigeTrede() == 1)) {
            OptionalInt m = beoordelingen.meerVoorTrede(b, 1, grens);
            m.ifPresent(n -> zinnen.add("Met " + vergunninghouders(n) + " meer was " + b.gemeenteNaam() + " op trede 1 gekomen."));
        }
        return List.copyOf(zinnen);
    }

    /** The decision this vaststelling revised, when it was a herziening. */
    private static String herziening(Besluit besluit, Beslissing vaststelling) {
        Beslissing besloten = null;
        for (Beslissing stap : besluit.stappen()) {
            if (stap.versie() >= vaststelling.versie()) {
                break;
            }
            if (stap.stap() == Beslissing.Stap.BESLOTEN) {
                besloten = stap;
            }
        }
        if (besloten == null || besloten.herziet() == null) {
            return null;
        }
        long herziet = besloten.herziet();
        return besluit.stappen().stream().filter(s -> s.id() == herziet).findFirst()
                .map(s -> "Dit besluit herziet het besluit van " + Tijdstip.tekst(s.op()) + " (trede " + s.trede()
                        + ", vastgesteld door " + s.door() + ").")
                .orElse("Dit besluit herziet een eerder vastgesteld besluit.");
    }

    /**
     * The kader that judged the gemeente, why that one, and its public source: "Aanvullend beleidskader ...
     * (utrecht-2024): kader van de provincie Utrecht, vanaf 2024-1. Bron: ...". A beoordeling from before kaders
     * names its ronde's rule set.
     */
    String kader(Beoordeling b) {
        return beoordelingen.kader(b).map(k -> k.naam() + " (" + k.id() + "): " + k.reden() + ". Bron: " + k.bron())
                .orElseGet(() -> "regelset " + beoordelingen.ronde(b.rondeId()).regelsetVersie().substring(0, 12));
    }

    /** The version of the rules that judged: the kader's, or the ronde's rule set for a beoordeling from before kaders. */
    private static String regelsVersie(Beoordeling b, Beoordelingsronde ronde) {
        return b.kaderVersie() != null ? b.kaderVersie() : ronde.regelsetVersie();
    }

    private static String nietVastgesteld(Beoordelingsronde ronde, List<Beoordeling> overig) {
        return "Ronde " + ronde.id() + " (" + ronde.periode() + "): geen toezichtbrief voor deze gemeenten, want hun "
                + "beoordeling is niet vastgesteld.\n" + overig.stream()
                .map(b -> b.gemeenteNaam() + " (" + b.gemeente() + "): " + b.besluit().status().omschrijving())
                .collect(Collectors.joining("\n")) + "\n";
    }

    private static Optional<Beslissing> laatste(Besluit besluit, Beslissing.Stap soort) {
        return besluit.stappen().stream().filter(s -> s.stap() == soort).reduce((eerste, tweede) -> tweede);
    }

    static void eisVastgesteld(Beoordeling b) {
        if (!vastgesteld(b)) {
            throw new ConflictException("Beoordeling " + b.id() + " (" + b.gemeenteNaam() + ", " + b.periode() + ") is niet "
                    + "vastgesteld (" + b.besluit().status().omschrijving() + "): een toezichtbrief gaat alleen uit over een "
                    + "trede die een tweede toezichthouder heeft vastgesteld.");
        }
    }

    /** Vastgesteld: also while a herziening waits, the earlier vaststelling counts. */
    static boolean vastgesteld(Beoordeling b) {
        return b.besluit().vastgesteldeTrede() != null;
    }

    static String bestandsnaam(Beoordeling b) {
        return "toezichtbrief-" + b.periode() + "-" + b.gemeente() + "-" + b.gemeenteNaam().replaceAll("[^A-Za-z0-9]+", "-")
                + ".pdf";
    }

    static String vergunninghouders(int aantal) {
        return aantal + (aantal == 1 ? " vergunninghouder" : " vergunninghouders");
    }

    static String getal(int waarde) {
        return Integer.toString(waarde);
    }
}
