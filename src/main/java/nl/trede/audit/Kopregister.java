package nl.trede.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * trede's own record of the newest checkpoint it signed, in a file beside its key and outside the database: the
 * owner of the tables can remove the newest checkpoints from the database, but not from here. The verification
 * requires the database to hold this checkpoint, unchanged; a new checkpoint continues from it. Written only after
 * the transaction of that checkpoint committed, and never back to an older one.
 */
@Component
class Kopregister {

    private static final Logger LOG = LoggerFactory.getLogger(Kopregister.class);
    static final String BESTAND = "laatste-controlepunt.txt";

    private final Path bestand;
    private volatile OndertekendeKop laatste;

    Kopregister(@Value("${trede.audit.map}") Path map, Ondertekening sleutel) {
        this.bestand = map.toAbsolutePath().normalize().resolve(BESTAND);
        this.laatste = lees(bestand, sleutel);
    }

    Optional<OndertekendeKop> laatste() {
        return Optional.ofNullable(laatste);
    }

    /** Keeps {@code kop} when it is newer than what is kept; beside, then moved, so the file is never half written. */
    synchronized void bewaar(OndertekendeKop kop) {
        if (laatste != null && laatste.volgnummer() >= kop.volgnummer()) {
            return;
        }
        try {
            Files.createDirectories(bestand.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path tijdelijk = Files.createTempFile(bestand.getParent(), BESTAND, ".tmp");
            Files.writeString(tijdelijk, kop.ondertekend(), StandardCharsets.UTF_8);
            Files.move(tijdelijk, bestand, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The checkpoint is in the database, committed; without this record only its removal would go unseen.
            LOG.error("trede kon zijn laatste controlepunt ({}) niet bewaren in {}: {}", kop.volgnummer(), bestand, e.getMessage(), e);
        }
        laatste = kop;
    }

    private static OndertekendeKop lees(Path bestand, Ondertekening sleutel) {
        if (!Files.exists(bestand)) {
            return null;
        }
        try {
            OndertekendeKop kop = OndertekendeKop.vanOndertekend(Files.readString(bestand, StandardCharsets.UTF_8));
            if (!sleutel.klopt(kop.handtekening(), kop.tekst())) {
                LOG.error("Het laatste controlepunt in {} is niet met de sleutel van trede ondertekend; trede negeert het. Is de "
                        + "sleutel vervangen, of het bestand?", bestand);
                return null;
            }
            return kop;
        } catch (IOException e) {
            throw new UncheckedIOException("Het laatste controlepunt van trede in " + bestand + " is niet te lezen", e);
        } catch (IllegalArgumentException e) {
            LOG.error("{} is geen controlepunt van trede ({}); trede negeert het.", bestand, e.getMessage());
            return null;
        }
    }
}
