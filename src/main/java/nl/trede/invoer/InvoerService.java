package nl.trede.invoer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.trede.bestand.Bestanden;
import nl.trede.bestand.Tabel;
import nl.trede.gemeente.Gemeente;
import nl.trede.gemeente.GemeenteService;
import nl.trede.kern.GemeenteCode;
import nl.trede.kern.Periode;
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
    private final MaandoverzichtLezer maandoverzichten;
    private final Bestanden bestanden;
    private final GemeenteService gemeenten;

    InvoerService(PeriodecijfersRepository cijfers, InvoerRepository invoer, HuisvestingLezer lezer,
                  MaandoverzichtLezer maandoverzichten, Bestanden bestanden, GemeenteService gemeenten) {
        this.cijfers = cijfers;
        this.invoer = invoer;
        this.lezer = lezer;
        this.maandoverzichten = maandoverzichten;
        this.bestanden = bestanden;
        this.gemeenten = gemeenten;
    }

    /**
     * Imports a file (CSV or xlsx) in our layout or the COA monthly overview: all of it, or, when any
     * cell is wrong, nothing. Earlier figures for the same gemeente and period stay stored as older versions.
     *
     * @throws OngeldigeInvoerException with the errors found, by row and column
     */
    @Transactional
    public Invoerresultaat voerIn(String bestandsnaam, byte[] inhoud, String door) {
        String naam = bestandsnaam == null || bestandsnaam.isBlank() ? "(zonder naam)" : bestandsnaam.strip();
        if (naam.length() > MAX_BESTANDSNAAM) {
            naam = naam.substring(0, MAX_BESTANDSNAAM);
        }
        Tabel tabel = bestanden.tabel(inhoud);
        HuisvestingLezer.Ingelezen ingelezen = lezer.lees(tabel);
        if (!tabel.fouten().leeg()) {
            throw new OngeldigeInvoerException("Het bestand " + naam + " is niet ingevoerd", tabel.fouten());
        }
        // PostgreSQL keeps microseconds; truncate so the stored moment equals the one returned.
        Instant nu = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long invoerId = invoer.voegToe(naam, ingelezen.formaat(), ingelezen.cijfers().size(), door, nu);
        cijfers.voegToe(invoerId, nu, ingelezen.cijfers());
        cijfers.voegMaandenToe(invoerId, ingelezen.maanden());
        return resultaat(ingelezen.cijfers());
    }

    /**
     * The COA monthly overview in a table (CSV or xlsx), read and checked by the same reader as an
     * import of figures, for a capability that keeps its own figures from it (monitoring). Errors go
     * to the table's errors; nothing is stored here.
     */
    public Optional<Maandoverzicht> leesMaandoverzicht(Tabel tabel) {
        return maandoverzichten.lees(tabel);
    }

    private Invoerresultaat resultaat(List<IngelezenCijfers> ingelezen) {
        SortedMap<Periode, Integer> perPeriode = new TreeMap<>();
        ingelezen.forEach(c -> perPeriode.merge(c.periode(), 1, Integer::sum));
        List<Invoerresultaat.Rondevoorstel> rondes = ingelezen.stream()
                .map(c -> gemeenten.metCode(GemeenteCode.van(c.gemeente())).map(g -> voorstel(c.periode(), g)).orElseThrow())
                .distinct()
                .sorted(Comparator.comparing(Invoerresultaat.Rondevoorstel::periode)
                        .thenComparing(Invoerresultaat.Rondevoorstel::provincieNaam))
                .toList();
        return new Invoerresultaat(ingelezen.size(), perPeriode, rondes);
    }

    private static Invoerresultaat.Rondevoorstel voorstel(Periode periode, Gemeente gemeente) {
        return new Invoerresultaat.Rondevoorstel(periode, gemeente.provincieCode(), gemeente.provincie());
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
