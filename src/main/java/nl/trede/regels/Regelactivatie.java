package nl.trede.regels;

import java.util.List;
import java.util.stream.Stream;

/**
 * One activation of {@code rules/}: the domains that changed ({@code gewijzigd}), each attempt as recorded,
 * and what concerned the rules as a whole. {@code geldig}: the changed domains are in use now.
 */
public record Regelactivatie(boolean geldig, List<String> gewijzigd, List<Activatie> pogingen, List<Regelsetfout> geheel) {

    public List<Regelsetfout> fouten() {
        return Stream.concat(geheel.stream(), pogingen.stream().flatMap(p -> p.fouten().stream())).toList();
    }

    public List<String> meldingen() {
        if (gewijzigd.isEmpty() && geheel.isEmpty()) {
            return List.of("Niets gewijzigd: de regels in rules/ zijn al in gebruik.");
        }
        return Stream.concat(geheel.stream().map(Regelsetfout::toString),
                pogingen.stream().flatMap(p -> p.meldingen().stream().map(m -> p.domein() + ": " + m))).toList();
    }
}
