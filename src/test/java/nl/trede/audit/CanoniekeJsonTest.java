package nl.trede.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The text hashvorm 2 hashes, pinned: every receipt written since November 2026 must verify with it, so a faster
 * writer must give exactly these characters. The expectations follow from the rules in {@link CanoniekeJson}'s
 * comment (and README, "Het beslissingsbewijs"), worked out by hand per case.
 */
class CanoniekeJsonTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void sleutelsStaanOpUtf16CodeEenheden() {
        ObjectNode object = NODES.objectNode();
        // U+1F600 is the surrogate pair D83D DE00: before U+FF45 in UTF-16 code units, after it in code points.
        object.put("b", 1).put("a", 2).put("B", 3).put("é", 4).put("\uD83D\uDE00", 5).put("ｅ", 6).put("", 7).put("aa", 8);
        // "" < "B" (42) < "a" (61) < "aa" < "b" (62) < "é" (E9) < D83D < "ｅ" (FF45)
        assertThat(CanoniekeJson.van(object)).isEqualTo("{\"\":7,\"B\":3,\"a\":2,\"aa\":8,\"b\":1,\"é\":4,\"\uD83D\uDE00\":5,\"ｅ\":6}");
    }

    @Test
    void alleenAanhalingstekenBackslashEnBesturingstekensKrijgenEenEscape() {
        assertThat(tekst("a\"b\\c/d")).isEqualTo("\"a\\\"b\\\\c/d\"");
        assertThat(tekst("\n\r\t\b\f")).isEqualTo("\"\\n\\r\\t\\b\\f\"");
        // The other control characters below U+0020 as backslash-u with four lower-case hex digits.
        assertThat(tekst("\u0000 \u0001 \u000b \u001f")).isEqualTo("\"\\u0000 \\u0001 \\u000b \\u001f\"");
        // Escapes between plain runs, at the start and at the end.
        assertThat(tekst("\"begin midden\u001feind\\")).isEqualTo("\"\\\"begin midden\\u001feind\\\\\"");
        // From U+0020 on nothing is escaped: DEL, Latin-1, line separator, non-BMP, and a lone surrogate as it is.
        String ongewijzigd = " ~\u007f\u0080é\u2028Súdwest-Fryslân\uD83D\uDE00\uD800";
        assertThat(tekst(ongewijzigd)).isEqualTo("\"" + ongewijzigd + "\"");
        assertThat(tekst("")).isEqualTo("\"\"");
    }

    @Test
    void heleGetallenDecimaalAndereZonderExponent() {
        assertThat(CanoniekeJson.van(NODES.numberNode(-7))).isEqualTo("-7");
        assertThat(CanoniekeJson.van(NODES.numberNode((short) 12))).isEqualTo("12");
        assertThat(CanoniekeJson.van(NODES.numberNode(Long.MIN_VALUE))).isEqualTo("-9223372036854775808");
        // 2^70
        assertThat(CanoniekeJson.van(NODES.numberNode(BigInteger.TWO.pow(70)))).isEqualTo("1180591620717411303424");
        // A double as its shortest decimal (Double.toString), written out: 1e20, 1.5e-7.
        assertThat(CanoniekeJson.van(NODES.numberNode(0.1))).isEqualTo("0.1");
        assertThat(CanoniekeJson.van(NODES.numberNode(2.0))).isEqualTo("2.0");
        assertThat(CanoniekeJson.van(NODES.numberNode(1e20))).isEqualTo("100000000000000000000");
        assertThat(CanoniekeJson.van(NODES.numberNode(-1.5e-7))).isEqualTo("-0.00000015");
        // A BigDecimal keeps its scale: 1.50 stays 1.50, 1E+3 is 1000, -1E-3 is -0.001.
        assertThat(CanoniekeJson.van(NODES.numberNode(new BigDecimal("1.50")))).isEqualTo("1.50");
        assertThat(CanoniekeJson.van(NODES.numberNode(new BigDecimal("1E+3")))).isEqualTo("1000");
        assertThat(CanoniekeJson.van(NODES.numberNode(new BigDecimal("-1E-3")))).isEqualTo("-0.001");
    }

    @Test
    void geneststeWaardenZonderWitruimte() {
        ObjectNode object = NODES.objectNode();
        object.putArray("lijst").addNull().add(true).add(false).add(NODES.arrayNode()).add(NODES.objectNode()).add("x");
        object.putNull("leeg");
        object.set("ontbreekt", NODES.missingNode());
        assertThat(CanoniekeJson.van(object)).isEqualTo("{\"leeg\":null,\"lijst\":[null,true,false,[],{},\"x\"],\"ontbreekt\":null}");
    }

    @Test
    void geenJsonWaardeWordtGeweigerd() {
        assertThatThrownBy(() -> CanoniekeJson.van(NODES.binaryNode(new byte[] {1})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Geen JSON-waarde");
        assertThatThrownBy(() -> CanoniekeJson.van(NODES.pojoNode(new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Geen JSON-waarde");
    }

    /**
     * Receipt 4405 (Súdwest-Fryslân, 2018-2) exactly as the writer before November 30, 2026 stored it, with
     * the hash it stored: the current writer gives the same text for its document, and the hash follows.
     */
    @Test
    void eenEchtBewijsGeeftDezelfdeTekstEnHash() throws IOException {
        String inhoud;
        try (InputStream in = getClass().getResourceAsStream("/bewijs/beoordeling-4405.json")) {
            inhoud = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode document = JsonMapper.builder().build().readTree(inhoud);
        assertThat(CanoniekeJson.van(document)).isEqualTo(inhoud);

        Bewijs bewijs = new Bewijs(4405, Bewijssoort.BEOORDELING, 14, 4403L, "GM1900", "2018-2",
                "7754c0adf46d36a75c81fc381163f5a5e82d44fdc7da75c3e51e4d5ff27c9312", Instant.parse("2026-11-30T03:09:00.306897Z"),
                "87507ffa9b836df02697de30967706e92ee4d43e24a2701d756f0d85f997ad5f",
                "9ed43c7d588a156f79ecac4e21fede17170162e65c05b22a662d00ef3089a3f5", CanoniekeJson.van(document), 2,
                "79991d9c0053fe51c1fb9455220f81e6b736860fbc86809e5935d41e31c1d655");
        assertThat(bewijs.berekendeHash()).isEqualTo(bewijs.hash());
    }

    private static String tekst(String waarde) {
        return CanoniekeJson.van(NODES.stringNode(waarde));
    }
}
