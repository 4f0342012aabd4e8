package nl.trede.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.systeem.Tijdstip;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the audit without re-reading years of receipts on every view. A check starts from the last
 * checkpoint: that checkpoint's receipt must still be there with the same hash and as many receipts up
 * to it; every row written before it (receipts and the rows users see) must still be there unchanged,
 * which PostgreSQL tells by each row's writing transaction, without reading the rows; then only the
 * receipts and rows written since are walked and compared. A check that holds leaves a new checkpoint.
 * A full check ({@code volledig}) walks every receipt and compares every row from the start.
 */
@Service
public class Ketenverificatie {

    private final BewijsRepository bewijzen;
    private final Clock klok;

    Ketenverificatie(BewijsRepository bewijzen, Optional<Clock> klok) {
        this.bewijzen = bewijzen;
        this.klok = klok.orElse(Clock.systemUTC());
    }

    /** From the last checkpoint, or from the first receipt when {@code volledig}. */
    @Transactional
    public Verificatie verifieer(boolean volledig) {
        return verifieer(volledig, null);
    }

    /**
     * As {@link #verifieer(boolean)}, and the chain must still hold the head the auditor noted: its
     * {@code aantal}-th receipt has hash {@code kop}. A removed newest receipt is found this way.
     */
    @Transactional
    public Verificatie verifieer(boolean volledig, Verificatie.Kop gegeven) {
        long grens = bewijzen.grensXid();
        Optional<Controlepunt> laatste = bewijzen.laatsteControlepunt();
        Optional<Controlepunt> start = volledig ? Optional.empty() : laatste;
        Optional<BewijsRepository.Rijstaat> staat = start.map(p -> bewijzen.rijstaat(p.xid(), p.totBewijs()));
        Wandeling wandeling = new Wandeling();
        start.ifPresent(punt -> wandeling.vanaf(punt, staat.orElseThrow()));
        if (wandeling.breuken.isEmpty()) {
            bewijzen.doorloop(wandeling.laatsteId, wandeling::bezoek);
        }
        if (volledig) {
            // The last checkpoint is a head noted inside trede: a walk from the start must still reach it.
            laatste.ifPresent(wandeling::bevat);
        }
        Verificatie.Kop kop = Bewijzen.kop(bewijzen);
        if (gegeven != null) {
            tegenKop(gegeven, kop).ifPresent(wandeling.breuken::add);
        }
        long naBewijs = start.map(Controlepunt::totBewijs).orElse(0L);
        List<Afwijking> afwijkingen = new ArrayList<>(bewijzen.afwijkendeBeoordelingen(
                staat.map(BewijsRepository.Rijstaat::beoordelingen).orElse(null), naBewijs));
        afwijkingen.addAll(bewijzen.afwijkendeVerdelingen(staat.map(BewijsRepository.Rijstaat::verdelingen).orElse(null), naBewijs));
        afwijkingen.addAll(bewijzen.afwijkendeBeslissingen(staat.map(BewijsRepository.Rijstaat::beslissingen).orElse(null), naBewijs));
        boolean intact = wandeling.breuken.isEmpty() && afwijkingen.isEmpty();
        if (intact && kop.bewijs() != null && (wandeling.gecontroleerd > 0 || volledig)) {
            bewijzen.bewaar(new Controlepunt(kop.bewijs(), kop.aantal(), kop.hash(), volledig, klok.instant(), grens,
                    bewijzen.rijenVoor(grens)));
        }
        return new Verificatie(intact, wandeling.gecontroleerd, start.isEmpty(), kop,
                start.map(p -> new Verificatie.Controle(p.totBewijs(), p.aantal(), p.volledig(), p.op())).orElse(null),
                List.copyOf(wandeling.breuken), List.copyOf(afwijkingen));
    }

    /** When the chain was last walked from its first receipt, if ever. */
    @Transactional(readOnly = true)
    public Optional<Instant> laatsteVolledigeControle() {
        return bewijzen.laatsteVolledigeControle().map(Controlepunt::op);
    }

    private Optional<Verificatie.Breuk> tegenKop(Verificatie.Kop gegeven, Verificatie.Kop kop) {
        if (gegeven.aantal() < 1) {
            return Optional.of(new Verificatie.Breuk(null, "Een kop noemt ten minste één bewijs; opgegeven: " + gegeven.aantal() + "."));
        }
        if (kop.aantal() < gegeven.aantal()) {
            return Optional.of(new Verificatie.Breuk(kop.bewijs(), "De keten telt " + kop.aantal() + " bewijzen, de opgegeven kop "
                    + "noemt er " + gegeven.aantal() + ": de laatste " + (gegeven.aantal() - kop.aantal()) + " zijn verwijderd."));
        }
        Map.Entry<Long, String> nde = bewijzen.nde(gegeven.aantal()).orElseThrow();
        if (!nde.getValue().equals(gegeven.hash())) {
            return Optional.of(new Verificatie.Breuk(nde.getKey(), "Het " + gegeven.aantal() + "e bewijs (" + nde.getKey()
                    + ") heeft hash " + kort(nde.getValue()) + ", de opgegeven kop " + kort(gegeven.hash())
                    + ": bewijzen tot daar zijn verwijderd, vervangen of ingevoegd."));
        }
        return Optional.empty();
    }

    private static String kort(String hash) {
        return hash == null || hash.length() < 12 ? String.valueOf(hash) : hash.substring(0, 12);
    }

    /** One walk along the chain: where it starts, and what does not hold. */
    private final class Wandeling {
        private String vorige = Bewijs.BEGIN;
        private long laatsteId;
        private long gecontroleerd;
        private final List<Verificatie.Breuk> breuken = new ArrayList<>();

        void vanaf(Controlepunt punt, BewijsRepository.Rijstaat staat) {
            bevat(punt);
            String sinds = "sinds de controle van " + Tijdstip.tekst(punt.op());
            staat.herschrevenBewijzen().forEach(id -> breuken.add(new Verificatie.Breuk(id,
                    "Beslissingsbewijs " + id + " is " + sinds + " opnieuw geschreven: het is gewijzigd of vervangen.")));
            punt.tellingen().forEach((tabel, toen) -> {
                long ongewijzigd = staat.ongewijzigd().getOrDefault(tabel, 0L);
                if (ongewijzigd != toen) {
                    breuken.add(new Verificatie.Breuk(null, "In " + tabel + " zijn " + sinds + " rijen gewijzigd of verwijderd: "
                            + "van de " + toen + " rijen van toen zijn er " + ongewijzigd + " ongewijzigd. Loop de hele keten na: die "
                            + "vergelijkt elke rij met haar bewijs."));
                }
            });
            if (breuken.isEmpty()) {
                vorige = punt.kopHash();
                laatsteId = punt.totBewijs();
            }
        }

        /** The checkpoint's receipt is still there, unchanged, with as many receipts up to it as then. */
        void bevat(Controlepunt punt) {
            Optional<String> hash = bewijzen.hashVan(punt.totBewijs());
            long aantal = bewijzen.aantalTotEnMet(punt.totBewijs());
            if (hash.isEmpty() || !hash.get().equals(punt.kopHash())) {
                breuken.add(new Verificatie.Breuk(punt.totBewijs(), "Bewijs " + punt.totBewijs() + ", waar de controle van "
                        + Tijdstip.tekst(punt.op()) + " eindigde, is " + (hash.isEmpty() ? "verwijderd" : "gewijzigd")
                        + " sinds die controle. Loop de hele keten na."));
            } else if (aantal != punt.aantal()) {
                breuken.add(new Verificatie.Breuk(punt.totBewijs(), "Tot en met bewijs " + punt.totBewijs() + " telde de keten bij "
                        + "de controle van " + Tijdstip.tekst(punt.op()) + " " + punt.aantal() + " bewijzen, nu " + aantal
                        + ": er zijn bewijzen verwijderd of ingevoegd."));
            }
        }

        void bezoek(Bewijs bewijs) {
            if (!breuken.isEmpty()) {
                return;
            }
            gecontroleerd++;
            if (!bewijs.vorigeHash().equals(vorige)) {
                breuken.add(breuk(bewijs, "verwijst naar vorige hash " + kort(bewijs.vorigeHash()) + ", maar het bewijs ervoor heeft hash "
                        + kort(vorige) + ": er is een bewijs verwijderd, ingevoegd of verplaatst"));
            } else if (!bewijs.berekendeHash().equals(bewijs.hash())) {
                breuken.add(breuk(bewijs, "past niet bij zijn eigen hash: het bewijs is na het vastleggen gewijzigd"));
            } else {
                vorige = bewijs.hash();
                laatsteId = bewijs.id();
            }
        }

        private Verificatie.Breuk breuk(Bewijs bewijs, String reden) {
            return new Verificatie.Breuk(bewijs.id(), "Beslissingsbewijs " + bewijs.id() + " (" + bewijs.soort().name().toLowerCase()
                    + " " + bewijs.onderwerp() + (bewijs.gemeente() == null ? "" : ", " + bewijs.gemeente()) + ") " + reden + ".");
        }
    }
}
