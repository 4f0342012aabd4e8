package nl.trede.invoer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.trede.systeem.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports figures and answers which figures are current. */
@Service
public class InvoerService {

    private static final int MAX_BESTANDSNAAM = 255;

    private final PeriodecijfersRepository cijfers;
    private final InvoerRepository invoer;
    private final HuisvestingLezer lezer;

    InvoerService(PeriodecijfersRepository cijfers, InvoerRepository invoer, HuisvestingLezer lezer) {
        this.cijfers = cijfers;
        this.invoer = invoer;
        this.lezer = lezer;
    }

    /**
     * Imports a file in our CSV layout or the COA monthly overview: all of it, or, when any cell is
     * wrong, nothing. Earlier figures for the same gemeente and period stay stored as older versions.
     *
     * @throws OngeldigeInvoerException with every error found, by row and column
     */
    @Transactional
    public Invoerresultaat voerIn(String bestandsnaam, byte[] inhoud, String door) {
        String naam = bestandsnaam == null || bestandsnaam.isBlank() ? "(zonder naam)" : bestandsnaam.strip();
        HuisvestingLezer.Ingelezen ingelezen = lezer.lees(inhoud);
        if (!ingelezen.fouten().isEmpty()) {
            throw new OngeldigeInvoerException("Het bestand " + naam + " is niet ingevoerd", ingelezen.fouten());
        }
        // PostgreSQL keeps microseconds; truncate so the stored moment equals the one returned.
        Instant nu = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long invoerId = invoer.voegToe(naam.length() > MAX_BESTANDSNAAM ? naam.substring(0, MAX_BESTANDSNAAM) : naam,
                ingelezen.formaat(), ingelezen.cijfers().size(), door, nu);
        cijfers.voegToe(invoerId, nu, ingelezen.cijfers());
        cijfers.voegMaandenToe(invoerId, ingelezen.maanden());
        return Invoerresultaat.van(ingelezen.cijfers());
    }

    /** The latest imports, newest first. */
    @Transactional(readOnly = true)
    public List<Invoer> recenteInvoer(int aantal) {
        return invoer.recent(aantal);
    }

    /** The latest figures per gemeente for a period (earlier versions stay stored). */
    @Transactional(readOnly = true)
    public List<Periodecijfers> actueleCijfers(Periode periode) {
        return cijfers.actueel(periode);
    }

    @Transactional(readOnly = true)
    public Optional<Periodecijfers> cijfers(long id) {
        return cijfers.metId(id);
    }
}
