package nl.trede.verdeling;

import java.time.LocalDate;
import java.util.List;
import nl.trede.regels.GevuurdeRegel;
import nl.trede.regels.Parameter;
import nl.trede.regels.Regelset;

/**
 * Published inside the transaction of a computed verdeling once it is stored, so its decision
 * receipt is written in the same transaction: the input as given, the date its parameters were
 * picked by, the rules that fired, and the outcome.
 */
public record VerdelingVastgelegd(Verdeling verdeling, VerdelingVerzoek verzoek, LocalDate parameterdatum,
                                  Regelset regelset, List<Parameter> parameters, List<GevuurdeRegel> gevuurd) {
}
