package nl.trede.bestand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.trede.systeem.TeGrootException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes in an uploaded file within {@link Bestandslimieten}: a raw body is read through a bounded
 * stream (never more than the limit plus one byte), a multipart file is checked before its bytes are
 * fetched; then read as a {@link Tabel}.
 */
@Service
public class Bestanden {

    private final Bestandslimieten limieten;

    Bestanden(Bestandslimieten limieten) {
        this.limieten = limieten;
    }

    public Bestandslimieten limieten() {
        return limieten;
    }

    /**
     * At most {@code max-bytes} of a request body; a declared length over the limit is refused before
     * a byte is read, a body that turns out longer as soon as it passes the limit.
     *
     * @throws TeGrootException past the limit
     */
    public byte[] lees(InputStream body, long opgegevenLengte) {
        long max = limieten.maxBytes().toBytes();
        if (opgegevenLengte > max) {
            throw teGroot(opgegevenLengte);
        }
        try {
            byte[] inhoud = body.readNBytes((int) max + 1);
            if (inhoud.length > max) {
                throw teGroot(-1);
            }
            return inhoud;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of an uploaded file, after checking its size. */
    public byte[] lees(MultipartFile bestand) {
        if (bestand.getSize() > limieten.maxBytes().toBytes()) {
            throw teGroot(bestand.getSize());
        }
        try {
            return bestand.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as a table of rows, CSV or xlsx, recognised by its bytes. */
    public Tabel tabel(byte[] inhoud) {
        return Tabel.lees(inhoud, limieten);
    }

    private TeGrootException teGroot(long lengte) {
        return new TeGrootException(limieten.maxBytes(), lengte);
    }
}
