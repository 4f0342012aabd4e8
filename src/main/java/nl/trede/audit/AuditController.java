package nl.trede.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.gemeente.GemeenteService;
import nl.trede.gemeente.Zoekresultaat;
import nl.trede.kern.GemeenteCode;
import nl.trede.systeem.NietGevondenException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "Beslissingsbewijzen: uitleg, herhaling, vergelijking en verificatie")
class AuditController {

    private final UitlegService uitleg;
    private final Herhaler herhaler;
    private final Vergelijker vergelijker;
    private final Ketenverificatie verificatie;
    private final Controlepunten controlepunten;
    private final Bewijzen bewijzen;
    private final AuditZoeken zoeken;
    private final GemeenteService gemeenten;

    AuditController(UitlegService uitleg, Herhaler herhaler, Vergelijker vergelijker, Ketenverificatie verificatie,
                    Controlepunten controlepunten, Bewijzen bewijzen, AuditZoeken zoeken, GemeenteService gemeenten) {
        this.uitleg = uitleg;
        this.herhaler = herhaler;
        this.vergelijker = vergelijker;
        this.verificatie = verificatie;
        this.controlepunten = controlepunten;
        this.bewijzen = bewijzen;
        this.zoeken = zoeken;
        this.gemeenten = gemeenten;
    }

    @GetMapping("/api/v1/beoordelingen/{id}/uitleg")
    @Operation(summary = "Waarom deze trede: de stappen van cijfers naar trede, met grondslag, regel en getallen")
    Uitleg uitleg(@PathVariable long id) {
        return uitleg.uitleg(id);
    }

    @PostMapping("/api/v1/beoordelingsrondes/{id}/herhaling")
    @Operation(summary = "Herhaal een ronde uit haar beslissingsbewijzen, met de regels van haar eigen versie")
    Herhaling herhaling(@PathVariable long id) {
        return herhaler.herhaal(id);
    }

    @PostMapping("/api/v1/verdelingen/{id}/herhaling")
    @Operation(summary = "Bereken een verdeling opnieuw uit haar beslissingsbewijs, met de regels van haar eigen versie")
    VerdelingHerhaling verdelingHerhaling(@PathVariable long id) {
        return herhaler.herhaalVerdeling(id);
    }

    @GetMapping("/api/v1/beoordelingsrondes/{a}/vergelijk/{b}")
    @Operation(summary = "Vergelijk twee rondes van dezelfde periode: wat veranderde per gemeente, en waardoor")
    Vergelijking vergelijk(@PathVariable long a, @PathVariable long b) {
        return vergelijker.vergelijk(a, b);
    }

    @GetMapping("/api/v1/audit/verificatie")
    @Operation(summary = "Controleer de hashketen (vanaf het laatste controlepunt, of volledig), de ondertekende controlepunten "
            + "en of wat gebruikers zien overeenkomt met de bewijzen; met kop ook of de keten een eerder bewaarde kop nog bevat. "
            + "Leest alleen.")
    Verificatie verificatie(
            @Parameter(description = "true: de hele keten vanaf het eerste bewijs nalopen") @RequestParam(defaultValue = "false")
            boolean volledig,
            @Parameter(description = "Een ondertekende kop (het veld 'parameter' van GET /api/v1/audit/kop), of met aantal de hash "
                    + "van een eerder genoteerde kop") @RequestParam(required = false) String kop,
            @Parameter(description = "Het aantal bewijzen van een genoteerde hash") @RequestParam(required = false) Long aantal) {
        if (kop == null && aantal == null) {
            return verificatie.verifieer(volledig);
        }
        if (kop == null) {
            throw new IllegalArgumentException("Geef bij het aantal ook de kop op, zoals de verificatie ze teruggeeft");
        }
        if (aantal != null) {
            return verificatie.verifieer(volledig, new Verificatie.Kop(kop.trim(), aantal, null));
        }
        if (kop.trim().matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("Geef bij een hash ook het aantal bewijzen op (kop=HASH&aantal=N), of geef de "
                    + "ondertekende kop: het veld 'parameter' van GET /api/v1/audit/kop");
        }
        return verificatie.verifieer(volledig, OndertekendeKop.vanParameter(kop));
    }

    @GetMapping("/api/v1/audit/kop")
    @Operation(summary = "De nieuwste kop die trede ondertekende: bewaar hem buiten trede en controleer later met "
            + "?kop=<parameter> of de keten hem nog bevat, of zonder trede met openssl en GET /api/v1/audit/sleutel.pem")
    OndertekendeKop kop() {
        return bewijzen.ondertekendeKop().orElseThrow(() -> new NietGevondenException("trede heeft nog geen kop ondertekend: "
                + "dat doet het bij het eerste beslissingsbewijs dat het schrijft."));
    }

    @GetMapping(value = "/api/v1/audit/sleutel.pem", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "De publieke sleutel (Ed25519, PEM) waarmee trede zijn controlepunten ondertekent")
    String sleutel() {
        return bewijzen.publiekeSleutel();
    }

    @PostMapping("/api/v1/audit/controlepunt")
    @Operation(summary = "Controleer de audit en leg, als alles klopt, een ondertekend controlepunt vast waar de volgende "
            + "snelle controle begint; met volledig=true na het nalopen van de hele keten")
    Controlepunten.Vastlegging controlepunt(@RequestParam(defaultValue = "false") boolean volledig) {
        return controlepunten.legVast(volledig);
    }

    @GetMapping("/api/v1/audit/beoordelingen")
    @Operation(summary = "Alle beoordelingen van een gemeente door de jaren, te filteren op periode, trede en grondslag")
    List<Beoordeling> zoek(@RequestParam String gemeente, @RequestParam(required = false) String periode,
                           @RequestParam(required = false) Integer trede, @RequestParam(required = false) String grondslag) {
        return zoeken.zoek(code(gemeente), periode, trede, grondslag);
    }

    @GetMapping(value = "/api/v1/audit/beoordelingen.csv", produces = "text/csv")
    @Operation(summary = "Dezelfde zoekvraag als CSV")
    ResponseEntity<String> zoekCsv(@RequestParam String gemeente, @RequestParam(required = false) String periode,
                                   @RequestParam(required = false) Integer trede,
                                   @RequestParam(required = false) String grondslag) {
        GemeenteCode code = code(gemeente);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"beoordelingen-" + code + ".csv\"")
                .body(zoeken.zoekAlsCsv(code, periode, trede, grondslag));
    }

    private GemeenteCode code(String gemeente) {
        Zoekresultaat resultaat = gemeenten.zoek(gemeente);
        if (resultaat instanceof Zoekresultaat.Gevonden gevonden) {
            return GemeenteCode.van(gevonden.gemeente().code());
        }
        throw new IllegalArgumentException(resultaat.melding());
    }
}
