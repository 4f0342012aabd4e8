package nl.trede.beoordeling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Besluiten", description = "Het besluit op de voorgestelde trede: toezichthouder A besluit, toezichthouder B stelt vast")
class BesluitController {

    private final BeoordelingService beoordelingen;
    private final BesluitService besluiten;

    BesluitController(BeoordelingService beoordelingen, BesluitService besluiten) {
        this.beoordelingen = beoordelingen;
        this.besluiten = besluiten;
    }

    /** {@code trede} equal to the proposal accepts it; another trede needs {@code reden} and {@code motivering}. */
    record BeslissingVerzoek(Integer trede, String reden, String motivering, Integer versie) {
    }

    /** {@code terug}: send it back to the officer who decided, with an {@code opmerking}. */
    record VaststellingVerzoek(Integer versie, Boolean terug, String opmerking) {
    }

    record BeoordelingDetail(long id, long ronde, String gemeente, String gemeenteNaam, String periode, Besluitstatus status,
                             int voorgesteldeTrede, Integer trede, Integer besloteneTrede, boolean afwijking,
                             int vorigeTrede, VorigeTredeBron vorigeTredeBron, String reden, String redenOmschrijving,
                             String motivering, String beslotenDoor, Instant beslotenOp, String vastgesteldDoor,
                             Instant vastgesteldOp, String opmerking, boolean herziening, int versie,
                             List<Beslissing> stappen, Beoordelingskader kader) {
        static BeoordelingDetail van(Beoordeling b, Beoordelingskader kader) {
            Besluit s = b.besluit();
            return new BeoordelingDetail(b.id(), b.rondeId(), b.gemeente(), b.gemeenteNaam(), b.periode(), s.status(),
                    b.voorgesteldeTrede(), s.vastgesteldeTrede(), s.besloteneTrede(), s.afwijking(), b.vorigeTrede(),
                    b.vorigeTredeBron(), s.reden(), s.redenOmschrijving(), s.motivering(), s.beslotenDoor(), s.beslotenOp(),
                    s.vastgesteldDoor(), s.vastgesteldOp(), s.opmerking(), s.herziening(), s.versie(), s.stappen(), kader);
        }
    }

    @GetMapping("/api/v1/beslisredenen")
    @Operation(summary = "De redenen waarop een toezichthouder van de voorgestelde trede kan afwijken (rules/besluit/parameters/besluit.yaml)")
    List<BesluitService.Beslisreden> redenen() {
        return besluiten.redenen();
    }

    @GetMapping("/api/v1/beoordelingen/{id}")
    @Operation(summary = "Een beoordeling: het voorstel, de status van het besluit, de vastgestelde trede en elke stap")
    BeoordelingDetail beoordeling(@PathVariable long id) {
        return detail(beoordelingen.beoordeling(id));
    }

    @PostMapping("/api/v1/beoordelingen/{id}/beslissing")
    @Operation(summary = "Toezichthouder A besluit: het voorstel overnemen, of afwijken met reden en motivering; "
            + "na een vaststelling is dit een herziening. 409 bij een verouderde versie")
    BeoordelingDetail beslis(@PathVariable long id, @RequestBody BeslissingVerzoek verzoek, Authentication wie) {
        return detail(besluiten.beslis(id, verzoek.trede(), verzoek.reden(), verzoek.motivering(),
                verzoek.versie(), wie.getName()));
    }

    @PostMapping("/api/v1/beoordelingen/{id}/vaststelling")
    @Operation(summary = "Toezichthouder B (nooit A) stelt het besluit vast, of stuurt het terug met een opmerking; "
            + "403 voor wie zelf besloot, 409 bij een verouderde versie")
    BeoordelingDetail stelVast(@PathVariable long id, @RequestBody VaststellingVerzoek verzoek, Authentication wie) {
        Beoordeling b = Boolean.TRUE.equals(verzoek.terug())
                ? besluiten.stuurTerug(id, verzoek.versie(), verzoek.opmerking(), wie.getName())
                : besluiten.stelVast(id, verzoek.versie(), wie.getName());
        return detail(b);
    }

    private BeoordelingDetail detail(Beoordeling b) {
        return BeoordelingDetail.van(b, beoordelingen.kader(b).orElse(null));
    }

    @PostMapping("/api/v1/beoordelingsrondes/{id}/beslissingen")
    @Operation(summary = "Toezichthouder A neemt alle voorstellen van de ronde over die op een besluit wachten "
            + "(niet de teruggestuurde); afwijken gaat per beoordeling")
    BesluitService.Bulkresultaat neemVoorstellenOver(@PathVariable long id, Authentication wie) {
        return besluiten.neemVoorstellenOver(id, wie.getName());
    }

    @PostMapping("/api/v1/beoordelingsrondes/{id}/vaststellingen")
    @Operation(summary = "Toezichthouder B stelt alle besluiten van de ronde vast die op vaststelling wachten, behalve de eigen")
    BesluitService.Bulkresultaat stelAllesVast(@PathVariable long id, Authentication wie) {
        return besluiten.stelAllesVast(id, wie.getName());
    }
}
