package nl.trede.audit;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups of receipts for other capabilities, so that a printed document can name the receipt it
 * rests on: the hash of a beoordeling's receipt, of a decision step's receipt, the chain's head, and the head
 * trede signed last with the key to check it.
 */
@Service
public class Bewijzen {

    private final BewijsRepository bewijzen;
    private final Controlepunten controlepunten;
    private final Ondertekening sleutel;

    Bewijzen(BewijsRepository bewijzen, Controlepunten controlepunten, Ondertekening sleutel) {
        this.bewijzen = bewijzen;
        this.controlepunten = controlepunten;
        this.sleutel = sleutel;
    }

    /** The hash of the receipt of the engine's beoordeling. */
    @Transactional(readOnly = true)
    public Optional<String> vanBeoordeling(long beoordelingId) {
        return bewijzen.vanBeoordeling(beoordelingId).map(Bewijs::hash);
    }

    /** The hash of the receipt of one step of the officers' decision (its {@code Beslissing} id). */
    @Transactional(readOnly = true)
    public Optional<String> vanBeslissing(long beslissingId) {
        return bewijzen.vanOnderwerp(Bewijssoort.BESLISSING, beslissingId).stream().findFirst().map(Bewijs::hash);
    }

    /** The chain's head as it stands: its last hash and how many receipts it holds. Not a verification. */
    @Transactional(readOnly = true)
    public Verificatie.Kop kop() {
        return kop(bewijzen);
    }

    /** The newest head trede signed, for a document to carry; empty before trede signed any. Not a verification. */
    @Transactional(readOnly = true)
    public Optional<OndertekendeKop> ondertekendeKop() {
        return controlepunten.laatsteOndertekend();
    }

    /** trede's public key as PEM: with it anyone checks a signed head, also without trede. */
    public String publiekeSleutel() {
        return sleutel.publiekeSleutel();
    }

    static Verificatie.Kop kop(BewijsRepository bewijzen) {
        return bewijzen.laatste().map(l -> new Verificatie.Kop(l.getValue(), bewijzen.aantal(), l.getKey()))
                .orElse(new Verificatie.Kop(Bewijs.BEGIN, 0, null));
    }
}
