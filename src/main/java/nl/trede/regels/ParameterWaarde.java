package nl.trede.regels;

import java.time.LocalDate;

/** One dated value of a parameter: from {@code vanaf} on, until a later value takes over. */
public record ParameterWaarde(LocalDate vanaf, Object waarde, String bron) {
}
