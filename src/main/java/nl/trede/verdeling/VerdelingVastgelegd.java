package nl.trede.verdeling;

import java.time.LocalDate;
import java.util.List;
import nl.trede.regels.GevuurdeRegel;
import nl.trede.regels.Parameter;
import nl.trede.regels.Regelset;

/**
 * Published inside the transaction of a stored verdeling, so its decision receipt is written in the
 * same transaction: the input as given and as validated, the date its parameters were picked by, the
 * rules that fired, and the outcome. A published besluit taken over has only the outcome: the other
 * parts are null and {@code gevuurd} and {@code parameters} empty.
 */
public record VerdelingVastgelegd(Verdeling verdeling, VerdelingVerzoek verzoek, Invoer invoer, LocalDate parameterdatum,
                                  Regelset regelset, List<Parameter> parameters, List<GevuurdeRegel> gevuurd) {

    static VerdelingVastgelegd overgenomen(Verdeling verdeling) {
        return new VerdelingVastgelegd(verdeling, null, null, null, null, List.of(), List.of());
    }
}
