package nl.trede.verdeling;

import java.math.BigDecimal;
import java.util.List;
import nl.trede.gemeente.Provincie;

/**
 * Validated input of a verdeling: gemeenten resolved to their CBS code, name and province as they are on the
 * day of the verdeling, numbers checked. A receipt keeps it, so a replay does not depend on today's gemeenten.
 */
public record Invoer(Provincie provincie, String naam, int opgaveRegulier, int opgaveAmv,
              List<Gemeente> gemeenten, List<Uitruil> uitruil) {

    public record Gemeente(String code, String naam, int indicatiefRegulier, int indicatiefAmv,
                    int verslagRegulier, int verslagAmv, int kansrijkRegulier, int kansrijkAmv,
                    BigDecimal historischGemiddelde, int oekrainePlaatsen, int oekraineEvenredigAandeel) {

        int aangeboden(Soort soort) {
            return soort == Soort.REGULIER ? Math.addExact(verslagRegulier, kansrijkRegulier) : Math.addExact(verslagAmv, kansrijkAmv);
        }

        int indicatief(Soort soort) {
            return soort == Soort.REGULIER ? indicatiefRegulier : indicatiefAmv;
        }
    }

    /** Gemeente {@code van} realises {@code regulier} places for {@code voor}; {@code groep} may be null. */
    public record Uitruil(String van, String voor, int regulier, String groep) {
    }

    int opgave(Soort soort) {
        return soort == Soort.REGULIER ? opgaveRegulier : opgaveAmv;
    }

    /** Verslag plus kansrijke initiatieven of all gemeenten, as a long: validation compares it before it is known to fit. */
    long aangebodenSom(Soort soort) {
        return gemeenten.stream().mapToLong(g -> g.aangeboden(soort)).sum();
    }

    int aangeboden(Soort soort) {
        return Math.toIntExact(aangebodenSom(soort));
    }
}
