package nl.trede.regels;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.trede.systeem.Invoerfout;
import nl.trede.systeem.OngeldigeInvoerException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/regelsets")
@Tag(name = "Regelsets", description = "Regels valideren, activeren zonder herstart, en de impact vooraf")
class RegelsetController {

    private final RegelsetService regelsets;
    private final ImpactService impact;

    RegelsetController(RegelsetService regelsets, ImpactService impact) {
        this.regelsets = regelsets;
        this.impact = impact;
    }

    /** A domain in use: its version, its kader (for a kader of the interventieladder) and its rules. */
    record Domeinoverzicht(String domein, String versie, Kader kader, List<RegelInfo> regels) {
    }

    record Overzicht(List<Domeinoverzicht> domeinen, List<Activatie> activaties) {
    }

    record ScenarioAntwoord(String naam, String bestand, String bron, boolean geslaagd, List<String> verschillen) {
    }

    /** Per domain its version as it is in rules/ now. */
    record ValidatieAntwoord(Map<String, String> versies, boolean geldig, List<String> meldingen, List<Regelsetfout> fouten,
                             List<ScenarioAntwoord> scenarios) {
        static ValidatieAntwoord van(Regelvalidatie v) {
            Map<String, String> versies = new TreeMap<>();
            v.domeinen().forEach(d -> versies.put(d.domein(), d.versie()));
            return new ValidatieAntwoord(versies, v.geldig(), v.meldingen(), v.fouten(), v.scenarios().stream()
                    .map(s -> new ScenarioAntwoord(s.scenario().naam(), s.scenario().bestand(), s.scenario().bron(),
                            s.geslaagd(), s.verschillen()))
                    .toList());
        }
    }

    /** The domains that changed, with their new versions; the others kept theirs. */
    record ActivatieAntwoord(List<String> gewijzigd, Map<String, String> versies, boolean geldig, String reden,
                             List<String> meldingen) {
    }

    /** Why this rule set goes into use; required, at most {@value RegelsetService#MAX_REDEN} characters. */
    record ActiveerVerzoek(String reden) {
    }

    /** {@code kader}: compare under that kader (its id) instead of against rules/. */
    record ImpactVerzoek(List<String> periodes, String provincie, String kader) {
    }

    @GetMapping
    @Operation(summary = "De regels in gebruik per domein (elk kader, het verdeelbesluit, de monitoring, het besluit), "
            + "elk met zijn versie, en de laatste activaties")
    Overzicht overzicht() {
        return new Overzicht(regelsets.inGebruik().values().stream().sorted(java.util.Comparator.comparing(Regelset::domein))
                .map(r -> new Domeinoverzicht(r.domein(), r.versie(), r.kader().orElse(null), r.regels(regelsets.vandaag()))).toList(),
                regelsets.activaties());
    }

    @PostMapping("/valideer")
    @Operation(summary = "Valideert de regelset in rules/ zonder haar te activeren (beleidsmedewerker)")
    ValidatieAntwoord valideer() {
        return ValidatieAntwoord.van(regelsets.valideer());
    }

    @PostMapping("/activeer")
    @Operation(summary = "Valideert en activeert de regelset in rules/ zonder herstart (beleidsmedewerker), met een "
            + "verplichte reden: {\"reden\": \"...\"}; 400 zonder reden, 422 met de fouten als zij niet valideert, "
            + "en de actieve regelset blijft")
    ActivatieAntwoord activeer(Authentication wie, @RequestBody(required = false) ActiveerVerzoek verzoek) {
        Regelactivatie activatie = regelsets.activeer(wie.getName(), verzoek == null ? null : verzoek.reden());
        if (!activatie.geldig()) {
            throw new OngeldigeInvoerException("De regels " + String.join(", ", activatie.gewijzigd()) + " zijn niet geactiveerd",
                    invoerfouten(activatie.fouten()));
        }
        Map<String, String> versies = new TreeMap<>();
        activatie.pogingen().forEach(p -> versies.put(p.domein(), p.versie()));
        return new ActivatieAntwoord(activatie.gewijzigd(), versies, true, verzoek.reden().strip(), activatie.meldingen());
    }

    /** A body that is no JSON object with a text 'reden' (Spring would answer in English). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail onleesbaar(HttpMessageNotReadableException e) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Stuur een JSON-object met een tekst 'reden', zoals {\"reden\": \"Nieuwe ondergrens per 2026\"}.");
        probleem.setTitle("Onjuist verzoek");
        return probleem;
    }

    @PostMapping("/impact")
    @Operation(summary = "Vergelijkt de regels in rules/ (nog niet geactiveerd) met die in gebruik over de opgeslagen "
            + "cijfers van de gekozen periodes, zonder iets op te slaan (beleidsmedewerker); met \"kader\": \"utrecht-2023\" "
            + "de cijfers onder dat kader naast het kader dat ze beoordeelde")
    Impact impact(@RequestBody ImpactVerzoek verzoek) {
        try {
            return impact.impact(verzoek.kader(), verzoek.periodes(), verzoek.provincie());
        } catch (OngeldigeRegelsetException e) {
            throw new OngeldigeInvoerException("De regelset in rules/ bevat fouten", invoerfouten(e.fouten()));
        }
    }

    /** As the API answers every 422: {@code rij} is the line in the file, {@code kolom} the file itself. */
    static List<Invoerfout> invoerfouten(List<Regelsetfout> fouten) {
        return fouten.stream().map(f -> new Invoerfout(f.regel() > 0 ? f.regel() : null, f.plek(), f.melding())).toList();
    }
}
