package nl.trede.audit;

import java.time.Instant;
import java.util.Map;

/**
 * A point up to which the chain was walked and found intact, and with it every row users see. The next
 * check walks only what came after: it makes sure this point's receipt and the count up to it are the
 * same, that every row written before transaction {@code xid} is still there unchanged ({@code tellingen}
 * per table), and compares the rows written since with their receipts.
 */
record Controlepunt(long totBewijs, long aantal, String kopHash, boolean volledig, Instant op, long xid,
                    Map<String, Long> tellingen) {
}
