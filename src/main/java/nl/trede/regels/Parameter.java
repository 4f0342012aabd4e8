package nl.trede.regels;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A parameter value in force on the date of the assessed period, as a fact for the rules:
 * {@code Parameter( naam == "hoogste_voorgestelde_trede", geheel > $v )}. A number is in
 * {@code getal}, and also in {@code geheel} when it is whole (rules compare whole numbers without
 * conversions); text is in {@code tekst}.
 */
@Feit("Parameter")
public record Parameter(String naam, BigDecimal getal, Integer geheel, String tekst, LocalDate geldigVanaf, String bron) {

    static Parameter getal(String naam, BigDecimal getal, LocalDate geldigVanaf, String bron) {
        Integer geheel = getal.stripTrailingZeros().scale() <= 0 ? getal.intValueExact() : null;
        return new Parameter(naam, getal, geheel, null, geldigVanaf, bron);
    }

    static Parameter tekst(String naam, String tekst, LocalDate geldigVanaf, String bron) {
        return new Parameter(naam, null, null, tekst, geldigVanaf, bron);
    }
}
