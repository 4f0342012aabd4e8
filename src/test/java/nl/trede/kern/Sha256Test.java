package nl.trede.kern;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class Sha256Test {

    /** FIPS 180-2, appendix B.1: the SHA-256 of "abc". */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void deHashVanAbcIsDieVanDeNorm() {
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(ABC);
    }

    @Test
    void inDelenGehashtIsHetzelfde() {
        MessageDigest delen = Sha256.nieuw();
        delen.update("a".getBytes(StandardCharsets.UTF_8));
        delen.update("bc".getBytes(StandardCharsets.UTF_8));
        assertThat(Sha256.hex(delen)).isEqualTo(ABC);
    }
}
