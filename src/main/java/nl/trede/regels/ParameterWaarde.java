package nl.trede.regels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One dated value of a parameter: from {@code vanaf} on, until a later value takes over. */
public record ParameterWaarde(LocalDate vanaf, Object waarde, String bron) {

    /**
     * A value that is a list of records (the rungs of {@code treden}, the reasons of the besluit) read as
     * a table: the names of its fields, in the order the file gives them. Empty for a single value.
     */
    public List<String> kolommen() {
        Set<String> kolommen = new LinkedHashSet<>();
        rijen().forEach(rij -> rij.keySet().forEach(k -> kolommen.add(String.valueOf(k))));
        return List.copyOf(kolommen);
    }

    /** The records of such a value; empty for a single value. */
    public List<Map<?, ?>> rijen() {
        List<Map<?, ?>> rijen = new ArrayList<>();
        if (waarde instanceof List<?> lijst && !lijst.isEmpty() && lijst.stream().allMatch(Map.class::isInstance)) {
            lijst.forEach(rij -> rijen.add((Map<?, ?>) rij));
        }
        return rijen;
    }
}
