package nl.trede.beoordeling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.trede.kern.Periode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/beoordelingsrondes")
@Tag(name = "Beoordelingsrondes", description = "De halfjaarlijkse beoordeling huisvesting vergunninghouders")
class BeoordelingsrondeController {

    private final BeoordelingService service;

    BeoordelingsrondeController(BeoordelingService service) {
        this.service = service;
    }

    /** {@code voorlopig}: for a period whose peildatum has not come yet; refused otherwise. */
    record StartVerzoek(String periode, String provincie, Boolean voorlopig) {
    }

    /**
     * A ronde without its beoordelingen: an item of the list, and the answer to a started run, whose Location holds
     * the whole ronde. A run of 342 gemeenten does not read back and send the 1 MB it just stored.
     */
    record RondeSamenvatting(long id, String periode, String provincie, String regelsetVersie, String droolsVersie,
                             String tredeVersie, String gestartDoor, Instant gestartOp, boolean voorlopig, int aantal) {
        static RondeSamenvatting van(Beoordelingsronde r) {
            return new RondeSamenvatting(r.id(), r.periode(), r.provincie(), r.regelsetVersie(), r.droolsVersie(),
                    r.tredeVersie(), r.gestartDoor(), r.gestartOp(), r.voorlopig(), r.aantal());
        }
    }

    record RondeAntwoord(long id, String periode, String provincie, String regelsetVersie, String droolsVersie,
                         String tredeVersie, String gestartDoor, Instant gestartOp, boolean voorlopig,
                         List<BeoordelingAntwoord> beoordelingen) {
    }

    /** A beoordeling in a ronde: the proposal, the trede that counts once vastgesteld, and where the decision stands. */
    record BeoordelingAntwoord(long id, String gemeente, String gemeenteNaam, Besluitstatus status, int voorgesteldeTrede,
                               Integer trede, Integer besloteneTrede, boolean afwijking, int vorigeTrede,
                               VorigeTredeBron vorigeTredeBron, int versie, Grondslag grondslag, int taakstelling,
                               int standBegin, int correcties, int totaalopgave, int realisatie, Integer tijdigGekoppeld,
                               int standEinde, int ondergrens, int tredeOpTotaalopgave, boolean koppelingstekortGunstig,
                               List<String> uitleg, List<RegelNaam> regels, String kader) {
        static BeoordelingAntwoord van(Beoordeling b, List<RegelNaam> regels) {
            Besluit besluit = b.besluit();
            return new BeoordelingAntwoord(b.id(), b.gemeente(), b.gemeenteNaam(), besluit.status(), b.voorgesteldeTrede(),
                    besluit.vastgesteldeTrede(), besluit.besloteneTrede(), besluit.afwijking(), b.vorigeTrede(),
                    b.vorigeTredeBron(), besluit.versie(), b.grondslag(), b.taakstelling(), b.standBegin(), b.correcties(),
                    b.totaalopgave(), b.realisatie(), b.tijdigGekoppeld(), b.standEinde(), b.ondergrens(),
                    b.tredeOpTotaalopgave(), b.koppelingstekortGunstig(), b.uitleg(), regels, b.kader());
        }
    }

    record SamenvattingAntwoord(long rondeId, String periode, String provincie, Samenvatting samenvatting) {
    }

    @PostMapping
    @Operation(summary = "Start een beoordelingsronde voor een periode en een provincie (of alle gemeenten met cijfers); "
            + "voor een periode waarvan de peildatum nog moet komen alleen als voorlopige ronde (\"voorlopig\": true). "
            + "Antwoordt 201 met de samenvatting van de ronde (id, periode, provincie, versies, wie en wanneer, voorlopig, "
            + "aantal beoordelingen) en in Location haar adres: GET daarop geeft elke beoordeling, /samenvatting de "
            + "aantallen per trede. Is er al een open ronde (niet elke beoordeling vastgesteld) van dezelfde periode en "
            + "provincie op precies dezelfde cijfers, kaderversies, parameters en vorige treden, dan antwoordt trede 200 "
            + "met die ronde en haar Location, zonder een kopie te maken")
    ResponseEntity<RondeSamenvatting> start(@RequestBody StartVerzoek verzoek, Authentication wie) {
        if (verzoek == null || verzoek.periode() == null || verzoek.periode().isBlank()) {
            throw new IllegalArgumentException("Geef de periode, zoals {\"periode\": \"2024-2\", \"provincie\": \"Utrecht\"}");
        }
        BeoordelingService.Rondestart start = service.startOfHergebruik(Periode.van(verzoek.periode()), verzoek.provincie(),
                wie.getName(), Boolean.TRUE.equals(verzoek.voorlopig()));
        URI adres = URI.create("/api/v1/beoordelingsrondes/" + start.ronde().id());
        return (start.bestond() ? ResponseEntity.ok().location(adres) : ResponseEntity.created(adres))
                .body(RondeSamenvatting.van(start.ronde()));
    }

    @GetMapping
    @Operation(summary = "De rondes, nieuwste eerst; optioneel gefilterd op periode en provincie")
    List<RondeSamenvatting> rondes(@RequestParam(required = false) String periode,
                                   @RequestParam(required = false) String provincie) {
        return service.rondes(periode, provincie).stream().map(RondeSamenvatting::van).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Een ronde met per gemeente de trede, elk cijfer, de uitleg en de gevuurde regels")
    RondeAntwoord ronde(@PathVariable long id) {
        return antwoord(service.ronde(id));
    }

    @GetMapping("/{id}/samenvatting")
    @Operation(summary = "De provinciale samenvatting van een ronde (Voortgangsrapportage, Tabel 1)")
    SamenvattingAntwoord samenvatting(@PathVariable long id) {
        Beoordelingsronde ronde = service.ronde(id);
        return new SamenvattingAntwoord(id, ronde.periode(), ronde.provincie(), Samenvatting.van(service.beoordelingen(id)));
    }

    private RondeAntwoord antwoord(Beoordelingsronde ronde) {
        Map<Long, List<RegelNaam>> regels = service.regelnamen(ronde.id());
        return new RondeAntwoord(ronde.id(), ronde.periode(), ronde.provincie(), ronde.regelsetVersie(),
                ronde.droolsVersie(), ronde.tredeVersie(), ronde.gestartDoor(), ronde.gestartOp(), ronde.voorlopig(),
                service.beoordelingen(ronde.id()).stream()
                        .map(b -> BeoordelingAntwoord.van(b, regels.getOrDefault(b.id(), List.of()))).toList());
    }
}
