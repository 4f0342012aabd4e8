package nl.trede.verdeling;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * The input of a verdeling, as JSON or as the rows of the CSV upload. Numbers left out count as 0,
 * except the opgave and the indicatieve verdeling, which are required.
 */
public record VerdelingVerzoek(
        @Schema(description = "Provincie: CBS-code (PV23) of naam", example = "Overijssel") String provincie,
        String naam, Integer opgaveRegulier, Integer opgaveAmv,
        List<Gemeente> gemeenten, List<Uitruil> uitruil) {

    public record Gemeente(
            @Schema(description = "CBS-code (GM0141) of naam", example = "Almelo") String gemeente,
            Integer indicatiefRegulier, Integer indicatiefAmv, Integer verslagRegulier, Integer verslagAmv,
            Integer kansrijkRegulier, Integer kansrijkAmv,
            @Schema(description = "Gemiddeld aantal gerealiseerde asielopvangplaatsen per jaar, 1-9-2014 tot 1-9-2024")
            BigDecimal historischGemiddelde,
            @Schema(description = "Opvangplaatsen voor ontheemden uit Oekraïne, 1-1-2023 tot 1-9-2024") Integer oekrainePlaatsen,
            @Schema(description = "Evenredig aandeel van alle opvangplaatsen voor ontheemden uit Oekraïne") Integer oekraineEvenredigAandeel) {
    }

    public record Uitruil(
            @Schema(description = "De gemeente die de plaatsen realiseert") String van,
            @Schema(description = "De gemeente voor wie ze worden gerealiseerd") String voor,
            @Schema(description = "Aantal reguliere plaatsen") Integer regulier,
            @Schema(description = "Optioneel: naam van de groep gemeenten die samen uitruilen") String groep) {
    }
}
