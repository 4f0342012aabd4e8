package nl.trede.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Everything a rule set must pass before it is used: it compiles (file, line, column), every
 * parameter has a date and a source, every parameter a rule names exists, every scenario gives its
 * expected outcome, and over a generated grid every case gets exactly one outcome.
 */
final class RegelsetValidator {

    /** {@code Parameter( naam == "hoogste_voorgestelde_trede", ... )} in a DRL file. */
    private static final Pattern PARAMETER = Pattern.compile("Parameter\\s*\\(\\s*naam\\s*==\\s*\"([^\"]*)\"");

    private final Map<String, ScenarioUitvoerder> uitvoerders;

    RegelsetValidator(List<? extends ScenarioUitvoerder> uitvoerders) {
        this.uitvoerders = uitvoerders.stream().collect(Collectors.toMap(ScenarioUitvoerder::soort, Function.identity()));
    }

    Validatie valideer(SortedMap<String, String> bestanden) {
        String versie = Regelset.versieVan(bestanden);
        List<Regelsetfout> fouten = new ArrayList<>();
        List<Scenario> scenarios = ScenarioLezer.lees(bestanden, fouten);
        Regelset regelset;
        try {
            regelset = RegelsetCompiler.compileer(bestanden);
        } catch (OngeldigeRegelsetException e) {
            fouten.addAll(0, e.fouten());
            return new Validatie(versie, List.copyOf(fouten), List.of(), null);
        }
        fouten.addAll(onbekendeParameters(regelset));
        List<Scenarioresultaat> resultaten = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            ScenarioUitvoerder uitvoerder = uitvoerders.get(scenario.soort());
            List<String> verschillen = uitvoerder == null
                    ? List.of("onbekende soort '" + scenario.soort() + "'; bekend zijn: " + new TreeSet<>(uitvoerders.keySet()))
                    : uitvoerder.toets(regelset, scenario);
            resultaten.add(new Scenarioresultaat(scenario, verschillen));
            verschillen.forEach(v -> fouten.add(new Regelsetfout(scenario.bestand(), 0,
                    "Scenario '" + scenario.naam() + "' faalt: " + v)));
        }
        for (ScenarioUitvoerder uitvoerder : uitvoerders.values()) {
            if (regelset.regels().stream().anyMatch(r -> r.pakket().equals(uitvoerder.soort()))) {
                uitvoerder.volledigheid(regelset).forEach(m -> fouten.add(new Regelsetfout(uitvoerder.soort() + "/", 0,
                        "Onvolledig: " + m)));
            }
        }
        return new Validatie(versie, List.copyOf(fouten), List.copyOf(resultaten), regelset);
    }

    private static List<Regelsetfout> onbekendeParameters(Regelset regelset) {
        List<Regelsetfout> fouten = new ArrayList<>();
        regelset.bestanden().forEach((pad, inhoud) -> {
            if (!pad.endsWith(".drl")) {
                return;
            }
            String[] regels = inhoud.split("\n", -1);
            for (int i = 0; i < regels.length; i++) {
                Matcher m = PARAMETER.matcher(regels[i]);
                while (m.find()) {
                    if (regelset.parameters().definitie(m.group(1)).isEmpty()) {
                        fouten.add(new Regelsetfout(pad, i + 1, m.start(1) + 1, "Onbekende parameter '" + m.group(1)
                                + "'; bekend zijn: " + regelset.parameters().definities().stream()
                                .map(ParameterDefinitie::naam).collect(Collectors.joining(", "))));
                    }
                }
            }
        });
        return fouten;
    }
}
