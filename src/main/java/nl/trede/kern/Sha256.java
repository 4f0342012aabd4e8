package nl.trede.kern;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The one way trede hashes: SHA-256, written as 64 lowercase hexadecimal characters. */
public final class Sha256 {

    private Sha256() {
    }

    /** The hash of the UTF-8 bytes of {@code tekst}. */
    public static String hex(String tekst) {
        return hex(tekst.getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(nieuw().digest(bytes));
    }

    /** For hashing in parts, as a rule-set version does over many files; finish with {@link #hex(MessageDigest)}. */
    public static MessageDigest nieuw() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 hoort in elke JVM te zitten", e);
        }
    }

    public static String hex(MessageDigest sha256) {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
