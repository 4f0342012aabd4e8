package nl.trede.systeem;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one CSV reader of trede, for every import: the bytes of a file (RFC 4180: comma-separated, a
 * field with a comma, quote or line break between double quotes, a quote in it doubled) into rows.
 * Strict UTF-8: a file saved in another encoding would silently turn "Súdwest-Fryslân" into a name
 * that matches nothing.
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** One row of fields; {@code nummer} is the line it starts on, the header being 1. */
    public record Rij(int nummer, List<String> velden) {
        public boolean leeg() {
            return velden.size() == 1 && velden.get(0).isBlank();
        }
    }

    private Csv() {
    }

    /** The text without BOM, or empty after adding an error for every row that is not UTF-8. */
    public static Optional<String> decodeer(byte[] inhoud, List<Invoerfout> fouten) {
        int begin = begintMetBom(inhoud) ? BOM.length : 0;
        List<Invoerfout> eigen = new ArrayList<>();
        List<String> kopregel = List.of();
        StringBuilder tekst = new StringBuilder(inhoud.length);
        int regel = 1;
        // Line by line, so an error can name the row: byte 0x0A never occurs inside a UTF-8 sequence.
        for (int van = begin; van <= inhoud.length; regel++) {
            int tot = van;
            while (tot < inhoud.length && inhoud[tot] != '\n') {
                tot++;
            }
            CharBuffer uit = CharBuffer.allocate(tot - van);
            ByteBuffer in = ByteBuffer.wrap(inhoud, van, tot - van);
            CoderResult resultaat = nieuweDecoder().decode(in, uit, true);
            if (resultaat.isError()) {
                eigen.add(new Invoerfout(regel, kolom(kopregel, inhoud, van, in.position()),
                        "Deze rij bevat tekens die geen UTF-8 zijn (rond \"" + omgeving(inhoud, van, in.position(), tot)
                                + "\"). Sla het bestand op als 'CSV UTF-8' (in Excel: Opslaan als, CSV UTF-8) "
                                + "en voer het opnieuw in."));
            } else {
                String gelezen = uit.flip().toString();
                if (regel == 1) {
                    kopregel = velden(gelezen);
                }
                tekst.append(gelezen);
                if (tot < inhoud.length) {
                    tekst.append('\n');
                }
            }
            van = tot + 1;
        }
        fouten.addAll(eigen);
        return eigen.isEmpty() ? Optional.of(tekst.toString()) : Optional.empty();
    }

    /** The rows of comma-separated {@code tekst}, blank lines left out; an unclosed quote is an error. */
    public static List<Rij> rijen(String tekst, List<Invoerfout> fouten) {
        return rijen(tekst, ',', fouten);
    }

    /** The same with another separator (Excel in a Dutch locale saves with ';'); a BOM is skipped. */
    public static List<Rij> rijen(String tekst, char scheiding, List<Invoerfout> fouten) {
        if (tekst.startsWith("\uFEFF")) {
            return rijen(tekst.substring(1), scheiding, fouten);
        }
        List<Rij> rijen = new ArrayList<>();
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        boolean veldBegonMetAanhalingsteken = false;
        int regel = 1;
        int beginRegel = 1;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (tussenAanhalingstekens) {
                if (c == '"' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '"') {
                    veld.append('"');
                    i++;
                } else if (c == '"') {
                    tussenAanhalingstekens = false;
                } else {
                    if (c == '\n') {
                        regel++;
                    }
                    veld.append(c);
                }
            } else if (c == '"' && veld.length() == 0 && !veldBegonMetAanhalingsteken) {
                tussenAanhalingstekens = true;
                veldBegonMetAanhalingsteken = true;
            } else if (c == scheiding) {
                velden.add(veld.toString());
                veld.setLength(0);
                veldBegonMetAanhalingsteken = false;
            } else if (c == '\n' || (c == '\r' && (i + 1 == tekst.length() || tekst.charAt(i + 1) == '\n'))) {
                if (c == '\r') {
                    continue; // CRLF: the \n ends the row
                }
                voegToe(rijen, beginRegel, velden, veld);
                velden = new ArrayList<>();
                veldBegonMetAanhalingsteken = false;
                regel++;
                beginRegel = regel;
            } else {
                veld.append(c);
            }
        }
        if (tussenAanhalingstekens) {
            fouten.add(new Invoerfout(beginRegel, null,
                    "Een aanhalingsteken (\") wordt niet gesloten; sluit elke waarde die met \" begint ook met \" af"));
        } else if (!velden.isEmpty() || veld.length() > 0) {
            voegToe(rijen, beginRegel, velden, veld);
        }
        return rijen;
    }

    private static void voegToe(List<Rij> rijen, int nummer, List<String> velden, StringBuilder veld) {
        velden.add(veld.toString());
        veld.setLength(0);
        Rij rij = new Rij(nummer, List.copyOf(velden));
        if (!rij.leeg()) {
            rijen.add(rij);
        }
    }

    private static List<String> velden(String regel) {
        List<Rij> rijen = rijen(regel, new ArrayList<>());
        return rijen.isEmpty() ? List.of() : rijen.get(0).velden();
    }

    private static boolean begintMetBom(byte[] inhoud) {
        return inhoud.length >= BOM.length && inhoud[0] == BOM[0] && inhoud[1] == BOM[1] && inhoud[2] == BOM[2];
    }

    private static CharsetDecoder nieuweDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The header name of the field that holds byte {@code fout}, counting commas outside quotes. */
    private static String kolom(List<String> kopregel, byte[] inhoud, int van, int fout) {
        int index = 0;
        boolean tussenAanhalingstekens = false;
        for (int i = van; i < fout; i++) {
            if (inhoud[i] == '"') {
                tussenAanhalingstekens = !tussenAanhalingstekens;
            } else if (inhoud[i] == ',' && !tussenAanhalingstekens) {
                index++;
            }
        }
        return index < kopregel.size() ? kopregel.get(index).trim() : null;
    }

    /** The readable text around the bad bytes, with each of those shown as '?'. */
    private static String omgeving(byte[] inhoud, int van, int fout, int tot) {
        int begin = Math.max(van, fout - 12);
        int einde = Math.min(tot, fout + 12);
        StringBuilder tekst = new StringBuilder();
        for (int i = begin; i < einde; i++) {
            int b = inhoud[i] & 0xFF;
            tekst.append(b >= 0x20 && b < 0x7F ? (char) b : '?');
        }
        return tekst.toString().trim();
    }
}
