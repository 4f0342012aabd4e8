package nl.trede.verdeling;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.trede.bestand.Bestanden;
import nl.trede.gemeente.GemeenteService;
import nl.trede.regels.Regelset;
import nl.trede.regels.RegelsetService;
import nl.trede.systeem.NietGevondenException;
import nl.trede.systeem.OngeldigeInvoerException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes, stores and reads verdelingen. Computing is for this package's controllers (package-private;
 * Spring proxies those too); reading is open to other capabilities.
 */
@Service
public class VerdelingService {

    static final String TITEL_ONGELDIG = "De invoer van de verdeling bevat fouten";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final GemeenteService gemeenten;
    private final RegelsetService regelsets;
    private final VerdelingRepository repository;
    private final Clock klok;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Bestanden bestanden;
    private final ObjectReader verzoeken;
    private final JsonMapper json;

    VerdelingService(GemeenteService gemeenten, RegelsetService regelsets, VerdelingRepository repository,
                     ApplicationEventPublisher gebeurtenissen, Bestanden bestanden, JsonMapper json) {
        this.bestanden = bestanden;
        this.json = json;
        this.gemeenten = gemeenten;
        this.regelsets = regelsets;
        this.repository = repository;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = Clock.systemUTC();
        // 10.5 places or a misspelt field must be refused, not read as 10 or as 0
        this.verzoeken = json.readerFor(VerdelingVerzoek.class)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * The JSON body of the API, read here rather than by Spring: through the bounded stream of every
     * upload (past trede.invoer.max-bytes a Dutch 413), and so that what Jackson cannot read (a number
     * past the int range, a fraction, broken JSON) is refused like any other error: in Dutch, at its
     * field, and with nothing stored.
     */
    @Transactional
    Verdeling berekenUitJson(InputStream body, long opgegevenLengte, String gebruiker) {
        byte[] json = bestanden.lees(body, opgegevenLengte);
        VerdelingVerzoek verzoek;
        try {
            verzoek = json.length == 0 ? null : verzoeken.readValue(json);
        } catch (JacksonException e) {
            throw new OngeldigeInvoerException(TITEL_ONGELDIG, List.of(Validatie.leesfout(e)));
        }
        return bereken(verzoek, Validatie.Plaats.JSON, gebruiker);
    }

    /**
     * Validates, computes and stores in one transaction. Parameters are those in force on the day of
     * the computation: the verdeling is a proposal made today with today's rules.
     */
    @Transactional
    Verdeling bereken(VerdelingVerzoek verzoek, Validatie.Plaats plaats, String gebruiker) {
        Validatie.Uitkomst gecontroleerd = Validatie.valideer(verzoek, gemeenten, plaats);
        if (!gecontroleerd.fouten().isEmpty()) {
            throw new OngeldigeInvoerException(TITEL_ONGELDIG, gecontroleerd.fouten());
        }
        Invoer invoer = gecontroleerd.invoer();
        Regelset regelset = regelsets.actief("verdeelbesluit");
        Instant nu = klok.instant();
        LocalDate datum = LocalDate.ofInstant(nu, NEDERLAND);
        Resultaat resultaat = Berekening.bereken(invoer, regelset, datum);
        List<Verdeling.Regel> regels = resultaat.gevuurd().stream()
                .map(r -> new Verdeling.Regel(r.volgnummer(), r.regel(), r.grondslag(),
                        r.conclusies().stream().map(c -> c instanceof Uitsluiting u ? u.uitleg() : String.valueOf(c)).toList()))
                .toList();
        Verdeling verdeling = new Verdeling(null, invoer.provincie().code(), invoer.provincie().naam(), invoer.naam(), false,
                "Berekend door trede met regelset " + regelset.korteVersie() + ".", regelset.versie(), gebruiker, nu,
                resultaat.gemeenten(), resultaat.regulier(), resultaat.amv(), regels);
        Verdeling bewaard = repository.bewaar(verdeling, verzoek, json);
        gebeurtenissen.publishEvent(new VerdelingVastgelegd(bewaard, verzoek, invoer, datum, regelset,
                regelset.parameters().feitenOp(datum), resultaat.gevuurd()));
        return bewaard;
    }

    /**
     * Computes a stored verdeling again from its validated input as the receipt kept it (gemeenten as
     * they were then), with a given rule set and parameter date, without storing anything: a replay.
     */
    public List<GemeenteUitkomst> herbereken(Invoer invoer, Regelset regelset, LocalDate datum) {
        return Berekening.bereken(invoer, regelset, datum).gemeenten();
    }

    /**
     * The replay of a receipt written before receipts kept the validated input: its request is
     * validated against today's gemeenten.
     */
    public List<GemeenteUitkomst> herbereken(VerdelingVerzoek verzoek, Regelset regelset, LocalDate datum) {
        Validatie.Uitkomst gecontroleerd = Validatie.valideer(verzoek, gemeenten, Validatie.Plaats.JSON);
        if (!gecontroleerd.fouten().isEmpty()) {
            throw new OngeldigeInvoerException(TITEL_ONGELDIG, gecontroleerd.fouten());
        }
        return herbereken(gecontroleerd.invoer(), regelset, datum);
    }

    /**
     * The file upload of the page (CSV or xlsx; the uitruil file may be null): parse errors and
     * validation errors both name the row and column of the file.
     */
    @Transactional
    Verdeling berekenUitBestand(String provincie, String naam, String opgaveRegulier, String opgaveAmv,
                                byte[] gemeentenBestand, byte[] uitruilBestand, String gebruiker) {
        VerdelingCsv csv = new VerdelingCsv();
        VerdelingVerzoek verzoek = new VerdelingVerzoek(provincie, naam, csv.opgave(opgaveRegulier, "opgaveRegulier"),
                csv.opgave(opgaveAmv, "opgaveAmv"), csv.gemeenten(bestanden.tabel(gemeentenBestand)),
                csv.uitruil(Optional.ofNullable(uitruilBestand).map(bestanden::tabel)));
        if (!csv.fouten().leeg()) {
            throw new OngeldigeInvoerException(TITEL_ONGELDIG, csv.fouten());
        }
        return bereken(verzoek, csv.plaats(), gebruiker);
    }

    @Transactional(readOnly = true)
    public Verdeling verdeling(long id) {
        return repository.resultaat(id).map(this::gelezen).orElseThrow(() -> new NietGevondenException("Er is geen verdeling met id " + id));
    }

    @Transactional(readOnly = true)
    public List<Verdeling> verdelingen() {
        return repository.resultaten().stream().map(this::gelezen).toList();
    }

    private Verdeling gelezen(String resultaat) {
        return json.readValue(resultaat, Verdeling.class);
    }
}
