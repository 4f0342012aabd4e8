package nl.trede.monitoring;

import java.time.LocalDate;
import java.util.List;

/** The PRT Drenthe notitie's first table: per gemeente of a province and in total, opgave, realisatie and verschil. */
public record ProvincieOverzicht(String provincie, String naam, LocalDate peildatum, List<Overzichtsregel> gemeenten,
                                 Overzichtsregel totaal) {
}
