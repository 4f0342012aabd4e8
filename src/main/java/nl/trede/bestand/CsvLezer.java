package nl.trede.bestand;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import nl.trede.systeem.Fouten;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file into a {@link Tabel}, with Commons CSV (RFC 4180: a value with the separator, a quote or
 * a line break between double quotes, a quote in it doubled; LF or CRLF). The separator is a comma
 * or, when the header line has more of them, a semicolon (Excel in a Dutch locale). UTF-8, with or
 * without BOM, and nothing else: a file in Windows-1252 is refused per line with the way to save it
 * as UTF-8, because guessing an encoding would silently turn "Súdwest-Fryslân" into a name that
 * matches nothing, or worse, one that matches another.
 */
final class CsvLezer {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String OPSLAAN_ALS_UTF8 = "Sla het bestand op als UTF-8, in Excel met Opslaan als > "
            + "CSV UTF-8 (door komma's gescheiden), en voer het opnieuw in.";

    private CsvLezer() {
    }

    static Tabel lees(byte[] inhoud, Bestandslimieten limieten) {
        int begin = begintMetBom(inhoud) ? BOM.length : 0;
        Fouten fouten = new Fouten();
        Optional<String> tekst = utf8(inhoud, begin, fouten);
        if (tekst.isEmpty()) {
            return new Tabel(Tabel.Soort.CSV_KOMMA, null, List.of(), fouten);
        }
        Tabel.Soort soort = scheiding(eersteRegel(tekst.get()));
        CSVFormat formaat = CSVFormat.RFC4180.builder().setDelimiter(soort.scheiding).setIgnoreEmptyLines(false).get();
        Tabel tabel = null;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(tekst.get())).setFormat(formaat).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            int kopvelden = 0;
            int rijen = 0;
            while (true) {
                // The lines read before a record are those above it: the record starts on the next.
                int regel = Math.toIntExact(parser.getCurrentLineNumber() + 1);
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    fouten.voegToe(regel, null, onleesbaar(e));
                    break;
                }
                List<String> velden = record.toList();
                if (velden.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (tabel == null) {
                    tabel = new Tabel(soort, regel, velden, fouten);
                    kopvelden = velden.size();
                } else if (++rijen > limieten.maxRijen()) {
                    fouten.voegToe(regel, null, "Het bestand heeft meer dan " + limieten.maxRijen() + " rijen onder de "
                            + "kopregel; splits het in kleinere bestanden");
                    break;
                } else if (velden.size() != kopvelden) {
                    fouten.voegToe(regel, null, "Deze rij heeft " + velden.size() + " velden, de kopregel " + kopvelden
                            + ". Controleer de " + soort.scheidingstekens + "; zet een waarde met een "
                            + soort.scheiding + " erin tussen aanhalingstekens (\").");
                } else {
                    tabel.voegToe(regel, velden.stream().map(v -> (Cel) new Cel.Tekst(v)).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tabel == null) {
            fouten.voegToe(1, null, "Het bestand is leeg");
            return new Tabel(soort, null, List.of(), fouten);
        }
        return tabel;
    }

    private static String onleesbaar(UncheckedIOException e) {
        String reden = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        if (reden.contains("EOF")) {
            return "Een aanhalingsteken (\") wordt niet gesloten; sluit elke waarde die met \" begint ook met \" af";
        }
        return "Na een waarde tussen aanhalingstekens staat nog tekst voor het volgende scheidingsteken. Zet de hele "
                + "waarde tussen aanhalingstekens en schrijf een aanhalingsteken erin dubbel (\"\")";
    }

    /** Comma, unless the header line has more semicolons than commas (outside quotes). */
    private static Tabel.Soort scheiding(String kopregel) {
        int komma = 0;
        int puntkomma = 0;
        boolean tussenAanhalingstekens = false;
        for (char c : kopregel.toCharArray()) {
            if (c == '"') {
                tussenAanhalingstekens = !tussenAanhalingstekens;
            } else if (!tussenAanhalingstekens && c == ',') {
                komma++;
            } else if (!tussenAanhalingstekens && c == ';') {
                puntkomma++;
            }
        }
        return puntkomma > komma ? Tabel.Soort.CSV_PUNTKOMMA : Tabel.Soort.CSV_KOMMA;
    }

    /** The first line that is not blank: the header. */
    private static String eersteRegel(String tekst) {
        return tekst.lines().filter(r -> !r.isBlank()).findFirst().orElse("");
    }

    /** The text, or empty after an error for every line that is not UTF-8. */
    private static Optional<String> utf8(byte[] inhoud, int begin, Fouten fouten) {
        try {
            return Optional.of(strikt(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(inhoud, begin, inhoud.length - begin))
                    .toString());
        } catch (CharacterCodingException e) {
            meldRegelsZonderUtf8(inhoud, begin, fouten);
            return Optional.empty();
        }
    }

    /** Line by line, so each error names its line: byte 0x0A never occurs inside a UTF-8 sequence. */
    private static void meldRegelsZonderUtf8(byte[] inhoud, int begin, Fouten fouten) {
        boolean windows1252 = past(inhoud, begin, WINDOWS_1252);
        String herkomst = windows1252 ? " Het bestand lijkt opgeslagen als Windows-1252 (ANSI), niet als UTF-8. "
                : " Het bestand is niet opgeslagen als UTF-8. ";
        List<String> kop = null;
        char scheiding = ',';
        int regel = 1;
        for (int van = begin; van <= inhoud.length; regel++) {
            int tot = van;
            while (tot < inhoud.length && inhoud[tot] != '\n') {
                tot++;
            }
            String leesbaar = new String(inhoud, van, tot - van, windows1252 ? WINDOWS_1252 : StandardCharsets.ISO_8859_1);
            if (kop == null && !leesbaar.isBlank()) {
                scheiding = scheiding(leesbaar).scheiding;
                kop = velden(leesbaar, scheiding);
            }
            ByteBuffer in = ByteBuffer.wrap(inhoud, van, tot - van);
            if (strikt(StandardCharsets.UTF_8).decode(in, CharBuffer.allocate(tot - van), true).isError()) {
                fouten.voegToe(regel, kolom(kop, inhoud, van, in.position(), scheiding), "Deze rij bevat tekens die "
                        + "geen UTF-8 zijn (rond \"" + omgeving(inhoud, van, in.position(), tot) + "\")." + herkomst
                        + OPSLAAN_ALS_UTF8);
            }
            van = tot + 1;
        }
    }

    private static boolean past(byte[] inhoud, int begin, Charset tekenset) {
        try {
            strikt(tekenset).decode(ByteBuffer.wrap(inhoud, begin, inhoud.length - begin));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static List<String> velden(String regel, char scheiding) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(regel))
                .setFormat(CSVFormat.RFC4180.builder().setDelimiter(scheiding).get()).get()) {
            return parser.getRecords().stream().findFirst().map(CSVRecord::toList).orElse(List.of());
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static boolean begintMetBom(byte[] inhoud) {
        return inhoud.length >= BOM.length && inhoud[0] == BOM[0] && inhoud[1] == BOM[1] && inhoud[2] == BOM[2];
    }

    private static CharsetDecoder strikt(Charset tekenset) {
        return tekenset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The header name of the field that holds byte {@code fout}, counting separators outside quotes. */
    private static String kolom(List<String> kop, byte[] inhoud, int van, int fout, char scheiding) {
        int index = 0;
        boolean tussenAanhalingstekens = false;
        for (int i = van; i < fout; i++) {
            if (inhoud[i] == '"') {
                tussenAanhalingstekens = !tussenAanhalingstekens;
            } else if (inhoud[i] == scheiding && !tussenAanhalingstekens) {
                index++;
            }
        }
        return kop != null && index < kop.size() ? kop.get(index).strip() : null;
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
        return tekst.toString().strip();
    }
}
