package nl.trede.verdeling;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * One gemeente in a verdeling: its final numbers in the besluit ({@code regulier}, {@code amv}: what
 * it offered plus its share of the restopgave; places realised by uitruil stay with the gemeente that
 * realises them), its share of the restopgave, its percentage, why it was excluded, and what it offered.
 */
public record GemeenteUitkomst(
        String gemeente, String gemeenteNaam, int regulier, int amv, int restRegulier, int restAmv,
        @Schema(description = "Geteld regulier plus aandeel restopgave, gedeeld door de indicatieve verdeling regulier, als decimale fractie met 4 decimalen (0.4321 = 43,21%); null zonder indicatieve verdeling")
        BigDecimal percentageRegulier,
        @Schema(description = "Idem voor amv-plaatsen")
        BigDecimal percentageAmv,
        List<UitsluitingUitleg> uitgesloten,
        int indicatiefRegulier, int indicatiefAmv, int aangebodenRegulier, int aangebodenAmv,
        @Schema(description = "Aangeboden regulier plus wat anderen door uitruil voor deze gemeente realiseren, min wat zij voor anderen realiseert")
        int teltRegulier) {

    /** An exclusion with the criterion, the kinds it applies to, the rule's grondslag and its explanation. */
    public record UitsluitingUitleg(Criterium criterium, String omschrijving, List<Soort> soorten, String grondslag, String uitleg) {
    }

    int rest(Soort soort) {
        return soort == Soort.REGULIER ? restRegulier : restAmv;
    }

    boolean uitgeslotenVoor(Soort soort) {
        return uitgesloten.stream().anyMatch(u -> u.soorten().contains(soort));
    }
}
