package nl.trede.regels;

import java.util.List;

/** What one rule session gave: every fact it inserted, and the rules that fired, in order. */
public record Uitvoering(List<Object> conclusies, List<GevuurdeRegel> gevuurd) {

    public <T> List<T> conclusies(Class<T> soort) {
        return conclusies.stream().filter(soort::isInstance).map(soort::cast).toList();
    }
}
