package nl.trede.audit;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The one textual form of a receipt's document, so the same document always gives the same bytes and
 * the same hash: no whitespace, object keys sorted by UTF-16 code units (as RFC 8785), whole numbers
 * in decimal, other numbers in plain decimal notation (never an exponent), strings as UTF-8 with only
 * {@code "}, {@code \} and control characters escaped.
 */
final class CanoniekeJson {

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
            List<String> namen = new ArrayList<>(node.propertyNames());
            namen.sort(null);
            uit.append('{');
            for (int i = 0; i < namen.size(); i++) {
                if (i > 0) {
                    uit.append(',');
                }
                tekst(namen.get(i), uit);
                uit.append(':');
                schrijf(node.get(namen.get(i)), uit);
            }
            uit.append('}');
        } else if (node.isArray()) {
            uit.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    uit.append(',');
                }
                schrijf(node.get(i), uit);
            }
            uit.append(']');
        } else if (node.isString()) {
            tekst(node.asString(), uit);
        } else if (node.isBoolean()) {
            uit.append(node.asBoolean());
        } else if (node.isIntegralNumber()) {
            uit.append(node.bigIntegerValue());
        } else if (node.isNumber()) {
            uit.append(node.decimalValue().toPlainString());
        } else {
            throw new IllegalArgumentException("Geen JSON-waarde voor een beslissingsbewijs: " + node.getNodeType());
        }
    }

    private static void tekst(String tekst, StringBuilder uit) {
        uit.append('"');
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            switch (c) {
                case '"' -> uit.append("\\\"");
                case '\\' -> uit.append("\\\\");
                case '\n' -> uit.append("\\n");
                case '\r' -> uit.append("\\r");
                case '\t' -> uit.append("\\t");
                case '\b' -> uit.append("\\b");
                case '\f' -> uit.append("\\f");
                default -> {
                    if (c < 0x20) {
                        uit.append(String.format("\\u%04x", (int) c));
                    } else {
                        uit.append(c);
                    }
                }
            }
        }
        uit.append('"');
    }
}
