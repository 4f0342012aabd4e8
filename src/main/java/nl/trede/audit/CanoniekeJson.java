package nl.trede.audit;

import java.util.Arrays;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The one textual form of a receipt's document, so the same document always gives the same bytes and
 * the same hash: no whitespace, object keys sorted by UTF-16 code units (as RFC 8785), whole numbers
 * in decimal, other numbers in plain decimal notation (never an exponent), strings as UTF-8 with only
 * {@code "}, {@code \} and control characters escaped (the five named escapes for newline, return, tab,
 * backspace and form feed; the others as a backslash, {@code u} and four lower-case hex digits). Hashvorm 2
 * is taken over this text: {@code CanoniekeJsonTest} pins it.
 */
final class CanoniekeJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanoniekeJson() {
    }

    static String van(JsonNode document) {
        StringBuilder uit = new StringBuilder(4096);
        schrijf(document, uit);
        return uit.toString();
    }

    private static void schrijf(JsonNode node, StringBuilder uit) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            uit.append("null");
        } else if (node.isObject()) {
            schrijfObject(node, uit);
        } else if (node.isArray()) {
            uit.append('[');
            boolean eerste = true;
            for (JsonNode element : node.values()) {
                if (!eerste) {
                    uit.append(',');
                }
                eerste = false;
                schrijf(element, uit);
            }
            uit.append(']');
        } else if (node.isString()) {
            tekst(node.asString(), uit);
        } else if (node.isBoolean()) {
            uit.append(node.asBoolean());
        } else if (node.isInt() || node.isLong()) {
            uit.append(node.longValue());
        } else if (node.isIntegralNumber()) {
            uit.append(node.bigIntegerValue());
        } else if (node.isNumber()) {
            uit.append(node.decimalValue().toPlainString());
        } else {
            throw new IllegalArgumentException("Geen JSON-waarde voor een beslissingsbewijs: " + node.getNodeType());
        }
    }

    /** The entries sorted once, rather than the names sorted and each looked up again. */
    @SuppressWarnings("unchecked")
    private static void schrijfObject(JsonNode node, StringBuilder uit) {
        Map.Entry<String, JsonNode>[] velden = node.properties().toArray(new Map.Entry[0]);
        Arrays.sort(velden, Map.Entry.comparingByKey());
        uit.append('{');
        for (int i = 0; i < velden.length; i++) {
            if (i > 0) {
                uit.append(',');
            }
            tekst(velden[i].getKey(), uit);
            uit.append(':');
            schrijf(velden[i].getValue(), uit);
        }
        uit.append('}');
    }

    /** Copies the runs between characters that need an escape whole: most strings need none. */
    private static void tekst(String tekst, StringBuilder uit) {
        uit.append('"');
        int vanaf = 0;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                uit.append(tekst, vanaf, i);
                escape(c, uit);
                vanaf = i + 1;
            }
        }
        if (vanaf == 0) {
            uit.append(tekst);
        } else {
            uit.append(tekst, vanaf, tekst.length());
        }
        uit.append('"');
    }

    private static void escape(char c, StringBuilder uit) {
        switch (c) {
            case '"' -> uit.append("\\\"");
            case '\\' -> uit.append("\\\\");
            case '\n' -> uit.append("\\n");
            case '\r' -> uit.append("\\r");
            case '\t' -> uit.append("\\t");
            case '\b' -> uit.append("\\b");
            case '\f' -> uit.append("\\f");
            default -> uit.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
        }
    }
}
