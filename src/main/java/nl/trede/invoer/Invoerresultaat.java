package nl.trede.invoer;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** What an import stored: the rows of figures, and per period for how many gemeenten. */
public record Invoerresultaat(int rijen, SortedMap<Periode, Integer> gemeentenPerPeriode) {

    public Invoerresultaat {
        gemeentenPerPeriode = Collections.unmodifiableSortedMap(new TreeMap<>(gemeentenPerPeriode));
    }

    static Invoerresultaat van(List<IngelezenCijfers> cijfers) {
        SortedMap<Periode, Integer> perPeriode = new TreeMap<>();
        cijfers.forEach(c -> perPeriode.merge(c.periode(), 1, Integer::sum));
        return new Invoerresultaat(cijfers.size(), perPeriode);
    }
}
