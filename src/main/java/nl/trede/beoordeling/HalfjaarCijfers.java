package nl.trede.beoordeling;

import java.time.LocalDate;
import nl.trede.regels.Feit;

/**
 * The input fact: the figures of one gemeente for one half-year, as the rules see them.
 * {@code tijdigGekoppeld} is null when unknown: then no koppelingstekort can be established.
 */
@Feit("HalfjaarCijfers")
public record HalfjaarCijfers(String gemeente, String gemeenteNaam, String periode, int taakstelling,
                              int standBegin, int correcties, int realisatie, Integer tijdigGekoppeld,
                              int vorigeTrede, LocalDate koppelingPeildatum) {
}
