package nl.trede.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.trede.systeem.Tijdstip;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the audit, and only reads. A quick check starts from the newest checkpoint of a check that held, if
 * trede's signature vouches for it: that checkpoint's receipt must still be there with the same hash and as many
 * receipts up to it; every row written before it (receipts, checkpoints and the rows users see) must still be
 * there unchanged, which PostgreSQL tells by each row's writing transaction, without reading the rows; then only
 * the receipts, rows and checkpoints written since are walked and compared. Every checkpoint read must be trede's
 * ({@link Puntenketen}), every head trede signed must be in the chain, no receipt may follow the newest signed
 * head, and the database must still hold the newest checkpoint trede recorded outside it ({@link Kopregister}).
 * A full check ({@code volledig}) walks every receipt and checkpoint and compares every row from the start. A new
 * checkpoint is {@link Controlepunten}' to write, after a check that held.
 */
@Service
public class Ketenverificatie {

    private final BewijsRepository bewijzen;
    private final Ondertekening sleutel;
    private final Kopregister register;

    Ketenverificatie(BewijsRepository bewijzen, Ondertekening sleutel, Kopregister register) {
        this.bewijzen = bewijzen;
        this.sleutel = sleutel;
        this.register = register;
    }

    /** From the last checkpoint, or from the first receipt when {@code volledig}. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verificatie verifieer(boolean volledig) {
        return controleer(volledig, null, null, false).verificatie();
    }

    /**
     * As {@link #verifieer(boolean)}, and the chain must still hold the head the auditor noted: its
     * {@code aantal}-th receipt has hash {@code kop}. A removed newest receipt is found this way.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verificatie verifieer(boolean volledig, Verificatie.Kop genoteerd) {
        return controleer(volledig, genoteerd, null, false).verificatie();
    }

    /** As {@link #verifieer(boolean)}, against a head trede signed: its signature first, then whether the chain holds it. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verificatie verifieer(boolean volledig, OndertekendeKop ondertekend) {
        return controleer(volledig, null, ondertekend, false).verificatie();
    }

    /**
     * The check, and for a new checkpoint what it needs: the transaction before which every row was checked, the
     * rows per table before it ({@code metRijstaat}), and the newest checkpoint number the check saw. One snapshot
     * (repeatable read): a ronde that commits meanwhile is wholly in it, receipts and checkpoint, or wholly not.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Uitkomst controleer(boolean volledig, Verificatie.Kop genoteerd, OndertekendeKop ondertekend, boolean metRijstaat) {
        // Read before the first query takes the snapshot: trede records a checkpoint only after it committed, so
        // the snapshot holds it.
        Optional<OndertekendeKop> eigen = register.laatste();
        long grens = bewijzen.grensXid();
        Optional<Controlepunt> controle = volledig ? Optional.empty() : bewijzen.nieuwsteControle(false);
        Optional<BewijsRepository.Sindsdien> sinds = controle.map(p -> bewijzen.sindsdien(p.rijstaat().xid(), p.totBewijs()));
        long vanaf = controle.map(Controlepunt::volgnummer).orElse(0L);
        List<Controlepunt> punten = bewijzen.controlepunten(vanaf, sinds.map(BewijsRepository.Sindsdien::controlepunten).orElse(List.of()));
        Puntenketen keten = new Puntenketen(punten, vanaf, sleutel);
        // Start from the checkpoint only when trede's signature vouches for it; else as a full check, from the first
        // receipt and the first checkpoint.
        Optional<Controlepunt> start = controle.filter(keten::echt);
        if (controle.isPresent() && start.isEmpty()) {
            punten = bewijzen.controlepunten(0, List.of());
            keten = new Puntenketen(punten, 0, sleutel);
        }
        Optional<BewijsRepository.Sindsdien> staat = start.isPresent() ? sinds : Optional.empty();
        List<Verificatie.Breuk> breuken = new ArrayList<>(keten.breuken());

        Wandeling wandeling = new Wandeling(start, punten.stream().filter(keten::echt).toList());
        start.ifPresent(punt -> wandeling.vanaf(punt, staat.orElseThrow()));
        if (wandeling.breuken.isEmpty()) {
            bewijzen.doorloop(wandeling.laatsteId, wandeling::bezoek);
            wandeling.sluit(keten.nieuwsteEchte());
        }
        breuken.addAll(wandeling.breuken);
        eigen.flatMap(this::tegenRegister).ifPresent(breuken::add);
        Verificatie.Kop kop = Bewijzen.kop(bewijzen);
        if (genoteerd != null) {
            tegenKop(genoteerd, kop).ifPresent(breuken::add);
        }
        if (ondertekend != null) {
            breuken.addAll(tegenOndertekend(ondertekend, kop));
        }
        long naBewijs = start.map(Controlepunt::totBewijs).orElse(0L);
        List<Afwijking> afwijkingen = new ArrayList<>(bewijzen.afwijkendeBeoordelingen(
                staat.map(BewijsRepository.Sindsdien::beoordelingen).orElse(null), naBewijs));
        afwijkingen.addAll(bewijzen.afwijkendeVerdelingen(staat.map(BewijsRepository.Sindsdien::verdelingen).orElse(null), naBewijs));
        afwijkingen.addAll(bewijzen.afwijkendeBeslissingen(staat.map(BewijsRepository.Sindsdien::beslissingen).orElse(null), naBewijs));
        Verificatie verificatie = new Verificatie(breuken.isEmpty() && afwijkingen.isEmpty(), wandeling.gecontroleerd, start.isEmpty(),
                kop, keten.nieuwsteEchte().map(OndertekendeKop::van).orElse(null),
                start.map(p -> new Verificatie.Controle(p.volgnummer(), p.totBewijs(), p.aantal(),
                        p.grond() == Controlepunt.Grond.VOLLEDIGE_CONTROLE, p.op())).orElse(null),
                List.copyOf(breuken), List.copyOf(afwijkingen));
        long nieuwste = punten.stream().mapToLong(Controlepunt::volgnummer).max().orElse(0);
        return new Uitkomst(verificatie, metRijstaat ? new Controlepunt.Rijstaat(grens, bewijzen.rijenVoor(grens)) : null, nieuwste);
    }

    /** What a check found, with what a checkpoint after it records. */
    record Uitkomst(Verificatie verificatie, Controlepunt.Rijstaat rijstaat, long nieuwsteVolgnummer) {
    }

    /** When the chain was last walked from its first receipt, as far as trede's signature says. */
    @Transactional(readOnly = true)
    public Optional<Instant> laatsteVolledigeControle() {
        return bewijzen.nieuwsteControle(true).filter(p -> sleutel.klopt(p.handtekening(), p.tekst())).map(Controlepunt::op);
    }

    /** The database must hold the newest checkpoint trede recorded outside it, unchanged. */
    private Optional<Verificatie.Breuk> tegenRegister(OndertekendeKop eigen) {
        String wanneer = "controlepunt " + eigen.volgnummer() + ", dat trede op " + Tijdstip.tekst(eigen.op()) + " ondertekende";
        Optional<Controlepunt> inDatabase = bewijzen.controlepunt(eigen.volgnummer());
        if (inDatabase.isEmpty()) {
            return Optional.of(new Verificatie.Breuk(eigen.bewijs(), "Het nieuwste " + wanneer + " (en vastlegde buiten de "
                    + "database), ontbreekt in de database: het is verwijderd, met wat er eventueel na kwam."));
        }
        if (!OndertekendeKop.van(inDatabase.get()).ondertekend().equals(eigen.ondertekend())) {
            return Optional.of(new Verificatie.Breuk(eigen.bewijs(), "In de database staat een ander " + wanneer.replace(", dat", " dan wat")
                    + ": het is vervangen."));
        }
        return Optional.empty();
    }

    private List<Verificatie.Breuk> tegenOndertekend(OndertekendeKop gegeven, Verificatie.Kop kop) {
        if (!gegeven.sleutel().equals(sleutel.vingerafdruk())) {
            return List.of(new Verificatie.Breuk(null, "De opgegeven kop is ondertekend met een andere sleutel (vingerafdruk "
                    + Puntenketen.kort(gegeven.sleutel()) + ") dan die van trede (" + Puntenketen.kort(sleutel.vingerafdruk()) + ")."));
        }
        if (!sleutel.klopt(gegeven.handtekening(), gegeven.tekst())) {
            return List.of(new Verificatie.Breuk(null, "De handtekening van de opgegeven kop klopt niet: de kop is gewijzigd, of "
                    + "niet door trede ondertekend. Er is niets mee vergeleken."));
        }
        List<Verificatie.Breuk> breuken = new ArrayList<>();
        tegenKop(new Verificatie.Kop(gegeven.kop(), gegeven.aantal(), gegeven.bewijs()), kop).ifPresent(breuken::add);
        Optional<Controlepunt> inDatabase = bewijzen.controlepunt(gegeven.volgnummer());
        if (inDatabase.isEmpty()) {
            breuken.add(new Verificatie.Breuk(gegeven.bewijs(), "Controlepunt " + gegeven.volgnummer() + ", de opgegeven kop, "
                    + "ontbreekt in de database."));
        } else if (!OndertekendeKop.van(inDatabase.get()).ondertekend().equals(gegeven.ondertekend())) {
            breuken.add(new Verificatie.Breuk(gegeven.bewijs(), "Controlepunt " + gegeven.volgnummer() + " in de database is niet "
                    + "de opgegeven kop: het is vervangen."));
        }
        return breuken;
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
                    + ") heeft hash " + Puntenketen.kort(nde.getValue()) + ", de opgegeven kop " + Puntenketen.kort(gegeven.hash())
                    + ": bewijzen tot daar zijn verwijderd, vervangen of ingevoegd."));
        }
        return Optional.empty();
    }

    /** One walk along the chain: where it starts, the signed heads it must pass, and what does not hold. */
    private final class Wandeling {
        private String vorige = Bewijs.BEGIN;
        private long laatsteId;
        private long positie;
        private long gecontroleerd;
        private final List<Verificatie.Breuk> breuken = new ArrayList<>();
        /** Per receipt id the genuine checkpoints after the start that name it as their head. */
        private final Map<Long, List<Controlepunt>> koppen = new HashMap<>();
        private final Set<Controlepunt> gepasseerd = new HashSet<>();

        Wandeling(Optional<Controlepunt> start, List<Controlepunt> echte) {
            long na = start.map(Controlepunt::totBewijs).orElse(0L);
            echte.stream().filter(p -> p.totBewijs() > na)
                    .forEach(p -> koppen.computeIfAbsent(p.totBewijs(), k -> new ArrayList<>()).add(p));
        }

        void vanaf(Controlepunt punt, BewijsRepository.Sindsdien staat) {
            bevat(punt);
            String sinds = "sinds de controle van " + Tijdstip.tekst(punt.op());
            staat.herschrevenBewijzen().forEach(id -> breuken.add(new Verificatie.Breuk(id,
                    "Beslissingsbewijs " + id + " is " + sinds + " opnieuw geschreven: het is gewijzigd of vervangen.")));
            punt.rijstaat().tellingen().forEach((tabel, toen) -> {
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
                positie = punt.aantal();
            }
        }

        /** The checkpoint's receipt is still there, unchanged, with as many receipts up to it as then. */
        private void bevat(Controlepunt punt) {
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
                breuken.add(breuk(bewijs, "verwijst naar vorige hash " + Puntenketen.kort(bewijs.vorigeHash()) + ", maar het bewijs "
                        + "ervoor heeft hash " + Puntenketen.kort(vorige) + ": er is een bewijs verwijderd, ingevoegd of verplaatst"));
            } else if (!bewijs.berekendeHash().equals(bewijs.hash())) {
                breuken.add(breuk(bewijs, "past niet bij zijn eigen hash: het bewijs is na het vastleggen gewijzigd"));
            } else {
                vorige = bewijs.hash();
                laatsteId = bewijs.id();
                positie++;
                koppen.getOrDefault(bewijs.id(), List.of()).forEach(punt -> passeer(punt, bewijs));
            }
        }

        /** A head trede signed: this receipt, with this hash, as the n-th of the chain. */
        private void passeer(Controlepunt punt, Bewijs bewijs) {
            gepasseerd.add(punt);
            if (!punt.kopHash().equals(bewijs.hash())) {
                breuken.add(breuk(bewijs, "heeft hash " + Puntenketen.kort(bewijs.hash()) + ", maar " + Puntenketen.naam(punt)
                        + " ondertekende het met hash " + Puntenketen.kort(punt.kopHash()) + ": het is na het ondertekenen herschreven, "
                        + "met een nieuwe hash"));
            } else if (punt.aantal() != positie) {
                breuken.add(breuk(bewijs, "is het " + positie + "e bewijs van de keten, maar " + Puntenketen.naam(punt)
                        + " ondertekende het als het " + punt.aantal() + "e: er zijn bewijzen verwijderd of ingevoegd"));
            }
        }

        /** After the walk: every signed head was passed, and nothing follows the newest. */
        void sluit(Optional<Controlepunt> nieuwste) {
            if (!breuken.isEmpty()) {
                return;
            }
            koppen.values().stream().flatMap(List::stream).filter(p -> !gepasseerd.contains(p)).forEach(p -> breuken.add(
                    new Verificatie.Breuk(p.totBewijs(), "Bewijs " + p.totBewijs() + ", dat " + Puntenketen.naam(p) + " als kop "
                            + "ondertekende, staat niet meer in de keten: het is verwijderd.")));
            nieuwste.filter(p -> positie > p.aantal()).ifPresent(p -> breuken.add(new Verificatie.Breuk(laatsteId, "De keten telt "
                    + positie + " bewijzen, maar de nieuwste kop die trede ondertekende (" + Puntenketen.naam(p) + ") telt er "
                    + p.aantal() + ": de laatste " + (positie - p.aantal()) + " zijn niet door trede geschreven, of het controlepunt "
                    + "dat bij ze hoort is verwijderd.")));
        }

        private Verificatie.Breuk breuk(Bewijs bewijs, String reden) {
            return new Verificatie.Breuk(bewijs.id(), "Beslissingsbewijs " + bewijs.id() + " (" + bewijs.soort().name().toLowerCase()
                    + " " + bewijs.onderwerp() + (bewijs.gemeente() == null ? "" : ", " + bewijs.gemeente()) + ") " + reden + ".");
        }
    }
}
