package nl.trede.verdeling;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * The summary of one kind of places (the Verdeelbesluit Overijssel 2024 with its Toelichting (20 December 2024, nr. 6015733) chapter 3): opgave, offered, restopgave and how it went.
 * In an imported published besluit only the opgave is known.
 */
public record SoortUitkomst(
        int opgave,
        @Schema(description = "Verslag plus kansrijke initiatieven; null in een overgenomen gepubliceerd besluit")
        Integer aangeboden,
        Integer restopgave,
        @Schema(description = "Het gemeenschappelijke percentage van de indicatieve verdeling van deze soort waarop de ontvangers uitkomen die onder hun totale indicatieve verdeling (regulier en amv samen) blijven, als decimale fractie met 4 decimalen (0.4321 = 43,21%); kan boven 1 liggen, want de grens geldt voor het totaal, niet per soort. Blijven er plaatsen onverdeeld, dan het laagste percentage waarop iedereen aan zijn grens zit. null als niemand iets kreeg")
        BigDecimal percentage,
        @Schema(description = "Plaatsen die niet te plaatsen zijn omdat elke gemeente die nog meedoet op haar totale indicatieve verdeling (regulier en amv samen) zit. Meer dan 0: de verdeling sluit niet")
        Integer onverdeeld,
        @Schema(description = "Aantal gemeenten dat een deel van de restopgave kreeg")
        Integer ontvangers) {

    static SoortUitkomst gepubliceerd(int opgave) {
        return new SoortUitkomst(opgave, null, null, null, null, null);
    }
}
