package nl.trede.regels;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A part of {@code rules/} with its own KieBase and its own version: each kader of the interventieladder
 * ({@code interventieladder/<kader>/}), and {@code verdeelbesluit/}, {@code monitoring/}, {@code besluit/}, {@code brieven/}.
 * Activating a change to one leaves the others' versions alone.
 *
 * @param id the folder, relative to {@code rules/}: {@code interventieladder/standaard}, {@code monitoring}
 * @param soort which rules these are, and which scenario runner checks them: {@code interventieladder} for every kader
 */
public record Domein(String id, String soort) {

    public static final String LADDER = "interventieladder";
    static final String KADERBESTAND = "kader.yaml";

    /** The domain of a file, by its path relative to {@code rules/}; empty for a file outside any domain folder. */
    static Optional<Domein> van(String pad) {
        String[] delen = pad.split("/");
        if (delen[0].equals(LADDER)) {
            return delen.length < 3 ? Optional.empty() : Optional.of(new Domein(LADDER + "/" + delen[1], LADDER));
        }
        return delen.length < 2 ? Optional.empty() : Optional.of(new Domein(delen[0], delen[0]));
    }

    /** The files of {@code rules/} per domain; a file outside a domain folder is an error. */
    static SortedMap<String, SortedMap<String, String>> verdeel(SortedMap<String, String> bestanden, List<Regelsetfout> fouten) {
        SortedMap<String, SortedMap<String, String>> perDomein = new TreeMap<>();
        bestanden.forEach((pad, inhoud) -> van(pad).ifPresentOrElse(
                d -> perDomein.computeIfAbsent(d.id(), k -> new TreeMap<>()).put(pad, inhoud),
                () -> fouten.add(new Regelsetfout(pad, 0, "Dit bestand staat buiten een map van de regels. Zet het in "
                        + "rules/interventieladder/<kader>/ (met een kader.yaml), rules/verdeelbesluit/, rules/monitoring/, rules/brieven/ of "
                        + "rules/besluit/, met parameters in een map parameters/ en scenario's in scenarios/."))));
        return perDomein;
    }

    public boolean isKader() {
        return soort.equals(LADDER);
    }

    /** The kader's folder name ({@code utrecht-2024}), for a kader. */
    public String kader() {
        return isKader() ? id.substring(LADDER.length() + 1) : null;
    }
}
