package nl.trede.regels;

import java.util.List;
import java.util.stream.Stream;

/**
 * What validating a rule set said: its version, every problem a policy writer must fix (compile
 * errors, parameters, failing scenarios, gaps in the ladder), and every scenario with its result.
 * {@code regelset} is the compiled set, or null when it did not compile.
 */
public record Validatie(String domein, String versie, List<Regelsetfout> fouten, List<Scenarioresultaat> scenarios,
                        Regelset regelset) {

    public boolean geldig() {
        return fouten.isEmpty();
    }

    /** Every finding as one Dutch line, problems first, then a line on the scenarios. */
    public List<String> meldingen() {
        long geslaagd = scenarios.stream().filter(Scenarioresultaat::geslaagd).count();
        String samenvatting = (regelset == null ? "Niet gecompileerd" : "Gecompileerd: " + regelset.regels().size() + " regels")
                + "; scenario's: " + geslaagd + " van " + scenarios.size() + " geslaagd"
                + (geldig() ? "; geen fouten." : "; " + fouten.size() + (fouten.size() == 1 ? " fout." : " fouten."));
        return Stream.concat(fouten.stream().map(Regelsetfout::toString), Stream.of(samenvatting))
                .toList();
    }
}
