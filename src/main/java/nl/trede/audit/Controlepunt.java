package nl.trede.audit;

import java.time.Instant;

/**
 * A point up to which the chain was walked and found intact: the next view walks only what came after,
 * after checking that this point's receipt and the count up to it are still the same.
 */
record Controlepunt(long totBewijs, long aantal, String kopHash, boolean volledig, Instant op) {
}
