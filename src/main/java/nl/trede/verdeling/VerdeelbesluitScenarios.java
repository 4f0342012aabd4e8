package nl.trede.verdeling;

import static nl.trede.regels.Scenariovelden.getal;
import static nl.trede.regels.Scenariovelden.lijst;
import static nl.trede.regels.Scenariovelden.nulbaar;
import static nl.trede.regels.Scenariovelden.tekst;
import static nl.trede.regels.Scenariovelden.vergelijk;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.trede.gemeente.Provincie;
import nl.trede.regels.Regelset;
import nl.trede.regels.Scenario;
import nl.trede.regels.ScenarioUitvoerder;
import org.springframework.stereotype.Component;

/**
 * The scenarios of the verdeelbesluit ({@code soort: verdeelbesluit}), run through {@link Berekening}
 * exactly as a real verdeling, without storing. The gemeenten have the fields of the JSON input of
 * {@code POST /api/v1/verdelingen}; their codes are taken as they are, so a scenario needs no database:
 * <pre>
 * provincie: Testland
 * opgaveRegulier: 80
 * opgaveAmv: 0
 * gemeenten:
 *   - { gemeente: GM0001, indicatiefRegulier: 100, indicatiefAmv: 0 }
 *   - { gemeente: GM0002, indicatiefRegulier: 100, indicatiefAmv: 0, verslagRegulier: 36 }
 * verwacht:
 *   - { gemeente: GM0002, regulier: 36, rest_regulier: 0, uitgesloten: [MINIMUM] }
 * </pre>
 * Optional: {@code uitruil} (van, voor, regulier, groep), {@code datum} (the day whose parameters
 * apply; default {@value #BESLUITDATUM}, the Overijssel besluit). Per gemeente every expectation is
 * optional: {@code regulier}, {@code amv}, {@code rest_regulier}, {@code rest_amv}, {@code uitgesloten}
 * (names of {@link Criterium}; {@code []} for none). Totals: {@code onverdeeld_regulier}, {@code onverdeeld_amv}.
 */
@Component
class VerdeelbesluitScenarios implements ScenarioUitvoerder {

    static final String BESLUITDATUM = "2024-12-20";

    /** Indicatieve verdeling of the grid's gemeenten: uneven, so rounding and the minimum both come into play. */
    private static final int[] INDICATIEF = {3, 40, 100, 250};
    /** Restopgaven of the grid: none, below the minimum, a little, and more than everyone together can take. */
    private static final int[] RESTOPGAVE = {0, 4, 9, 60, 500};

    @Override
    public String soort() {
        return "verdeelbesluit";
    }

    @Override
    public List<String> toets(Regelset regelset, Scenario scenario) {
        Bestand g;
        try {
            g = scenario.lees(Bestand.class);
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
        List<String> verschillen = new ArrayList<>();
        Invoer invoer = null;
        LocalDate datum = null;
        try {
            datum = datum(g.datum());
        } catch (IllegalArgumentException e) {
            verschillen.add(e.getMessage());
        }
        try {
            invoer = new Invoer(new Provincie(tekst(g.provincie(), "provincie"), tekst(g.provincie(), "provincie")), scenario.naam(),
                    getal(g.opgaveRegulier(), "opgaveRegulier"), getal(g.opgaveAmv(), "opgaveAmv"), gemeenten(g, verschillen),
                    uitruil(g, verschillen));
        } catch (IllegalArgumentException e) {
            verschillen.add(e.getMessage());
        }
        List<Bestand.Verwacht> verwacht = lijst(g.verwacht(), "verwacht", verschillen);
        if (verschillen.isEmpty()) {
            // the same refusal as the input of a real verdeling: without a restopgave nothing is verdeeld
            for (Soort soort : Soort.values()) {
                if (invoer.opgave(soort) < invoer.aangeboden(soort)) {
                    verschillen.add("de opgave " + soort.naam() + " (" + invoer.opgave(soort)
                            + ") is kleiner dan wat de gemeenten al bieden (" + invoer.aangeboden(soort) + ")");
                }
            }
        }
        if (!verschillen.isEmpty()) {
            return verschillen;
        }
        Resultaat resultaat;
        try {
            resultaat = Berekening.bereken(invoer, regelset, datum);
        } catch (RuntimeException e) {
            return List.of("de regels gaven geen uitkomst: " + e.getMessage());
        }
        Map<String, GemeenteUitkomst> berekend = resultaat.gemeenten().stream()
                .collect(Collectors.toMap(GemeenteUitkomst::gemeente, Function.identity()));
        for (Bestand.Verwacht v : verwacht) {
            String code = String.valueOf(v.gemeente());
            GemeenteUitkomst u = berekend.get(code);
            if (u == null) {
                verschillen.add(code + ": verwacht maar niet in 'gemeenten'");
                continue;
            }
            vergelijk(verschillen, code, "regulier", v.regulier(), u.regulier());
            vergelijk(verschillen, code, "amv", v.amv(), u.amv());
            vergelijk(verschillen, code, "rest_regulier", v.restRegulier(), u.restRegulier());
            vergelijk(verschillen, code, "rest_amv", v.restAmv(), u.restAmv());
            if (v.uitgesloten() != null) {
                // the order of exclusions follows the rules' firing, which a policy writer cannot know
                Set<String> verwachtUitgesloten = new TreeSet<>(v.uitgesloten());
                Set<String> berekendUitgesloten = u.uitgesloten().stream().map(x -> x.criterium().name())
                        .collect(Collectors.toCollection(TreeSet::new));
                if (!verwachtUitgesloten.equals(berekendUitgesloten)) {
                    verschillen.add(code + ": uitgesloten verwacht " + verwachtUitgesloten + ", berekend " + berekendUitgesloten);
                }
            }
        }
        vergelijk(verschillen, "totaal", "onverdeeld_regulier", g.onverdeeldRegulier(), resultaat.regulier().onverdeeld());
        vergelijk(verschillen, "totaal", "onverdeeld_amv", g.onverdeeldAmv(), resultaat.amv().onverdeeld());
        return verschillen;
    }

    /**
     * A scenario file of this soort as written; every figure optional here, so that all that is missing is
     * reported at once. {@code datum} stays text, so that a wrong one gets the message of {@link #datum}.
     */
    @JsonIgnoreProperties({"naam", "bron", "soort"})
    record Bestand(String provincie, Integer opgaveRegulier, Integer opgaveAmv, String datum, List<Gemeente> gemeenten,
                   List<Uitruil> uitruil, List<Verwacht> verwacht, @JsonProperty("onverdeeld_regulier") Integer onverdeeldRegulier,
                   @JsonProperty("onverdeeld_amv") Integer onverdeeldAmv) {

        /** The fields of the JSON input of a real verdeling. */
        record Gemeente(String gemeente, Integer indicatiefRegulier, Integer indicatiefAmv, Integer verslagRegulier,
                        Integer verslagAmv, Integer kansrijkRegulier, Integer kansrijkAmv, BigDecimal historischGemiddelde,
                        Integer oekrainePlaatsen, Integer oekraineEvenredigAandeel) {
        }

        record Uitruil(String van, String voor, Integer regulier, String groep) {
        }

        /** {@code uitgesloten}: names of {@link Criterium}, one or a list; {@code []} for none. */
        record Verwacht(String gemeente, Integer regulier, Integer amv, @JsonProperty("rest_regulier") Integer restRegulier,
                        @JsonProperty("rest_amv") Integer restAmv,
                        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> uitgesloten) {
        }
    }

    /**
     * The allocation always gives an outcome, so completeness here means its invariants: over a grid
     * of small provinces, on every date a parameter changes, each kind adds up exactly (the shares of
     * the restopgave plus what stays onverdeeld), no gemeente excluded for a kind gets any of it, and
     * none gets more than its total indicatieve verdeling (regular plus amv) leaves.
     */
    @Override
    public List<String> volledigheid(Regelset regelset) {
        List<String> gaten = new ArrayList<>();
        for (LocalDate datum : regelset.parameters().wisseldata()) {
            for (int rest : RESTOPGAVE) {
                for (int verslag : new int[] {0, 30}) {
                    Invoer invoer = rasterprovincie(rest, verslag);
                    String naam = "datum " + datum + ", " + invoer.naam();
                    Resultaat r;
                    try {
                        r = Berekening.bereken(invoer, regelset, datum);
                    } catch (RuntimeException e) {
                        gaten.add(naam + ": " + e.getMessage());
                        continue;
                    }
                    for (Soort soort : Soort.values()) {
                        SoortUitkomst s = r.van(soort);
                        int verdeeld = r.gemeenten().stream().mapToInt(u -> u.rest(soort)).sum();
                        if (verdeeld + s.onverdeeld() != s.restopgave()) {
                            gaten.add(naam + ": restopgave " + soort.naam() + " " + s.restopgave() + ", verdeeld "
                                    + verdeeld + " en onverdeeld " + s.onverdeeld());
                        }
                        r.gemeenten().stream().filter(u -> u.uitgeslotenVoor(soort) && u.rest(soort) != 0).forEach(u ->
                                gaten.add(naam + ": " + u.gemeente() + " is uitgesloten maar krijgt " + u.rest(soort) + " " + soort.naam()));
                    }
                    r.gemeenten().stream().filter(u -> u.restRegulier() + u.restAmv() > Math.max(0,
                            u.indicatiefRegulier() + u.indicatiefAmv() - u.teltRegulier() - u.aangebodenAmv())).forEach(u ->
                            gaten.add(naam + ": " + u.gemeente() + " krijgt " + (u.restRegulier() + u.restAmv())
                                    + " plaatsen, meer dan haar totale indicatieve verdeling toelaat"));
                }
            }
        }
        return gaten;
    }

    /** One gemeente per indicatieve verdeling; the largest offers {@code verslag} places of each kind. */
    private static Invoer rasterprovincie(int restopgave, int verslag) {
        List<Invoer.Gemeente> gemeenten = new ArrayList<>();
        for (int i = 0; i < INDICATIEF.length; i++) {
            int aanbod = i == INDICATIEF.length - 1 ? verslag : 0;
            gemeenten.add(new Invoer.Gemeente("R" + INDICATIEF[i], "rastergemeente " + INDICATIEF[i], INDICATIEF[i],
                    INDICATIEF[i], aanbod, aanbod, 0, 0, BigDecimal.ZERO, 0, 0));
        }
        return new Invoer(new Provincie("RASTER", "Raster"), "restopgave " + restopgave + ", verslag " + verslag,
                restopgave + verslag, restopgave + verslag, List.copyOf(gemeenten), List.of());
    }

    private static List<Invoer.Gemeente> gemeenten(Bestand g, List<String> verschillen) {
        List<Invoer.Gemeente> gemeenten = new ArrayList<>();
        List<Bestand.Gemeente> rijen = lijst(g.gemeenten(), "gemeenten", verschillen);
        for (int i = 0; i < rijen.size(); i++) {
            Bestand.Gemeente rij = rijen.get(i);
            try {
                String code = tekst(rij.gemeente(), "gemeente");
                gemeenten.add(new Invoer.Gemeente(code, code, getal(rij.indicatiefRegulier(), "indicatiefRegulier"),
                        getal(rij.indicatiefAmv(), "indicatiefAmv"), nulOf(rij.verslagRegulier(), "verslagRegulier"),
                        nulOf(rij.verslagAmv(), "verslagAmv"), nulOf(rij.kansrijkRegulier(), "kansrijkRegulier"),
                        nulOf(rij.kansrijkAmv(), "kansrijkAmv"),
                        rij.historischGemiddelde() == null ? BigDecimal.ZERO : rij.historischGemiddelde(),
                        nulOf(rij.oekrainePlaatsen(), "oekrainePlaatsen"),
                        nulOf(rij.oekraineEvenredigAandeel(), "oekraineEvenredigAandeel")));
            } catch (IllegalArgumentException e) {
                verschillen.add("'gemeenten', rij " + (i + 1) + ": " + e.getMessage());
            }
        }
        return gemeenten;
    }

    private static List<Invoer.Uitruil> uitruil(Bestand g, List<String> verschillen) {
        if (g.uitruil() == null) {
            return List.of();
        }
        List<Invoer.Uitruil> uitruil = new ArrayList<>();
        List<Bestand.Uitruil> rijen = lijst(g.uitruil(), "uitruil", verschillen);
        for (int i = 0; i < rijen.size(); i++) {
            Bestand.Uitruil rij = rijen.get(i);
            try {
                uitruil.add(new Invoer.Uitruil(tekst(rij.van(), "van"), tekst(rij.voor(), "voor"), getal(rij.regulier(), "regulier"),
                        rij.groep() != null ? tekst(rij.groep(), "groep") : null));
            } catch (IllegalArgumentException e) {
                verschillen.add("'uitruil', rij " + (i + 1) + ": " + e.getMessage());
            }
        }
        return uitruil;
    }

    /** As in the JSON input: a number left out counts as 0. */
    private static int nulOf(Integer waarde, String veld) {
        Integer getal = nulbaar(waarde, veld);
        return getal == null ? 0 : getal;
    }

    /** Jackson reads an unquoted date as text, as a quoted one. */
    private static LocalDate datum(String waarde) {
        if (waarde == null) {
            return LocalDate.parse(BESLUITDATUM);
        }
        try {
            return LocalDate.parse(waarde.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'datum' is geen datum (jjjj-mm-dd): " + waarde);
        }
    }
}
