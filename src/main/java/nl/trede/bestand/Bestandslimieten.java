package nl.trede.bestand;

import nl.trede.systeem.TeGrootException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one upload may be: at most {@code maxBytes} (a raw body and every file of a multipart form) and
 * {@code maxRijen} rows under the header. Larger is refused before anything is parsed or looked up.
 */
@ConfigurationProperties("trede.invoer")
public record Bestandslimieten(@DefaultValue("10MB") DataSize maxBytes, @DefaultValue("100000") int maxRijen) {

    /** The limits without configuration, for the start-up loaders and tests. */
    public static final Bestandslimieten STANDAARD = new Bestandslimieten(DataSize.ofMegabytes(10), 100_000);

    public Bestandslimieten {
        if (maxBytes.toBytes() <= 0 || maxBytes.toBytes() > Integer.MAX_VALUE - 1 || maxRijen <= 0) {
            throw new IllegalArgumentException("trede.invoer.max-bytes moet tussen 1 byte en 2 GB liggen en "
                    + "trede.invoer.max-rijen boven 0");
        }
    }

    /** "10 MB", for the pages. */
    public String maxBytesTekst() {
        return TeGrootException.megabytes(maxBytes.toBytes());
    }
}
