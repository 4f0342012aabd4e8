package nl.trede.verdeling;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A stored verdeling as the API and the pages show it. Computed ones carry the rule-set version and
 * the fired rules; an imported published besluit ({@code gepubliceerd}) only its final numbers.
 */
public record Verdeling(
        Long id, String provincie, String provincieNaam, String naam,
        @Schema(description = "true: een gepubliceerd besluit, overgenomen en niet door trede berekend")
        boolean gepubliceerd,
        String toelichting, String regelsetVersie, String vastgelegdDoor, Instant vastgelegdOp,
        List<GemeenteUitkomst> gemeenten, SoortUitkomst regulier, SoortUitkomst amv, List<Regel> regels) {

    /** A fired rule: in which order, its name and grondslag, and what it concluded. */
    public record Regel(int volgnummer, String regel, String grondslag, List<String> conclusies) {
    }

    Verdeling metId(long nieuwId) {
        return new Verdeling(nieuwId, provincie, provincieNaam, naam, gepubliceerd, toelichting, regelsetVersie,
                vastgelegdDoor, vastgelegdOp, gemeenten, regulier, amv, regels);
    }

    /**
     * Places of the restopgave, both kinds, that could not be placed under the total cap: more than 0
     * means the verdeling does not close. 0 for a published besluit, which closes by definition.
     */
    public int onverdeeld() {
        return Stream.of(regulier, amv).map(SoortUitkomst::onverdeeld).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    /** The gemeenten excluded by a criterion, by name, in the order of the table. */
    public List<String> uitgeslotenDoor(Criterium criterium) {
        return gemeenten.stream()
                .filter(g -> g.uitgesloten().stream().anyMatch(u -> u.criterium() == criterium))
                .map(GemeenteUitkomst::gemeenteNaam).toList();
    }
}
