package nl.trede.audit;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups of receipts for other capabilities, so that a printed document can name the receipt it
 * rests on: the hash of a beoordeling's receipt, of a decision step's receipt, and the chain's head.
 */
@Service
public class Bewijzen {

    private final BewijsRepository bewijzen;

    Bewijzen(BewijsRepository bewijzen) {
        this.bewijzen = bewijzen;
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

    static Verificatie.Kop kop(BewijsRepository bewijzen) {
        return bewijzen.laatste().map(l -> new Verificatie.Kop(l.getValue(), bewijzen.aantal(), l.getKey()))
                .orElse(new Verificatie.Kop(Bewijs.BEGIN, 0, null));
    }
}
