package nl.trede.systeem;

import java.time.Instant;

/**
 * A personal access token as its owner sees it: for API clients, with one role of its owner. The
 * token text itself is not kept, only its SHA-256; {@code laatstGebruiktOp} is exact to the minute.
 */
public record Toegangstoken(long id, String gebruiker, String naam, Rol rol, Instant aangemaaktOp, Instant verlooptOp,
                            Instant ingetrokkenOp, Instant laatstGebruiktOp) {

    public boolean werkt(Instant op) {
        return ingetrokkenOp == null && (verlooptOp == null || op.isBefore(verlooptOp));
    }
}
