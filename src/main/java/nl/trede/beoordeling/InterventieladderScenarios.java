package nl.trede.beoordeling;

import static nl.trede.regels.Scenariovelden.getal;
import static nl.trede.regels.Scenariovelden.lijst;
import static nl.trede.regels.Scenariovelden.metTeken;
import static nl.trede.regels.Scenariovelden.nulbaar;
import static nl.trede.regels.Scenariovelden.tekst;
import static nl.trede.regels.Scenariovelden.vergelijk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.trede.invoer.Periodecijfers;
import nl.trede.kern.Periode;
import nl.trede.regels.Regelset;
import nl.trede.regels.Scenario;
import nl.trede.regels.ScenarioUitvoerder;
import org.springframework.stereotype.Component;

/**
 * The scenarios of the interventieladder ({@code soort: interventieladder}), run through
 * {@link Berekening} exactly as a real run, without storing:
 * <pre>
 * periode: 2025-1
 * gemeenten:
 *   - { gemeente: GM1680, naam: Aa en Hunze, taakstelling: 22, stand_begin: 32, realisatie: 12 }
 * verwacht:
 *   - { gemeente: GM1680, trede: 2, grondslag: totaalopgave, stand_einde: 42, koppelingstekort_gunstig: false }
 * </pre>
 * Optional per gemeente: {@code correcties} (0), {@code tijdig_gekoppeld} (onbekend),
 * {@code vorige_trede} (1). Optional expectations: {@code ondergrens}, {@code trede_op_totaalopgave},
 * {@code uitleg_bevat} (a text the explanation must contain).
 */
@Component
class InterventieladderScenarios implements ScenarioUitvoerder {

    /** Edge values of the grid: zero, equal to each other, voorsprong (negative stand), G unknown. */
    private static final int[] STAND = {-10, 0, 10};
    private static final int[] TAAKSTELLING = {0, 10};
    private static final int[] CORRECTIES = {-3, 0, 3};
    private static final int[] REALISATIE = {0, 7, 10, 13, 20};
    private static final Integer[] GEKOPPELD = {null, 0, 7, 10, 13, 20};

    @Override
    public String soort() {
        return "interventieladder";
    }

    @Override
    public List<String> toets(Regelset regelset, Scenario scenario) {
        Bestand g;
        try {
            g = scenario.lees(Bestand.class);
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
        Periode periode;
        try {
            periode = Periode.van(String.valueOf(g.periode()));
        } catch (IllegalArgumentException e) {
            return List.of("'periode': " + e.getMessage());
        }
        List<String> verschillen = new ArrayList<>();
        List<Periodecijfers> cijfers = new ArrayList<>();
        Map<String, String> namen = new HashMap<>();
        for (Bestand.Gemeente rij : lijst(g.gemeenten(), "gemeenten", verschillen)) {
            try {
                String code = tekst(rij.gemeente(), "gemeente");
                namen.put(code, rij.naam() != null ? rij.naam() : code);
                cijfers.add(new Periodecijfers(cijfers.size() + 1, 0, code, periode, getal(rij.taakstelling(), "taakstelling"),
                        metTeken(rij.standBegin(), "stand_begin"), rij.correcties() != null ? metTeken(rij.correcties(), "correcties") : 0,
                        getal(rij.realisatie(), "realisatie"), nulbaar(rij.tijdigGekoppeld(), "tijdig_gekoppeld"),
                        nulbaar(rij.vorigeTrede(), "vorige_trede"), null));
            } catch (IllegalArgumentException e) {
                verschillen.add("'gemeenten', rij " + (cijfers.size() + 1) + ": " + e.getMessage());
            }
        }
        List<Bestand.Verwacht> verwacht = lijst(g.verwacht(), "verwacht", verschillen);
        if (!verschillen.isEmpty()) {
            return verschillen;
        }
        Map<String, Beoordeling> berekend;
        try {
            berekend = Berekening.van(regelset, periode, cijfers, Map.of(), code -> namen.getOrDefault(code, code))
                    .beoordelingen().stream().collect(Collectors.toMap(Beoordeling::gemeente, Function.identity()));
        } catch (RuntimeException e) {
            return List.of("de regels gaven geen uitkomst: " + e.getMessage());
        }
        for (Bestand.Verwacht v : verwacht) {
            String code = String.valueOf(v.gemeente());
            Beoordeling b = berekend.get(code);
            if (b == null) {
                verschillen.add(code + ": verwacht maar niet in 'gemeenten'");
                continue;
            }
            vergelijk(verschillen, code, "trede", v.trede(), b.voorgesteldeTrede());
            vergelijk(verschillen, code, "grondslag", v.grondslag(), b.grondslag().name().toLowerCase());
            vergelijk(verschillen, code, "stand_einde", v.standEinde(), b.standEinde());
            vergelijk(verschillen, code, "koppelingstekort_gunstig", v.koppelingstekortGunstig(), b.koppelingstekortGunstig());
            vergelijk(verschillen, code, "ondergrens", v.ondergrens(), b.ondergrens());
            vergelijk(verschillen, code, "trede_op_totaalopgave", v.tredeOpTotaalopgave(), b.tredeOpTotaalopgave());
            if (v.uitlegBevat() != null && b.uitleg().stream().noneMatch(u -> u.contains(v.uitlegBevat()))) {
                verschillen.add(code + ": de uitleg bevat niet \"" + v.uitlegBevat() + "\" maar luidt: " + String.join(" ", b.uitleg()));
            }
        }
        return verschillen;
    }

    /** A scenario file of this soort as written; every figure optional here, so that all that is missing is reported at once. */
    @JsonIgnoreProperties({"naam", "bron", "soort"})
    record Bestand(String periode, List<Gemeente> gemeenten, List<Verwacht> verwacht) {

        record Gemeente(String gemeente, String naam, Integer taakstelling, @JsonProperty("stand_begin") Integer standBegin,
                        Integer correcties, Integer realisatie, @JsonProperty("tijdig_gekoppeld") Integer tijdigGekoppeld,
                        @JsonProperty("vorige_trede") Integer vorigeTrede) {
        }

        record Verwacht(String gemeente, Integer trede, String grondslag, @JsonProperty("stand_einde") Integer standEinde,
                        @JsonProperty("koppelingstekort_gunstig") Boolean koppelingstekortGunstig, Integer ondergrens,
                        @JsonProperty("trede_op_totaalopgave") Integer tredeOpTotaalopgave,
                        @JsonProperty("uitleg_bevat") String uitlegBevat) {
        }
    }

    /**
     * Over the grid of edge values, and over {@value #WILLEKEURIG} generated gemeenten with figures anywhere in what
     * input allows (drawn the same way for the same version, so that a finding can be reproduced), every gemeente gets
     * exactly one trede on the kader's ladder: {@link Berekening} refuses anything else, naming the rule. The generated
     * figures include every number written in the rules, and one more and one less: a rule that does something else for
     * one figure ({@code realisatie == 4242}) is found here, not in a real run.
     */
    @Override
    public List<String> volledigheid(Regelset regelset) {
        List<String> gaten = new ArrayList<>();
        Random toeval = new Random(regelset.versie().hashCode());
        List<Integer> getallen = getallenUit(regelset);
        for (LocalDate datum : regelset.parameters().wisseldata()) {
            Periode periode = new Periode(datum.getYear(), datum.getMonthValue() < 7 ? 1 : 2);
            int hoogste = Ladder.op(regelset.parameters(), periode.begin()).treden().size();
            try {
                Berekening.van(regelset, periode, raster(periode, hoogste), Map.of(), InterventieladderScenarios::omschrijving);
                Berekening.van(regelset, periode, willekeurig(periode, hoogste, toeval, getallen), Map.of(),
                        InterventieladderScenarios::omschrijving);
            } catch (RuntimeException e) {
                gaten.add("periode " + periode + ": " + e.getMessage());
            }
        }
        return gaten;
    }

    /** How many gemeenten with generated figures each validation adds to the grid. */
    static final int WILLEKEURIG = 1000;
    private static final int GRENS = 1_000_000;

    /** Figures as the import allows them: mostly small, now and then at or near the bounds, the koppeling often unknown. */
    static List<Periodecijfers> willekeurig(Periode periode, int hoogste, Random toeval, List<Integer> getallen) {
        List<Periodecijfers> cijfers = new ArrayList<>();
        for (int i = 1; i <= WILLEKEURIG; i++) {
            int t = trek(toeval, 0, getallen);
            int b = trek(toeval, -GRENS, getallen);
            int c = trek(toeval, -GRENS, getallen);
            int r = trek(toeval, 0, getallen);
            Integer g = toeval.nextInt(3) == 0 ? null : trek(toeval, 0, getallen);
            int v = 1 + toeval.nextInt(hoogste);
            cijfers.add(new Periodecijfers(i, 0, "W" + i + " B" + b + " T" + t + " C" + c + " R" + r + " G" + (g == null ? "onbekend" : g)
                    + " V" + v, periode, t, b, c, r, g, v, null));
        }
        return cijfers;
    }

    private static int trek(Random toeval, int ondergrens, List<Integer> getallen) {
        return switch (toeval.nextInt(10)) {
            case 0 -> toeval.nextBoolean() ? GRENS : ondergrens;
            case 1 -> ondergrens + toeval.nextInt(GRENS - ondergrens + 1);
            case 2, 3 -> getallen.isEmpty() ? 0 : Math.max(ondergrens, Math.min(GRENS, getallen.get(toeval.nextInt(getallen.size()))));
            default -> Math.max(ondergrens, toeval.nextInt(200) - (ondergrens < 0 ? 100 : 0));
        };
    }

    private static final Pattern GETAL = Pattern.compile("(?<![\\w.])\\d{1,7}(?![\\w.])");

    /** Every whole number in the kader's DRL files, and one more and one less. */
    private static List<Integer> getallenUit(Regelset regelset) {
        java.util.TreeSet<Integer> getallen = new java.util.TreeSet<>();
        regelset.bestanden().forEach((pad, inhoud) -> {
            if (pad.endsWith(".drl")) {
                Matcher m = GETAL.matcher(inhoud);
                while (m.find()) {
                    int n = Integer.parseInt(m.group());
                    getallen.addAll(List.of(n - 1, n, n + 1));
                }
            }
        });
        return List.copyOf(getallen);
    }

    /** Every combination of the edge values, one gemeente each, named after its figures. */
    static List<Periodecijfers> raster(Periode periode, int hoogste) {
        List<Periodecijfers> raster = new ArrayList<>();
        for (int b : STAND) {
            for (int t : TAAKSTELLING) {
                for (int c : CORRECTIES) {
                    for (int r : REALISATIE) {
                        for (Integer gekoppeld : GEKOPPELD) {
                            for (int v = 1; v <= hoogste; v++) {
                                String code = "B" + b + " T" + t + " C" + c + " R" + r + " G"
                                        + (gekoppeld == null ? "onbekend" : gekoppeld) + " V" + v;
                                raster.add(new Periodecijfers(raster.size() + 1, 0, code, periode, t, b, c, r, gekoppeld, v, null));
                            }
                        }
                    }
                }
            }
        }
        return raster;
    }

    private static String omschrijving(String code) {
        return "de rastercijfers " + code;
    }
}
