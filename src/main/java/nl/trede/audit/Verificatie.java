package nl.trede.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The check of the audit: the hash chain walked (from the last checkpoint, or {@code volledig} from
 * the first receipt), trede's signed checkpoints checked, the rows users see compared with what their
 * receipts bound, and, when asked, the chain compared with a head the auditor noted or kept earlier.
 *
 * @param gecontroleerd receipts walked in this check
 * @param kop the chain's head now, as the database holds it
 * @param ondertekend the newest head trede signed, as far as this check read: keep it, and verify against it later
 *     ({@code ?kop=} its {@code parameter}) to detect a removed or rewritten tail
 * @param vanaf the checkpoint this check started from; null when walked from the first receipt
 * @param breuken what does not hold: the first broken link of the walk, a checkpoint that is not trede's, is
 *     missing or names a head the chain no longer holds, receipts after the newest signed head, a given head the
 *     chain does not hold
 * @param afwijkingen every row that differs from its receipt
 */
public record Verificatie(boolean intact, long gecontroleerd, boolean volledig, Kop kop, OndertekendeKop ondertekend,
                          Controle vanaf, List<Breuk> breuken, List<Afwijking> afwijkingen) {

    /** The first of {@link #breuken()}, or null. */
    @JsonProperty("eersteBreuk")
    public Breuk eersteBreuk() {
        return breuken.isEmpty() ? null : breuken.get(0);
    }

    /** The last receipt of the chain: its hash, how many receipts the chain holds, and its id. */
    public record Kop(String hash, long aantal, Long bewijs) {
    }

    /** The checkpoint of an earlier check this one builds on. */
    public record Controle(long volgnummer, long totBewijs, long aantal, boolean volledig, Instant op) {
    }

    public record Breuk(Long bewijs, String reden) {
    }
}
