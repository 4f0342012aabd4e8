package nl.trede.regels.werker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Frames between the app and a worker over the worker's standard input and output: the length of the frame, the
 * {@link Bericht.Soort} by name, and the message as JSON. A frame longer than {@link #maximum} is refused before it is
 * read: the app never lets a worker make it allocate without bound.
 */
public final class Kanaal {

    /** The mapper of both sides: strict, so a field the reader does not know is an error, not ignored. */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** One frame as read: what it is, and the JSON of its message. */
    public record Frame(Bericht.Soort soort, byte[] json) {

        public <T> T als(Class<T> type) {
            return JSON.readValue(json, type);
        }
    }

    private final DataInputStream in;
    private final DataOutputStream uit;
    private final int maximum;

    public Kanaal(InputStream in, OutputStream uit, int maximum) {
        this.in = new DataInputStream(new BufferedInputStream(in, 64 * 1024));
        this.uit = new DataOutputStream(new BufferedOutputStream(uit, 64 * 1024));
        this.maximum = maximum;
    }

    public synchronized void schrijf(Bericht.Soort soort, Object bericht) throws IOException {
        byte[] naam = soort.name().getBytes(StandardCharsets.US_ASCII);
        byte[] json = JSON.writeValueAsBytes(bericht);
        uit.writeInt(1 + naam.length + json.length);
        uit.writeByte(naam.length);
        uit.write(naam);
        uit.write(json);
        uit.flush();
    }

    /** The next frame; an {@link EOFException} when the other side closed. */
    public Frame lees() throws IOException {
        int lengte = in.readInt();
        if (lengte < 2 || lengte > maximum) {
            throw new IOException("Een bericht van " + lengte + " bytes; ten hoogste " + maximum + " mag");
        }
        int naamlengte = in.readUnsignedByte();
        if (naamlengte >= lengte) {
            throw new IOException("Een bericht zonder inhoud");
        }
        byte[] naam = in.readNBytes(naamlengte);
        byte[] json = in.readNBytes(lengte - 1 - naamlengte);
        if (naam.length < naamlengte || json.length < lengte - 1 - naamlengte) {
            throw new EOFException("Het bericht hield halverwege op");
        }
        Bericht.Soort soort;
        try {
            soort = Bericht.Soort.valueOf(new String(naam, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IOException("Onbekend soort bericht", e);
        }
        return new Frame(soort, json);
    }
}
