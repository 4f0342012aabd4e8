package nl.trede.audit;

import java.time.Instant;

/**
 * An append-only decision receipt. {@code inhoud} is the receipt document as stored (JSON text as
 * PostgreSQL renders the jsonb); {@code hash} is sha256 of {@code vorigeHash + inhoud}.
 */
public record Beslissingsbewijs(long id, String soort, long rondeId, Long beoordelingId, String gemeente,
                                String periode, String regelsetVersie, Instant vastgelegdOp, String inhoud,
                                String vorigeHash, String hash) {

    /** The hash the first receipt of the chain points back to. */
    public static final String BEGIN = "0".repeat(64);
}
