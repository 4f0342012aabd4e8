package nl.trede.regels;

import java.util.List;
import java.util.stream.Stream;

/**
 * Validating the whole of {@code rules/}: every domain on its own ({@link Validatie}), and what concerns
 * the rules as a whole ({@code geheel}: files outside a domain, a missing domain, two kaders for one
 * province and period).
 */
public record Regelvalidatie(List<Validatie> domeinen, List<Regelsetfout> geheel) {

    public boolean geldig() {
        return geheel.isEmpty() && domeinen.stream().allMatch(Validatie::geldig);
    }

    public List<Regelsetfout> fouten() {
        return Stream.concat(geheel.stream(), domeinen.stream().flatMap(d -> d.fouten().stream())).toList();
    }

    public List<Scenarioresultaat> scenarios() {
        return domeinen.stream().flatMap(d -> d.scenarios().stream()).toList();
    }

    /** Per domain its lines, then the problems of the whole. */
    public List<String> meldingen() {
        return Stream.concat(geheel.stream().map(Regelsetfout::toString),
                domeinen.stream().flatMap(d -> d.meldingen().stream().map(m -> d.domein() + ": " + m))).toList();
    }
}
