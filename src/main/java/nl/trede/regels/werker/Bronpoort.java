package nl.trede.regels.werker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.trede.regels.Regelsetfout;

/**
 * The first look at a DRL file, at its characters, before any parser reads it. The profile checks what Drools' parser
 * and JavaParser make of the text, but javac decodes a unicode escape ({@code \u0022}) before it reads a single token,
 * also inside a string or a comment: a string then ends, or a {@code //} comment ends its line, where the check did not
 * see it end. Characters that one reader takes for a line end and another does not ({@code U+2028}, a lone carriage
 * return) or that show text in another order than it is read (bidirectional controls) split the readers the same way.
 * All of these are refused here, each with its line and column, so every later reader sees the same text.
 */
final class Bronpoort {

    private Bronpoort() {
    }

    static List<Regelsetfout> controleer(String pad, String inhoud) {
        List<Regelsetfout> fouten = new ArrayList<>();
        int regel = 1;
        int kolom = 1;
        for (int i = 0; i < inhoud.length(); i++) {
            char teken = inhoud.charAt(i);
            String waarom = waarom(inhoud, i, teken);
            if (waarom != null) {
                fouten.add(new Regelsetfout(pad, regel, kolom, waarom));
                if (fouten.size() == 20) {
                    break;
                }
            }
            if (teken == '\n') {
                regel++;
                kolom = 1;
            } else {
                kolom++;
            }
        }
        return fouten;
    }

    private static String waarom(String inhoud, int i, char teken) {
        if (teken == '\\' && i + 1 < inhoud.length() && inhoud.charAt(i + 1) == 'u') {
            return "een unicode-escape (\\u...) is in een regelbestand niet toegestaan: Java leest die als het teken zelf, "
                    + "ook in tekst tussen aanhalingstekens en in commentaar. Schrijf het teken zelf (het bestand is UTF-8)";
        }
        if (teken == '\r') {
            return i + 1 < inhoud.length() && inhoud.charAt(i + 1) == '\n' ? null
                    : "een los regeleinde-teken (CR, U+000D) is niet toegestaan; sla het bestand op met gewone regeleinden";
        }
        if (teken == '\t' || teken == '\n') {
            return null;
        }
        if (teken < 0x20 || teken == 0x7f || teken >= 0x80 && teken <= 0x9f) {
            return "het stuurteken " + code(teken) + " is in een regelbestand niet toegestaan";
        }
        if (teken == '\u2028' || teken == '\u2029') {
            return "het teken " + code(teken) + " (regel- of alinea-scheiding) is niet toegestaan: niet elke lezer ziet er "
                    + "een nieuwe regel in; gebruik een gewoon regeleinde";
        }
        if (teken >= '\u202a' && teken <= '\u202e' || teken >= '\u2066' && teken <= '\u2069' || teken == '\u200e'
                || teken == '\u200f' || teken == '\u061c') {
            return "het teken " + code(teken) + " (tekstrichting) is niet toegestaan: het toont de tekst in een andere "
                    + "volgorde dan waarin die gelezen wordt";
        }
        if (teken == '\ufeff' && i > 0) {
            return "het teken U+FEFF (byte order mark) hoort alleen aan het begin van een bestand";
        }
        return null;
    }

    private static String code(char teken) {
        return String.format(Locale.ROOT, "U+%04X", (int) teken);
    }
}
