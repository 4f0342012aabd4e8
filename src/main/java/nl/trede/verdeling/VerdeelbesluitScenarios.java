package nl.trede.verdeling;

import static nl.trede.regels.Scenariovelden.getal;
import static nl.trede.regels.Scenariovelden.lijst;
import static nl.trede.regels.Scenariovelden.nulbaar;
import static nl.trede.regels.Scenariovelden.tekst;
import static nl.trede.regels.Scenariovelden.vergelijk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
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
        List<String> verschillen = new ArrayList<>();
        Map<String, Object> g = scenario.gegevens();
        Invoer invoer = null;
        LocalDate datum = null;
        try {
            datum = datum(g.get("datum"));
        } catch (IllegalArgumentException e) {
            verschillen.add(e.getMessage());
        }
        try {
            invoer = new Invoer(new Provincie(tekst(g, "provincie"), tekst(g, "provincie")), scenario.naam(),
                    getal(g, "opgaveRegulier"), getal(g, "opgaveAmv"), gemeenten(g, verschillen), uitruil(g, verschillen));
        } catch (IllegalArgumentException e) {
            verschillen.add(e.getMessage());
        }
        List<Map<?, ?>> verwacht = lijst(g.get("verwacht"), "verwacht", verschillen);
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
        for (Map<?, ?> v : verwacht) {
            String code = String.valueOf(v.get("gemeente"));
            GemeenteUitkomst u = berekend.get(code);
            if (u == null) {
                verschillen.add(code + ": verwacht maar niet in 'gemeenten'");
                continue;
            }
            vergelijk(verschillen, code, v, "regulier", u.regulier());
            vergelijk(verschillen, code, v, "amv", u.amv());
            vergelijk(verschillen, code, v, "rest_regulier", u.restRegulier());
            vergelijk(verschillen, code, v, "rest_amv", u.restAmv());
            if (v.containsKey("uitgesloten")) {
                // the order of exclusions follows the rules' firing, which a policy writer cannot know
                Set<String> verwachtUitgesloten = v.get("uitgesloten") instanceof List<?> l
                        ? l.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new))
                        : Set.of(String.valueOf(v.get("uitgesloten")));
                Set<String> berekendUitgesloten = u.uitgesloten().stream().map(x -> x.criterium().name())
                        .collect(Collectors.toCollection(TreeSet::new));
                if (!verwachtUitgesloten.equals(berekendUitgesloten)) {
                    verschillen.add(code + ": uitgesloten verwacht " + verwachtUitgesloten + ", berekend " + berekendUitgesloten);
                }
            }
        }
        vergelijk(verschillen, "totaal", g, "onverdeeld_regulier", resultaat.regulier().onverdeeld());
        vergelijk(verschillen, "totaal", g, "onverdeeld_amv", resultaat.amv().onverdeeld());
        return verschillen;
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

    private static List<Invoer.Gemeente> gemeenten(Map<String, Object> g, List<String> verschillen) {
        List<Invoer.Gemeente> gemeenten = new ArrayList<>();
        List<Map<?, ?>> rijen = lijst(g.get("gemeenten"), "gemeenten", verschillen);
        for (int i = 0; i < rijen.size(); i++) {
            Map<?, ?> rij = rijen.get(i);
            try {
                String code = tekst(rij, "gemeente");
                gemeenten.add(new Invoer.Gemeente(code, code, getal(rij, "indicatiefRegulier"), getal(rij, "indicatiefAmv"),
                        nulOf(rij, "verslagRegulier"), nulOf(rij, "verslagAmv"), nulOf(rij, "kansrijkRegulier"),
                        nulOf(rij, "kansrijkAmv"), decimaal(rij, "historischGemiddelde"), nulOf(rij, "oekrainePlaatsen"),
                        nulOf(rij, "oekraineEvenredigAandeel")));
            } catch (IllegalArgumentException e) {
                verschillen.add("'gemeenten', rij " + (i + 1) + ": " + e.getMessage());
            }
        }
        return gemeenten;
    }

    private static List<Invoer.Uitruil> uitruil(Map<String, Object> g, List<String> verschillen) {
        if (!g.containsKey("uitruil")) {
            return List.of();
        }
        List<Invoer.Uitruil> uitruil = new ArrayList<>();
        List<Map<?, ?>> rijen = lijst(g.get("uitruil"), "uitruil", verschillen);
        for (int i = 0; i < rijen.size(); i++) {
            Map<?, ?> rij = rijen.get(i);
            try {
                uitruil.add(new Invoer.Uitruil(tekst(rij, "van"), tekst(rij, "voor"), getal(rij, "regulier"),
                        rij.containsKey("groep") ? tekst(rij, "groep") : null));
            } catch (IllegalArgumentException e) {
                verschillen.add("'uitruil', rij " + (i + 1) + ": " + e.getMessage());
            }
        }
        return uitruil;
    }

    /** As in the JSON input: a number left out counts as 0. */
    private static int nulOf(Map<?, ?> rij, String veld) {
        Integer waarde = nulbaar(rij, veld);
        return waarde == null ? 0 : waarde;
    }

    private static BigDecimal decimaal(Map<?, ?> rij, String veld) {
        Object waarde = rij.get(veld);
        if (waarde == null) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(String.valueOf(waarde));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + veld + "' is geen getal: " + waarde);
        }
    }

    /** YAML reads an unquoted date as a timestamp at midnight UTC; a quoted one stays text. */
    private static LocalDate datum(Object waarde) {
        if (waarde == null) {
            return LocalDate.parse(BESLUITDATUM);
        }
        if (waarde instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(waarde));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'datum' is geen datum (jjjj-mm-dd): " + waarde);
        }
    }
}
