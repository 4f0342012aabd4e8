package nl.trede.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import nl.trede.kern.Sha256;

/**
 * An append-only decision receipt, one link of the hash chain.
 *
 * <p>{@code onderwerp} is the id of what it proves: the ronde of a beoordeling, the verdeling.
 * {@code vingerafdruk} is the fingerprint of the rows users see for it (database views
 * {@code beoordeling_vingerafdruk}, {@code verdeling_vingerafdruk}); {@code inhoud} the document
 * in {@link CanoniekeJson canonical JSON}, exactly the characters that were hashed.
 *
 * <p>The hash (hashvorm 2) is the SHA-256 of the UTF-8 bytes of {@link #canoniekeVorm()}: one line
 * per field, in this order, each ended by a newline, an empty value written as {@code -}:
 * <pre>
 * trede-beslissingsbewijs/2
 * id: 17
 * soort: BEOORDELING
 * onderwerp: 3
 * beoordeling: 45
 * gemeente: GM0106
 * periode: 2025-1
 * regelset: (64 hex)
 * vastgelegd: 2025-07-14T09:12:03.123456Z   (UTC, always six decimals)
 * vingerafdruk: (64 hex)
 * vorige: (64 hex; 64 zeros for the first receipt)
 * inhoud: (the document)
 * </pre>
 * Receipts of hashvorm 1 (before November 2026) hash only {@code vorige + inhoud}.
 */
public record Bewijs(long id, Bewijssoort soort, long onderwerp, Long beoordeling, String gemeente, String periode,
                     String regelsetVersie, Instant vastgelegdOp, String vingerafdruk, String vorigeHash,
                     String inhoud, int hashvorm, String hash) {

    /** The hash the first receipt of the chain points back to. */
    public static final String BEGIN = "0".repeat(64);
    static final int HASHVORM = 2;
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** A new receipt of the current hashvorm, its hash computed from every other field. */
    static Bewijs nieuw(long id, Bewijssoort soort, long onderwerp, Long beoordeling, String gemeente, String periode,
                        String regelsetVersie, Instant vastgelegdOp, String vingerafdruk, String vorigeHash, String inhoud) {
        // PostgreSQL keeps microseconds: the hash must be over what the table will give back.
        Bewijs zonderHash = new Bewijs(id, soort, onderwerp, beoordeling, gemeente, periode, regelsetVersie,
                vastgelegdOp.truncatedTo(ChronoUnit.MICROS), vingerafdruk, vorigeHash, inhoud, HASHVORM, null);
        return zonderHash.metHash(zonderHash.berekendeHash());
    }

    /** The hash as it follows from the other fields; equal to {@link #hash()} when nothing was changed. */
    public String berekendeHash() {
        return Sha256.hex(hashvorm == 1 ? vorigeHash + inhoud : canoniekeVorm());
    }

    /** The text the hash of hashvorm 2 is taken over (see the class comment). */
    public String canoniekeVorm() {
        return "trede-beslissingsbewijs/2\n"
                + "id: " + id + "\n"
                + "soort: " + soort.name() + "\n"
                + "onderwerp: " + onderwerp + "\n"
                + "beoordeling: " + leegAls(beoordeling) + "\n"
                + "gemeente: " + leegAls(gemeente) + "\n"
                + "periode: " + leegAls(periode) + "\n"
                + "regelset: " + leegAls(regelsetVersie) + "\n"
                + "vastgelegd: " + tijd(vastgelegdOp) + "\n"
                + "vingerafdruk: " + leegAls(vingerafdruk) + "\n"
                + "vorige: " + vorigeHash + "\n"
                + "inhoud: " + inhoud + "\n";
    }

    /** A moment as the signed and hashed texts of the audit write it: UTC, always six decimals. */
    static String tijd(Instant moment) {
        return TIJD.format(moment);
    }

    private Bewijs metHash(String nieuweHash) {
        return new Bewijs(id, soort, onderwerp, beoordeling, gemeente, periode, regelsetVersie, vastgelegdOp,
                vingerafdruk, vorigeHash, inhoud, hashvorm, nieuweHash);
    }

    private static String leegAls(Object waarde) {
        return waarde == null ? "-" : waarde.toString();
    }
}
