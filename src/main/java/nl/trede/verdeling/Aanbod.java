package nl.trede.verdeling;

import java.math.BigDecimal;
import nl.trede.regels.Feit;

/**
 * Fact: what counts for a gemeente in steps 4a and 4b. {@code telt*} is verslag plus kansrijke
 * initiatieven; for regular places also plus what others realise for it by uitruil and minus what it
 * realises for others (the Verdeelbesluit Overijssel 2024 with its Toelichting (20 December 2024, nr. 6015733): those places "zijn beschouwd als opvangplaatsen van gemeente B").
 * The totals are fields of their own because rules compare like-typed fields only. (No name may
 * start with "get": MVEL would read {@code geteldX} as a getter of {@code eldX}.)
 */
@Feit("Aanbod")
public record Aanbod(String gemeente, String naam,
                     int indicatiefRegulier, int indicatiefAmv, int indicatiefTotaal,
                     int teltRegulier, int teltAmv, int teltTotaal,
                     int uitruilOntvangen, int uitruilGegeven,
                     BigDecimal historischGemiddelde, int oekrainePlaatsen, int oekraineEvenredigAandeel) {

    public int telt(Soort soort) {
        return soort == Soort.REGULIER ? teltRegulier : teltAmv;
    }

    public int indicatief(Soort soort) {
        return soort == Soort.REGULIER ? indicatiefRegulier : indicatiefAmv;
    }
}
