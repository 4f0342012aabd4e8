package nl.trede.systeem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.trede.kern.Sha256;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Personal access tokens: an API client authenticates with {@code Authorization: Bearer <token>}
 * without a bcrypt per call. The token is 256 random bits; only its SHA-256 is stored, so the
 * database never holds what would let someone in. Looking it up is one index lookup on that hash,
 * then a comparison in constant time. A token acts with the one role it was made for, and only while
 * its owner still has that role.
 */
@Service
class TokenService {

    static final String VOORVOEGSEL = "trede_";
    private static final int WILLEKEURIGE_BYTES = 32;
    private static final int LENGTE = VOORVOEGSEL.length() + Base64.getUrlEncoder().withoutPadding()
            .encodeToString(new byte[WILLEKEURIGE_BYTES]).length();
    static final int MAXIMUM_WERKEND = 20;
    private static final int LANGSTE_NAAM = 100;
    /** The last use is written at most once a minute per token: a read stays a read. */
    private static final Duration GEBRUIK_PER = Duration.ofMinutes(1);

    /** A token just made: the only moment its text exists outside the client. */
    record NieuwToken(Toegangstoken token, String tekst) {
    }

    private final TokenRepository repository;
    private final UserDetailsService gebruikers;
    private final Clock klok;
    private final SecureRandom willekeur = new SecureRandom();

    @Autowired
    TokenService(TokenRepository repository, UserDetailsService gebruikers, Optional<Clock> klok) {
        this.repository = repository;
        this.gebruikers = gebruikers;
        this.klok = klok.orElse(Clock.systemUTC());
    }

    /** Makes a token for one of the person's own roles, valid through {@code geldigTot} (optional, yyyy-mm-dd). */
    NieuwToken maak(Authentication wie, String naam, String rol, String geldigTot) {
        Instant nu = klok.instant();
        List<Invoerfout> fouten = new ArrayList<>();
        String schoneNaam = naam == null ? "" : naam.strip();
        if (schoneNaam.isEmpty()) {
            fouten.add(new Invoerfout(null, "naam", "Geef het token een naam, zodat u later weet waarvoor het is "
                    + "(bijvoorbeeld 'rapportage-script')."));
        } else if (schoneNaam.length() > LANGSTE_NAAM) {
            fouten.add(new Invoerfout(null, "naam", "De naam is te lang: hoogstens " + LANGSTE_NAAM + " tekens."));
        }
        List<Rol> eigen = Rol.van(wie.getAuthorities());
        Optional<Rol> gekozen = eigen.stream().filter(r -> r.name().equals(rol)).findFirst();
        if (gekozen.isEmpty()) {
            fouten.add(new Invoerfout(null, "rol", "Kies een van uw eigen rollen: " + eigen.stream()
                    .map(Rol::tekst).collect(Collectors.joining(", ")) + "."));
        }
        Instant verloopt = null;
        if (geldigTot != null && !geldigTot.isBlank()) {
            try {
                LocalDate laatsteDag = LocalDate.parse(geldigTot.strip());
                verloopt = laatsteDag.plusDays(1).atStartOfDay(Tijdstip.NEDERLAND).toInstant();
                if (!verloopt.isAfter(nu)) {
                    fouten.add(new Invoerfout(null, "geldigTot", "De laatste geldige dag " + laatsteDag
                            + " is al voorbij; kies een dag vanaf vandaag, of laat het veld leeg."));
                }
            } catch (DateTimeParseException e) {
                fouten.add(new Invoerfout(null, "geldigTot", "'" + geldigTot + "' is geen datum; gebruik jjjj-mm-dd, zoals 2027-06-30."));
            }
        }
        if (repository.werkend(wie.getName(), nu) >= MAXIMUM_WERKEND) {
            fouten.add(new Invoerfout(null, null, "U heeft al " + MAXIMUM_WERKEND + " werkende tokens; trek er een in "
                    + "dat u niet meer gebruikt en maak dan het nieuwe."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException("Het token is niet gemaakt", fouten);
        }
        byte[] willekeurig = new byte[WILLEKEURIGE_BYTES];
        willekeur.nextBytes(willekeurig);
        String tekst = VOORVOEGSEL + Base64.getUrlEncoder().withoutPadding().encodeToString(willekeurig);
        Toegangstoken token = repository.bewaar(wie.getName(), schoneNaam, gekozen.orElseThrow(),
                Sha256.hex(tekst), nu, verloopt);
        return new NieuwToken(token, tekst);
    }

    List<Toegangstoken> van(String gebruiker) {
        return repository.van(gebruiker);
    }

    /** Revokes one of the person's own tokens; someone else's token is "not found", as is an unknown id. */
    void trekIn(String gebruiker, long id) {
        if (!repository.trekIn(gebruiker, id, klok.instant())) {
            throw new NietGevondenException("U heeft geen werkend token met nummer " + id + ".");
        }
    }

    /** The login of a bearer token: its owner with the token's one role, or empty for anything that does not work. */
    Optional<Authentication> aanmelding(String tekst) {
        if (tekst == null || tekst.length() != LENGTE || !tekst.startsWith(VOORVOEGSEL)) {
            return Optional.empty();
        }
        String hash = Sha256.hex(tekst);
        Optional<TokenRepository.Gevonden> gevonden = repository.metHash(hash);
        Instant nu = klok.instant();
        if (gevonden.isEmpty() || !MessageDigest.isEqual(ascii(gevonden.get().hash()), ascii(hash))
                || !gevonden.get().token().werkt(nu)) {
            return Optional.empty();
        }
        Toegangstoken token = gevonden.get().token();
        String rol = "ROLE_" + token.rol().name();
        if (!heeftNog(token.gebruiker(), rol)) {
            return Optional.empty();
        }
        if (token.laatstGebruiktOp() == null || !nu.isBefore(token.laatstGebruiktOp().plus(GEBRUIK_PER))) {
            repository.gebruikt(token.id(), nu);
        }
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(token.gebruiker(), null,
                List.of(new SimpleGrantedAuthority(rol))));
    }

    private boolean heeftNog(String gebruiker, String rol) {
        try {
            UserDetails persoon = gebruikers.loadUserByUsername(gebruiker);
            return persoon.isEnabled() && persoon.getAuthorities().stream().anyMatch(a -> rol.equals(a.getAuthority()));
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    private static byte[] ascii(String hex) {
        return hex.getBytes(StandardCharsets.US_ASCII);
    }
}
