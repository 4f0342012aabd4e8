package nl.trede.invoer;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.trede.kern.Periode;

/**
 * What an import stored: the rows of figures, per period for how many gemeenten, and the runs that
 * can now be started (one per period and province of the figures).
 */
public record Invoerresultaat(int rijen, SortedMap<Periode, Integer> gemeentenPerPeriode, List<Rondevoorstel> rondes) {

    /** A run to start for {@code periode} over the gemeenten of one province. */
    public record Rondevoorstel(Periode periode, String provincieCode, String provincieNaam) {
    }

    public Invoerresultaat {
        gemeentenPerPeriode = Collections.unmodifiableSortedMap(new TreeMap<>(gemeentenPerPeriode));
        rondes = List.copyOf(rondes);
    }
}
