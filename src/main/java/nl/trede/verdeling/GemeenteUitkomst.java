package nl.trede.verdeling;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * One gemeente in a verdeling: its final numbers in the besluit ({@code regulier}, {@code amv}: what
 * it offered plus its share of the restopgave; places realised by uitruil stay with the gemeente that
 * realises them), its share of the restopgave, its percentage, why it was excluded, and what it offered.
 * In an imported published besluit only the final numbers are known; the rest is null.
 */
public record GemeenteUitkomst(
        String gemeente, String gemeenteNaam, int regulier, int amv,
        @Schema(description = "Aandeel in de reguliere restopgave; null in een overgenomen gepubliceerd besluit")
        Integer restRegulier,
        Integer restAmv,
        @Schema(description = "Geteld regulier plus aandeel restopgave, gedeeld door de indicatieve verdeling regulier, als decimale fractie met 4 decimalen (0.4321 = 43,21%); null zonder indicatieve verdeling")
        BigDecimal percentageRegulier,
        @Schema(description = "Idem voor amv-plaatsen")
        BigDecimal percentageAmv,
        List<UitsluitingUitleg> uitgesloten,
        Integer indicatiefRegulier, Integer indicatiefAmv, Integer aangebodenRegulier, Integer aangebodenAmv,
        @Schema(description = "Aangeboden regulier plus wat anderen door uitruil voor deze gemeente realiseren, min wat zij voor anderen realiseert")
        Integer teltRegulier) {

    /** An exclusion with the criterion, the kinds it applies to, the rule's grondslag and its explanation. */
    public record UitsluitingUitleg(Criterium criterium, String omschrijving, List<Soort> soorten, String grondslag, String uitleg) {
    }

    static GemeenteUitkomst gepubliceerd(String gemeente, String naam, int regulier, int amv) {
        return new GemeenteUitkomst(gemeente, naam, regulier, amv, null, null, null, null, List.of(), null, null, null, null, null);
    }

    int plaatsen(Soort soort) {
        return soort == Soort.REGULIER ? regulier : amv;
    }

    Integer rest(Soort soort) {
        return soort == Soort.REGULIER ? restRegulier : restAmv;
    }

    boolean uitgeslotenVoor(Soort soort) {
        return uitgesloten.stream().anyMatch(u -> u.soorten().contains(soort));
    }
}
