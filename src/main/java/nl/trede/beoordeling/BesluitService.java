package nl.trede.beoordeling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.regels.Regelset;
import nl.trede.regels.RegelsetService;
import nl.trede.systeem.ConflictException;
import nl.trede.systeem.GeweigerdException;
import nl.trede.systeem.Invoerfout;
import nl.trede.systeem.NietGevondenException;
import nl.trede.systeem.OngeldigeInvoerException;
import nl.trede.systeem.Tijdstip;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' decision on a proposed trede. Officer A accepts the proposal or deviates from it with a
 * reason (from the list policy writers keep in {@code rules/besluit/parameters/besluit.yaml}) and a motivation;
 * officer B, never A, fixes it or sends it back with a remark. A vastgesteld decision is final: a later
 * correction is a herziening, a new decision that names the one it revises, and is fixed again by a
 * second officer. Every action names the versie it saw; one on an older versie is refused (409) with
 * who changed it and when. Each step is recorded with its receipt in one transaction.
 */
@Service
public class BesluitService {

    static final int MAX_MOTIVERING = 4000;
    private static final String TITEL = "Het besluit is niet vastgelegd";

    private final BeoordelingRepository beoordelingen;
    private final BeslissingRepository beslissingen;
    private final RegelsetService regelsets;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    BesluitService(BeoordelingRepository beoordelingen, BeslissingRepository beslissingen, RegelsetService regelsets,
                   ApplicationEventPublisher gebeurtenissen, Optional<Clock> klok) {
        this.beoordelingen = beoordelingen;
        this.beslissingen = beslissingen;
        this.regelsets = regelsets;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok.orElse(Clock.systemUTC());
    }

    /** A reason an officer may give for deviating from the proposal. */
    public record Beslisreden(String code, String omschrijving) {
    }

    /** What a bulk action did: how many beoordelingen it decided or fixed, and which it left alone and why. */
    public record Bulkresultaat(int uitgevoerd, List<String> overgeslagen) {
    }

    /** The reasons in force today. */
    public List<Beslisreden> redenen() {
        return redenen(regelsets.actief("besluit"));
    }

    /**
     * Officer A decides: {@code trede} equal to the proposal accepts it (no reason); another trede needs
     * a reason and a motivation. On a vastgesteld beoordeling this is a herziening, which always needs
     * a motivation.
     */
    @Transactional
    public Beoordeling beslis(long id, Integer trede, String reden, String motivering, Integer versie, String door) {
        Beoordeling b = huidig(id, versie);
        Besluit besluit = b.besluit();
        if (besluit.status() == Besluitstatus.TER_VASTSTELLING) {
            throw new ConflictException(wie(b) + " wacht op vaststelling van het besluit van " + besluit.beslotenDoor()
                    + ". Een tweede toezichthouder stelt het vast of stuurt het terug; daarna kunt u opnieuw besluiten.");
        }
        Regelset regelset = regelsets.actief("besluit");
        boolean herziening = besluit.status() == Besluitstatus.VASTGESTELD;
        List<Invoerfout> fouten = new ArrayList<>();
        if (trede == null || trede < 1 || trede > 5) {
            fouten.add(new Invoerfout(null, "trede", "Kies een trede van 1 tot en met 5."));
        }
        boolean afwijking = trede != null && trede != b.voorgesteldeTrede();
        String motiveringTekst = motivering == null || motivering.isBlank() ? null : motivering.strip();
        Beslisreden gekozen = null;
        if (afwijking) {
            gekozen = redenen(regelset).stream().filter(r -> r.code().equals(reden)).findFirst().orElse(null);
            if (gekozen == null) {
                fouten.add(new Invoerfout(null, "reden", (reden == null || reden.isBlank() ? "Kies een reden" : "'" + reden
                        + "' is geen bekende reden; kies een") + " voor de afwijking van de voorgestelde trede "
                        + b.voorgesteldeTrede() + ": " + String.join(", ", redenen(regelset).stream().map(Beslisreden::code).toList())
                        + "."));
            }
        } else if (reden != null && !reden.isBlank()) {
            fouten.add(new Invoerfout(null, "reden", "Een reden hoort alleen bij een afwijking; trede " + trede
                    + " is de voorgestelde trede."));
        }
        if ((afwijking || herziening) && motiveringTekst == null) {
            fouten.add(new Invoerfout(null, "motivering", herziening
                    ? "Een herziening van een vastgesteld besluit vraagt een motivering die uitlegt wat er aan het besluit van "
                    + Tijdstip.tekst(besluit.vastgesteldOp()) + " (trede " + besluit.vastgesteldeTrede() + ") verandert en waarom."
                    : "Motiveer de afwijking van de voorgestelde trede " + b.voorgesteldeTrede() + "; de motivering komt in de "
                    + "toezichtbrief."));
        }
        if (motiveringTekst != null && motiveringTekst.length() > MAX_MOTIVERING) {
            fouten.add(new Invoerfout(null, "motivering", "De motivering is " + motiveringTekst.length()
                    + " tekens lang; ten hoogste " + MAX_MOTIVERING + "."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(TITEL, fouten);
        }
        Long herziet = herziening ? laatsteVaststelling(besluit).id() : null;
        return legVast(b, Beslissing.Stap.BESLOTEN, trede, afwijking, gekozen, motiveringTekst, herziet, door, regelset);
    }

    /** Officer B fixes the decision that waits; never the officer who took it. */
    @Transactional
    public Beoordeling stelVast(long id, Integer versie, String door) {
        Beoordeling b = wachtOpVaststelling(huidig(id, versie), door);
        return legVast(b, Beslissing.Stap.VASTGESTELD, b.besluit().besloteneTrede(), b.besluit().afwijking(), null, null,
                null, door, regelsets.actief("besluit"));
    }

    /** Officer B sends the decision that waits back to A, with a remark. */
    @Transactional
    public Beoordeling stuurTerug(long id, Integer versie, String opmerking, String door) {
        Beoordeling b = wachtOpVaststelling(huidig(id, versie), door);
        if (opmerking == null || opmerking.isBlank()) {
            throw new OngeldigeInvoerException(TITEL, List.of(new Invoerfout(null, "opmerking",
                    "Schrijf bij het terugsturen op wat er aan het besluit moet veranderen.")));
        }
        if (opmerking.strip().length() > MAX_MOTIVERING) {
            throw new OngeldigeInvoerException(TITEL, List.of(new Invoerfout(null, "opmerking",
                    "De opmerking is te lang; ten hoogste " + MAX_MOTIVERING + " tekens.")));
        }
        return legVast(b, Beslissing.Stap.TERUGGESTUURD, null, false, null, opmerking.strip(), null, door, regelsets.actief("besluit"));
    }

    /**
     * Officer A for a whole ronde: every proposal that waits for a decision is accepted as it is. One sent
     * back by B is left for a decision of its own, as is every beoordeling in another state.
     */
    @Transactional
    public Bulkresultaat neemVoorstellenOver(long rondeId, String door) {
        return voorRonde(rondeId, (b, overgeslagen) -> {
            Besluit besluit = b.besluit();
            if (besluit.status() != Besluitstatus.VOORGESTELD) {
                overgeslagen.add(b.gemeenteNaam() + ": " + besluit.status().omschrijving());
                return false;
            }
            if (besluit.opmerking() != null) {
                overgeslagen.add(b.gemeenteNaam() + ": teruggestuurd met een opmerking; besluit afzonderlijk");
                return false;
            }
            legVast(b, Beslissing.Stap.BESLOTEN, b.voorgesteldeTrede(), false, null, null, null, door, regelsets.actief("besluit"));
            return true;
        });
    }

    /** Officer B for a whole ronde: every decision that waits for a vaststelling, except B's own. */
    @Transactional
    public Bulkresultaat stelAllesVast(long rondeId, String door) {
        return voorRonde(rondeId, (b, overgeslagen) -> {
            Besluit besluit = b.besluit();
            if (besluit.status() != Besluitstatus.TER_VASTSTELLING) {
                overgeslagen.add(b.gemeenteNaam() + ": " + besluit.status().omschrijving());
                return false;
            }
            if (besluit.beslotenDoor().equals(door)) {
                overgeslagen.add(b.gemeenteNaam() + ": uw eigen besluit; een andere toezichthouder stelt het vast");
                return false;
            }
            legVast(b, Beslissing.Stap.VASTGESTELD, besluit.besloteneTrede(), besluit.afwijking(), null, null, null, door,
                    regelsets.actief("besluit"));
            return true;
        });
    }

    private interface Actie {
        boolean voerUit(Beoordeling beoordeling, List<String> overgeslagen);
    }

    private Bulkresultaat voorRonde(long rondeId, Actie actie) {
        Beoordelingsronde ronde = beoordelingen.ronde(rondeId)
                .orElseThrow(() -> new NietGevondenException("Beoordelingsronde " + rondeId + " bestaat niet"));
        nietVoorlopig(ronde);
        List<String> overgeslagen = new ArrayList<>();
        int uitgevoerd = 0;
        // In id order, so that two bulk actions at once take the locks in the same order.
        for (Beoordeling b : beoordelingen.beoordelingen(rondeId).stream()
                .sorted(Comparator.comparingLong(Beoordeling::id)).toList()) {
            beslissingen.sluit(b.id());
            if (actie.voerUit(b.met(Besluit.van(beslissingen.vanBeoordeling(b.id()))), overgeslagen)) {
                uitgevoerd++;
            }
        }
        return new Bulkresultaat(uitgevoerd, List.copyOf(overgeslagen));
    }

    /** The beoordeling as it stands, locked for this transaction, on the versie the officer saw. */
    private Beoordeling huidig(long id, Integer versie) {
        beslissingen.sluit(id);
        Beoordeling b = beoordelingen.beoordeling(id)
                .orElseThrow(() -> new NietGevondenException("Beoordeling " + id + " bestaat niet"))
                .met(Besluit.van(beslissingen.vanBeoordeling(id)));
        nietVoorlopig(beoordelingen.ronde(b.rondeId()).orElseThrow());
        if (versie == null) {
            throw new OngeldigeInvoerException(TITEL, List.of(new Invoerfout(null, "versie",
                    "Geef de versie van de beoordeling waarop u besluit (nu " + b.besluit().versie() + "), zodat trede ziet "
                    + "of een ander haar intussen wijzigde.")));
        }
        if (versie != b.besluit().versie()) {
            Beslissing laatste = b.besluit().laatsteStap();
            throw new ConflictException(wie(b) + " is intussen gewijzigd" + (laatste == null ? "" : " door " + laatste.door()
                    + " op " + Tijdstip.tekst(laatste.op()) + " (" + omschrijving(laatste.stap()) + ")") + ": nu versie "
                    + b.besluit().versie() + ", u handelde op versie " + versie + ". Bekijk de beoordeling opnieuw en besluit dan.");
        }
        return b;
    }

    private static Beoordeling wachtOpVaststelling(Beoordeling b, String door) {
        Besluit besluit = b.besluit();
        if (besluit.status() != Besluitstatus.TER_VASTSTELLING) {
            throw new ConflictException(wie(b) + " heeft geen besluit dat op vaststelling wacht (" + besluit.status().omschrijving()
                    + ").");
        }
        if (besluit.beslotenDoor().equals(door)) {
            throw new GeweigerdException("Vier ogen: u (" + door + ") besloot zelf over " + wie(b)
                    + ". Een andere toezichthouder stelt het besluit vast of stuurt het terug.");
        }
        return b;
    }

    private static void nietVoorlopig(Beoordelingsronde ronde) {
        if (ronde.voorlopig()) {
            throw new ConflictException("Ronde " + ronde.id() + " is voorlopig: zij beoordeelt een periode die nog niet is "
                    + "afgelopen, en wordt niet vastgesteld. Start na de peildatum een ronde en besluit daarover.");
        }
    }

    private Beoordeling legVast(Beoordeling b, Beslissing.Stap stap, Integer trede, boolean afwijking, Beslisreden reden,
                                String motivering, Long herziet, String door, Regelset regelset) {
        Instant nu = klok.instant();
        Beslissing nieuw;
        try {
            nieuw = beslissingen.voegToe(new Beslissing(0, b.id(), b.besluit().versie() + 1, stap, trede, afwijking,
                    reden == null ? null : reden.code(), reden == null ? null : reden.omschrijving(), motivering, herziet,
                    door, nu));
        } catch (DuplicateKeyException e) {
            throw new ConflictException(wie(b) + " is op hetzelfde moment door een ander gewijzigd; bekijk haar opnieuw.");
        }
        List<Beslissing> stappen = new ArrayList<>(b.besluit().stappen());
        stappen.add(nieuw);
        Beoordeling na = b.met(Besluit.van(stappen));
        gebeurtenissen.publishEvent(new BeslissingVastgelegd(nieuw, na, regelset.versie()));
        return na;
    }

    private static Beslissing laatsteVaststelling(Besluit besluit) {
        return besluit.stappen().stream().filter(s -> s.stap() == Beslissing.Stap.VASTGESTELD)
                .reduce((eerste, tweede) -> tweede).orElseThrow();
    }

    private List<Beslisreden> redenen(Regelset regelset) {
        LocalDate vandaag = LocalDate.now(klok.withZone(Tijdstip.NEDERLAND));
        Object waarde = regelset.parameters().waarde("beslisredenen", vandaag).waarde();
        if (!(waarde instanceof List<?> lijst)) {
            throw new IllegalStateException("De parameter 'beslisredenen' hoort een lijst te zijn van code en omschrijving");
        }
        return lijst.stream().map(item -> (Map<?, ?>) item)
                .map(r -> new Beslisreden(String.valueOf(r.get("code")), String.valueOf(r.get("omschrijving")))).toList();
    }

    private static String wie(Beoordeling b) {
        return "Beoordeling " + b.id() + " (" + b.gemeenteNaam() + ", " + b.periode() + ")";
    }

    private static String omschrijving(Beslissing.Stap stap) {
        return switch (stap) {
            case BESLOTEN -> "besloten";
            case TERUGGESTUURD -> "teruggestuurd";
            case VASTGESTELD -> "vastgesteld";
        };
    }
}
