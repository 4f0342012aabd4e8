package nl.trede.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.trede.kern.Sha256;

/**
 * A checkpoint as it leaves trede: the signed text of {@link Controlepunt} and its signature, for anyone to keep
 * (the answer of {@code GET /api/v1/audit/kop}, the verification annex of every letter). With trede's public key
 * it is checked without trede: {@code openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in kop.txt -sigfile
 * kop.sig}; with trede, {@code ?kop=}{@link #parameter()} asks whether the chain still holds it.
 *
 * @param grond why trede signed it: "bewijzen", "controle" or "volledige controle"
 * @param tekst the exact text that was signed, every line ended by a newline
 * @param handtekening the Ed25519 signature of the UTF-8 bytes of {@code tekst}, in base64
 * @param sleutel the fingerprint of the key (SHA-256 of the public key in DER)
 */
public record OndertekendeKop(long volgnummer, long aantal, String kop, long bewijs, Instant op, String grond, String tekst,
                              String handtekening, String sleutel) {

    private static final List<String> VELDEN = List.of("volgnummer", "aantal", "kop", "bewijs", "tijd", "grond", "rijstaat",
            "vorige", "sleutel");

    static OndertekendeKop van(Controlepunt punt) {
        return new OndertekendeKop(punt.volgnummer(), punt.aantal(), punt.kopHash(), punt.totBewijs(), punt.op(),
                punt.grond().tekst(), punt.tekst(), punt.handtekening(), punt.sleutel());
    }

    /** Text and signature in one value for a URL: base64url of the text, a dot, base64url of the signature. */
    @JsonProperty("parameter")
    public String parameter() {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString(tekst.getBytes(StandardCharsets.UTF_8)) + "." + url.encodeToString(Base64.getDecoder().decode(handtekening));
    }

    /** The text with its signature as a last line: trede's own record, and what the next checkpoint's {@code vorige} hashes. */
    String ondertekend() {
        return tekst + "handtekening: " + handtekening + "\n";
    }

    String hash() {
        return Sha256.hex(ondertekend());
    }

    /** A head as {@link #parameter()} wrote it; base64 with or without padding, URL-safe or not. */
    static OndertekendeKop vanParameter(String parameter) {
        String[] delen = parameter.trim().split("\\.");
        if (delen.length != 2) {
            throw new IllegalArgumentException("Een ondertekende kop is de tekst en de handtekening, elk in base64, gescheiden "
                    + "door een punt: het veld 'parameter' van GET /api/v1/audit/kop.");
        }
        return lees(new String(base64(delen[0]), StandardCharsets.UTF_8), Base64.getEncoder().encodeToString(base64(delen[1])));
    }

    /** A head from its signed form (trede's own record). */
    static OndertekendeKop vanOndertekend(String ondertekend) {
        int laatste = ondertekend.lastIndexOf("handtekening: ");
        if (laatste < 0 || !ondertekend.endsWith("\n")) {
            throw new IllegalArgumentException("Geen regel 'handtekening: ' aan het eind");
        }
        return lees(ondertekend.substring(0, laatste), ondertekend.substring(laatste + "handtekening: ".length()).trim());
    }

    /** Reads the fields of a signed text, in their order; whether the signature holds is {@link Ondertekening}'s to say. */
    private static OndertekendeKop lees(String tekst, String handtekening) {
        List<String> regels = List.of(tekst.split("\n", -1));
        if (!tekst.endsWith("\n") || regels.size() != VELDEN.size() + 2 || !regels.get(0).equals(Controlepunt.VORM)) {
            throw ongeldig("de tekst begint met '" + Controlepunt.VORM + "', heeft dan " + VELDEN.size()
                    + " regels 'veld: waarde' en eindigt met een regeleinde");
        }
        Map<String, String> waarden = new LinkedHashMap<>();
        for (int i = 0; i < VELDEN.size(); i++) {
            String regel = regels.get(i + 1);
            String veld = VELDEN.get(i);
            if (!regel.startsWith(veld + ": ")) {
                throw ongeldig("regel " + (i + 2) + " hoort '" + veld + ": ...' te zijn, niet '" + regel + "'");
            }
            waarden.put(veld, regel.substring(veld.length() + 2));
        }
        try {
            return new OndertekendeKop(Long.parseLong(waarden.get("volgnummer")), Long.parseLong(waarden.get("aantal")),
                    waarden.get("kop"), Long.parseLong(waarden.get("bewijs")), Instant.parse(waarden.get("tijd")),
                    waarden.get("grond"), tekst, handtekening, waarden.get("sleutel"));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw ongeldig(e.getMessage());
        }
    }

    private static byte[] base64(String deel) {
        try {
            // The JDK's decoder takes base64 without its padding too.
            return Base64.getDecoder().decode(deel.replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw ongeldig("geen base64: " + e.getMessage());
        }
    }

    private static IllegalArgumentException ongeldig(String waarom) {
        return new IllegalArgumentException("Dit is geen ondertekende kop van trede: " + waarom + ".");
    }
}
