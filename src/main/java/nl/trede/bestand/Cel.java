package nl.trede.bestand;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One cell as the file holds it: CSV only has text; a spreadsheet also numbers, dates and errors. */
sealed interface Cel {

    Cel LEEG = new Tekst("");

    /** Text as typed; CSV cells are always text. */
    record Tekst(String tekst) implements Cel {
    }

    /** A number cell of a spreadsheet (a formula's cached result included), exactly as stored. */
    record Getal(BigDecimal getal) implements Cel {
    }

    /** A number cell with a date format. */
    record Datum(LocalDate datum) implements Cel {
    }

    /** A cell without a usable value, such as {@code #DEEL/0!}; {@code reden} says what it holds. */
    record Onleesbaar(String reden) implements Cel {
    }

    default boolean leeg() {
        return this instanceof Tekst t && t.tekst().isBlank();
    }
}
