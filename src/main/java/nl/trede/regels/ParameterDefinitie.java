package nl.trede.regels;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A named parameter from a file in a domain's {@code parameters/} folder under {@code rules/}, with its dated values. */
public record ParameterDefinitie(String naam, String omschrijving, String bestand, List<ParameterWaarde> waarden) {

    /** The value in force on {@code datum}: the latest whose {@code vanaf} is not after it. */
    public Optional<ParameterWaarde> geldigOp(LocalDate datum) {
        return waarden.stream()
                .filter(w -> !w.vanaf().isAfter(datum))
                .max(Comparator.comparing(ParameterWaarde::vanaf));
    }
}
