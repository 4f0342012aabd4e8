package nl.trede.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.trede.kern.Sha256;

/**
 * A checkpoint of the chain, signed by trede with a key the database roles cannot read. Written in the
 * transaction of every receipt trede writes ({@link Grond#BEWIJZEN}: the head it just wrote), and after a check
 * that held ({@link Grond#CONTROLE}, {@link Grond#VOLLEDIGE_CONTROLE}), then with the {@link Rijstaat} the next
 * quick check starts from. The checkpoints form a chain of their own: each names the hash of the previous one's
 * signed form ({@link OndertekendeKop#hash()}), so one valid signature at the end vouches for every link before it.
 *
 * <p>The signature (Ed25519) is over the UTF-8 bytes of {@link #tekst()}, one field a line, each line ended by a
 * newline:
 * <pre>
 * trede-controlepunt/1
 * volgnummer: 12
 * aantal: 1025                       (receipts in the chain up to and including the head)
 * kop: (64 hex: the hash of the head receipt)
 * bewijs: 1031                       (the head receipt's id)
 * tijd: 2026-05-03T10:12:13.123456Z  (UTC, always six decimals)
 * grond: bewijzen | controle | volledige controle
 * rijstaat: geen | (64 hex: SHA-256 of "xid: N\n" and "table: rows\n" per audited table in name order)
 * vorige: (64 hex: SHA-256 of the previous checkpoint's signed form; 64 zeros for the first)
 * sleutel: (64 hex: SHA-256 of the public key in DER)
 * </pre>
 */
record Controlepunt(long volgnummer, long aantal, String kopHash, long totBewijs, Instant op, Grond grond,
                    Rijstaat rijstaat, String vorige, String sleutel, String handtekening) {

    static final String VORM = "trede-controlepunt/1";

    Controlepunt {
        // PostgreSQL keeps microseconds: the signature must be over what the table gives back.
        op = op.truncatedTo(ChronoUnit.MICROS);
    }

    /** Why trede signed: it wrote receipts, or a check (from the last checkpoint, or from the first receipt) held. */
    enum Grond {
        BEWIJZEN, CONTROLE, VOLLEDIGE_CONTROLE;

        String tekst() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * Where the next quick check starts: every row of an audited table written before transaction {@code xid} was
     * checked, and {@code tellingen} says how many there were per table.
     */
    record Rijstaat(long xid, Map<String, Long> tellingen) {

        String hash() {
            StringBuilder tekst = new StringBuilder("xid: ").append(xid).append('\n');
            new TreeMap<>(tellingen).forEach((tabel, rijen) -> tekst.append(tabel).append(": ").append(rijen).append('\n'));
            return Sha256.hex(tekst.toString());
        }
    }

    /** This checkpoint, signed with {@code sleutel}, whose fingerprint it names. */
    Controlepunt ondertekendMet(Ondertekening sleutel) {
        Controlepunt metSleutel = new Controlepunt(volgnummer, aantal, kopHash, totBewijs, op, grond, rijstaat, vorige,
                sleutel.vingerafdruk(), null);
        return new Controlepunt(volgnummer, aantal, kopHash, totBewijs, op, grond, rijstaat, vorige, sleutel.vingerafdruk(),
                sleutel.onderteken(metSleutel.tekst()));
    }

    /** The text that is signed (see the class comment). */
    String tekst() {
        return VORM + "\n"
                + "volgnummer: " + volgnummer + "\n"
                + "aantal: " + aantal + "\n"
                + "kop: " + kopHash + "\n"
                + "bewijs: " + totBewijs + "\n"
                + "tijd: " + Bewijs.tijd(op) + "\n"
                + "grond: " + grond.tekst() + "\n"
                // "geen", not "-": text tools join a line that ends in a hyphen with the next one.
                + "rijstaat: " + (rijstaat == null ? "geen" : rijstaat.hash()) + "\n"
                + "vorige: " + vorige + "\n"
                + "sleutel: " + sleutel + "\n";
    }

    /** What the next checkpoint names as {@code vorige}: the SHA-256 of this one's text with its signature line. */
    String hash() {
        return OndertekendeKop.van(this).hash();
    }

    boolean isControle() {
        return grond != Grond.BEWIJZEN;
    }
}
