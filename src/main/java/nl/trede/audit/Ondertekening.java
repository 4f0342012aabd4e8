package nl.trede.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import nl.trede.kern.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * trede's signing key for checkpoints (Ed25519): a PKCS#8 PEM file outside the database, the same form as
 * {@code openssl genpkey -algorithm ed25519} writes. The database roles cannot read it, so whoever owns the
 * tables can rewrite a checkpoint but not sign one. Made at the first start when {@code trede.audit.sleutel-aanmaken}
 * allows; an operator who provides the key sets that to false, so that a missing mount stops the start instead of
 * silently making a new key.
 */
@Component
class Ondertekening {

    private static final Logger LOG = LoggerFactory.getLogger(Ondertekening.class);
    private static final String ALGORITME = "Ed25519";
    private static final Set<PosixFilePermission> ALLEEN_EIGENAAR = PosixFilePermissions.fromString("rw-------");

    private final PrivateKey prive;
    private final PublicKey publiek;
    private final String vingerafdruk;

    Ondertekening(@Value("${trede.audit.sleutel}") Path bestand, @Value("${trede.audit.sleutel-aanmaken:true}") boolean aanmaken) {
        Path pad = bestand.toAbsolutePath().normalize();
        try {
            if (Files.exists(pad)) {
                this.prive = lees(pad);
                waarschuwAlsLeesbaar(pad);
            } else if (aanmaken) {
                this.prive = maak(pad);
            } else {
                throw new IllegalStateException("De ondertekeningssleutel van de audit ontbreekt: " + pad + ". Zet het bestand "
                        + "terug (alleen leesbaar voor trede), of laat trede een nieuwe maken met trede.audit.sleutel-aanmaken=true; "
                        + "met een nieuwe sleutel kan trede de controlepunten van de oude niet meer controleren.");
            }
            this.publiek = publiekBij(prive);
            this.vingerafdruk = Sha256.hex(publiek.getEncoded());
            if (!klopt(onderteken("trede"), "trede")) {
                throw new IllegalStateException("De sleutel in " + pad + " ondertekent niet wat zijn publieke sleutel controleert");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("De ondertekeningssleutel van de audit in " + pad + " kon niet worden gelezen of "
                    + "geschreven: " + e.getMessage(), e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("In " + pad + " staat geen Ed25519-sleutel in PKCS#8-PEM (zoals openssl genpkey "
                    + "-algorithm ed25519 die schrijft): " + e.getMessage(), e);
        }
        LOG.info("Controlepunten van de audit worden ondertekend met de sleutel in {} (vingerafdruk {})", pad, vingerafdruk);
    }

    /** The Ed25519 signature of the UTF-8 bytes of {@code tekst}, in base64. */
    String onderteken(String tekst) {
        try {
            Signature handtekening = Signature.getInstance(ALGORITME);
            handtekening.initSign(prive);
            handtekening.update(tekst.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(handtekening.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ondertekenen met Ed25519 mislukte", e);
        }
    }

    /** Whether {@code handtekening} (base64) is this key's signature of {@code tekst}; false for anything malformed. */
    boolean klopt(String handtekening, String tekst) {
        try {
            Signature controle = Signature.getInstance(ALGORITME);
            controle.initVerify(publiek);
            controle.update(tekst.getBytes(StandardCharsets.UTF_8));
            return controle.verify(Base64.getDecoder().decode(handtekening));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The SHA-256 of the public key in DER (SubjectPublicKeyInfo): {@code openssl pkey -pubin -in pub.pem -outform DER | sha256sum}. */
    String vingerafdruk() {
        return vingerafdruk;
    }

    /** The public key as PEM, as {@code openssl pkey -in KEY -pubout} writes it. */
    String publiekeSleutel() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getEncoder().encodeToString(publiek.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    private static PrivateKey lees(Path pad) throws IOException, GeneralSecurityException {
        String pem = Files.readString(pad, StandardCharsets.US_ASCII);
        int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
        int eind = pem.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || eind < begin) {
            throw new IllegalArgumentException("geen blok BEGIN PRIVATE KEY");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), eind));
        return KeyFactory.getInstance(ALGORITME).generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    /** A new key, written beside and then moved: never half a key, never readable by others. */
    private static PrivateKey maak(Path pad) throws IOException, GeneralSecurityException {
        Files.createDirectories(pad.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        PrivateKey sleutel = KeyPairGenerator.getInstance(ALGORITME).generateKeyPair().getPrivate();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(sleutel.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Path tijdelijk = Files.createTempFile(pad.getParent(), pad.getFileName().toString(), ".tmp",
                PosixFilePermissions.asFileAttribute(ALLEEN_EIGENAAR));
        Files.writeString(tijdelijk, pem, StandardCharsets.US_ASCII);
        Files.move(tijdelijk, pad, StandardCopyOption.ATOMIC_MOVE);
        LOG.warn("Nieuwe ondertekeningssleutel voor de audit gemaakt in {} (vingerafdruk {}). Bewaar een kopie buiten deze "
                + "machine: zonder deze sleutel kan trede zijn controlepunten niet meer controleren.", pad,
                Sha256.hex(publiekBij(sleutel).getEncoded()));
        return sleutel;
    }

    /**
     * The public key of a private one. The JDK has no call for it; its generator derives the key pair from the
     * 32 random bytes it draws, so drawing the private key's own seed gives its pair. The constructor's
     * signature check would show if a JDK ever did this differently.
     */
    private static PublicKey publiekBij(PrivateKey prive) throws GeneralSecurityException {
        byte[] zaad = ((EdECPrivateKey) prive).getBytes().orElseThrow(() -> new IllegalArgumentException("sleutel zonder inhoud"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITME);
        generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(zaad, 0, bytes, 0, bytes.length);
            }
        });
        KeyPair paar = generator.generateKeyPair();
        return paar.getPublic();
    }

    private static void waarschuwAlsLeesbaar(Path pad) {
        try {
            Set<PosixFilePermission> rechten = Files.getPosixFilePermissions(pad);
            if (rechten.stream().anyMatch(r -> r.name().startsWith("GROUP") || r.name().startsWith("OTHERS"))) {
                LOG.warn("De ondertekeningssleutel {} is leesbaar voor anderen dan trede ({}); zet hem op 600.", pad,
                        PosixFilePermissions.toString(rechten));
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Rechten van {} niet te lezen", pad, e);
        }
    }
}
