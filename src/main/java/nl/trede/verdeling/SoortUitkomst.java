package nl.trede.verdeling;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * The summary of one kind of places (seed 004 chapter 3): opgave, offered, restopgave and how it went.
 * In an imported published besluit only the opgave is known.
 */
public record SoortUitkomst(
        int opgave,
        @Schema(description = "Verslag plus kansrijke initiatieven; null in een overgenomen gepubliceerd besluit")
        Integer aangeboden,
        Integer restopgave,
        @Schema(description = "Het gemeenschappelijke percentage van de indicatieve verdeling waarop de ontvangers uitkomen, als decimale fractie met 4 decimalen (0.4321 = 43,21%); null als niemand iets kreeg")
        BigDecimal percentage,
        @Schema(description = "Plaatsen die ook bij 100% van de indicatieve verdeling van alle overgebleven gemeenten niet te plaatsen zijn")
        Integer onverdeeld,
        @Schema(description = "Aantal gemeenten dat een deel van de restopgave kreeg")
        Integer ontvangers) {

    static SoortUitkomst gepubliceerd(int opgave) {
        return new SoortUitkomst(opgave, null, null, null, null, null);
    }
}
