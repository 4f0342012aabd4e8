package nl.trede.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The check of the audit: the hash chain walked (from the last checkpoint, or {@code volledig} from
 * the first receipt), the rows users see compared with what their receipts bound, and, when asked,
 * the chain compared with a head the auditor noted earlier.
 *
 * @param gecontroleerd receipts walked in this check
 * @param kop the chain's head now: write it down, and verify against it later to detect a removed tail
 * @param vanaf the checkpoint this check started from; null when walked from the first receipt
 * @param breuken what does not hold in the chain: the first broken link of the walk, a checkpoint it no
 *     longer reaches, a given head it does not hold
 * @param afwijkingen every row that differs from its receipt
 */
public record Verificatie(boolean intact, long gecontroleerd, boolean volledig, Kop kop, Controle vanaf,
                          List<Breuk> breuken, List<Afwijking> afwijkingen) {

    /** The first of {@link #breuken()}, or null. */
    @JsonProperty("eersteBreuk")
    public Breuk eersteBreuk() {
        return breuken.isEmpty() ? null : breuken.get(0);
    }

    /** The last receipt of the chain: its hash, how many receipts the chain holds, and its id. */
    public record Kop(String hash, long aantal, Long bewijs) {
    }

    /** An earlier check this one builds on. */
    public record Controle(long totBewijs, long aantal, boolean volledig, Instant op) {
    }

    public record Breuk(Long bewijs, String reden) {
    }
}
