package nl.trede.audit;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the signed checkpoints, and only at two moments: in the transaction of every receipt trede writes (the
 * head it just wrote; nobody else can sign one, so a receipt that no signed head covers is not trede's), and after a
 * check that held (an auditor's {@code POST}, or the nightly check), with the row state the next quick check starts
 * from. Reading the audit never writes. Each checkpoint continues from the newest trede signed, as its own record
 * outside the database or, when newer, the database holds it under trede's signature: so a checkpoint the owner of
 * the tables removed leaves a gap, not a new link in its place.
 */
@Service
public class Controlepunten {

    private static final Logger LOG = LoggerFactory.getLogger(Controlepunten.class);

    private final BewijsRepository bewijzen;
    private final Ondertekening sleutel;
    private final Kopregister register;
    private final Ketenverificatie verificatie;
    private final TransactionTemplate schrijven;
    private final Clock klok;

    Controlepunten(BewijsRepository bewijzen, Ondertekening sleutel, Kopregister register, Ketenverificatie verificatie,
                   PlatformTransactionManager transacties, Optional<Clock> klok) {
        this.bewijzen = bewijzen;
        this.sleutel = sleutel;
        this.register = register;
        this.verificatie = verificatie;
        this.schrijven = new TransactionTemplate(transacties);
        this.klok = klok.orElse(Clock.systemUTC());
    }

    /** What a request for a checkpoint gave: the check, and the checkpoint when it held; {@code melding} in Dutch. */
    public record Vastlegging(Verificatie verificatie, OndertekendeKop controlepunt, String melding) {
    }

    /**
     * In the transaction of receipts just written, under the chain's lock: the head is the last of them, and the
     * chain counts {@code nieuw} receipts more than at the previous signed head.
     */
    void naBewijzen(Bewijs laatste, int nieuw) {
        Optional<OndertekendeKop> vorige = laatsteOndertekend();
        leg(vorige, vorige.map(k -> k.aantal() + nieuw).orElseGet(bewijzen::aantal), laatste.hash(), laatste.id(),
                Controlepunt.Grond.BEWIJZEN, null);
    }

    /**
     * Checks the audit (from the last checkpoint, or {@code volledig} from the first receipt) and, when everything
     * holds and trede wrote nothing meanwhile, records a checkpoint of that check. A check that found anything
     * wrong records nothing, so a later quick check still starts before it.
     */
    public Vastlegging legVast(boolean volledig) {
        Ketenverificatie.Uitkomst uitkomst = verificatie.controleer(volledig, null, null, true);
        Verificatie gecontroleerd = uitkomst.verificatie();
        if (!gecontroleerd.intact()) {
            return new Vastlegging(gecontroleerd, null, "Er is geen controlepunt vastgelegd: de controle vond wat niet klopt.");
        }
        if (gecontroleerd.kop().bewijs() == null) {
            return new Vastlegging(gecontroleerd, null, "Er is geen controlepunt vastgelegd: de keten heeft nog geen bewijs.");
        }
        return schrijven.execute(status -> {
            bewijzen.sluitKetenEnGeefLaatsteHash();
            Optional<OndertekendeKop> vorige = laatsteOndertekend();
            if (vorige.map(OndertekendeKop::volgnummer).orElse(0L) != uitkomst.nieuwsteVolgnummer()) {
                return new Vastlegging(gecontroleerd, null, "Er is geen controlepunt vastgelegd: tijdens de controle schreef trede "
                        + "nieuwe bewijzen. Controleer opnieuw.");
            }
            Verificatie.Kop kop = gecontroleerd.kop();
            Controlepunt punt = leg(vorige, kop.aantal(), kop.hash(), kop.bewijs(),
                    volledig ? Controlepunt.Grond.VOLLEDIGE_CONTROLE : Controlepunt.Grond.CONTROLE, uitkomst.rijstaat());
            return new Vastlegging(gecontroleerd, OndertekendeKop.van(punt), "Controlepunt " + punt.volgnummer()
                    + " is vastgelegd en ondertekend.");
        });
    }

    /** Every night a quick check that leaves a checkpoint, so the check of a page view walks one day at most. */
    @Scheduled(cron = "${trede.audit.controlepunt-schema}", zone = "Europe/Amsterdam")
    void elkeNacht() {
        Vastlegging vastlegging = legVast(false);
        if (vastlegging.controlepunt() != null) {
            LOG.info("Nachtelijke controle van de audit: {}", vastlegging.melding());
        } else if (!vastlegging.verificatie().intact()) {
            LOG.error("Nachtelijke controle van de audit: de audit klopt niet. {}", vastlegging.verificatie().eersteBreuk() != null
                    ? vastlegging.verificatie().eersteBreuk().reden() : vastlegging.verificatie().afwijkingen().get(0).omschrijving());
        } else {
            LOG.warn("Nachtelijke controle van de audit: {}", vastlegging.melding());
        }
    }

    /** The newest checkpoint trede signed: its own record, or a newer one the database holds under its signature. */
    Optional<OndertekendeKop> laatsteOndertekend() {
        Optional<OndertekendeKop> eigen = register.laatste();
        return bewijzen.nieuwsteControlepunt()
                .filter(p -> eigen.map(e -> p.volgnummer() > e.volgnummer()).orElse(true))
                .filter(p -> sleutel.klopt(p.handtekening(), p.tekst()))
                .map(OndertekendeKop::van)
                .or(() -> eigen);
    }

    private Controlepunt leg(Optional<OndertekendeKop> vorige, long aantal, String kop, long bewijs, Controlepunt.Grond grond,
                             Controlepunt.Rijstaat rijstaat) {
        // Numbered after every checkpoint the database holds, also one trede cannot verify (the key was replaced, or
        // the owner added one): the verification names those; a receipt is never refused for them.
        long volgnummer = Math.max(vorige.map(OndertekendeKop::volgnummer).orElse(0L),
                bewijzen.nieuwsteControlepunt().map(Controlepunt::volgnummer).orElse(0L)) + 1;
        Controlepunt punt = new Controlepunt(volgnummer, aantal, kop, bewijs, klok.instant(),
                grond, rijstaat, vorige.map(OndertekendeKop::hash).orElse(Bewijs.BEGIN), null, null).ondertekendMet(sleutel);
        bewijzen.bewaar(punt);
        OndertekendeKop ondertekend = OndertekendeKop.van(punt);
        // Recorded outside the database only once it is in there for good: a ronde that rolls back leaves no trace.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                register.bewaar(ondertekend);
            }
        });
        return punt;
    }

    /** The nightly check runs on Spring's scheduler; {@code trede.audit.controlepunt-schema: "-"} switches it off. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Planning {
    }
}
