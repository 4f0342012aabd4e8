package nl.trede.publicatie;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.trede.bestand.CsvSchrijver;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.beoordeling.Trede;
import nl.trede.gemeente.Gemeente;
import nl.trede.gemeente.GemeenteService;
import nl.trede.gemeente.Provincie;
import nl.trede.kern.Periode;
import nl.trede.monitoring.KaartVormen;
import nl.trede.systeem.NietGevondenException;
import nl.trede.systeem.Tijdstip;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The vastgestelde treden of a province per gemeente and period, for an IBT-kaart: as CSV (one row per
 * gemeente and period) and as GeoJSON (one feature per gemeente with its boundary and a property per period).
 * Only vastgestelde treden are published; of two vastgestelde beoordelingen of one period (a second ronde)
 * the one vastgesteld last counts.
 */
@Service
public class Tredenpublicatie {

    static final List<String> KOLOMMEN = List.of("provincie", "gemeente", "cbs_code", "periode", "trede", "trede_naam",
            "beoordeeld_op", "vastgesteld_op", "beoordeling");

    private final BeoordelingService beoordelingen;
    private final GemeenteService gemeenten;
    private final KaartVormen vormen;
    private final ObjectMapper json;

    Tredenpublicatie(BeoordelingService beoordelingen, GemeenteService gemeenten, KaartVormen vormen, ObjectMapper json) {
        this.beoordelingen = beoordelingen;
        this.gemeenten = gemeenten;
        this.vormen = vormen;
        this.json = json;
    }

    public Document csv(String provincieCode) {
        Provincie provincie = provincie(provincieCode);
        List<List<Object>> rijen = new ArrayList<>();
        treden(provincie).forEach((gemeente, perPeriode) -> perPeriode.values().forEach(b -> rijen.add(List.of(
                provincie.naam(), b.gemeenteNaam(), b.gemeente(), b.periode(), b.besluit().vastgesteldeTrede(),
                naam(b), b.grondslag().label(), Tijdstip.tekst(b.besluit().vastgesteldOp()), b.id()))));
        return new Document("treden-" + provincie.code() + ".csv", Document.CSV,
                CsvSchrijver.schrijf(KOLOMMEN, rijen).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Every gemeente of the province as a feature, also one without a vastgestelde trede (a map shows it
     * grey): {@code trede_2023_2} and {@code grondslag_2023_2} per period, {@code laatste_periode} and
     * {@code laatste_trede}.
     */
    public Document geojson(String provincieCode) {
        Provincie provincie = provincie(provincieCode);
        Map<String, Map<String, Beoordeling>> treden = treden(provincie);
        ObjectNode verzameling = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = verzameling.putArray("features");
        for (Gemeente g : gemeenten.inProvincie(provincie).stream().sorted(Comparator.comparing(Gemeente::code)).toList()) {
            ObjectNode feature = features.addObject().put("type", "Feature").put("id", g.code());
            ObjectNode eigenschappen = feature.putObject("properties").put("cbs_code", g.code()).put("gemeente", g.naam())
                    .put("provincie", provincie.naam());
            Map<String, Beoordeling> perPeriode = treden.getOrDefault(g.code(), Map.of());
            perPeriode.forEach((periode, b) -> eigenschappen.put("trede_" + periode.replace('-', '_'),
                    b.besluit().vastgesteldeTrede()).put("grondslag_" + periode.replace('-', '_'), b.grondslag().label()));
            perPeriode.values().stream().reduce((eerste, tweede) -> tweede).ifPresent(b -> eigenschappen
                    .put("laatste_periode", b.periode()).put("laatste_trede", b.besluit().vastgesteldeTrede())
                    .put("laatste_trede_naam", naam(b)));
            vormen.geometrie(g.code()).ifPresentOrElse(geometrie -> feature.set("geometry", geometrie),
                    () -> feature.putNull("geometry"));
        }
        return new Document("treden-" + provincie.code() + ".geojson", Document.GEOJSON,
                json.writeValueAsString(verzameling).getBytes(StandardCharsets.UTF_8));
    }

    /** Per gemeente (by code) and period (in order) the vastgestelde beoordeling that counts. */
    private Map<String, Map<String, Beoordeling>> treden(Provincie provincie) {
        Map<String, Map<String, Beoordeling>> treden = new TreeMap<>();
        for (Gemeente g : gemeenten.inProvincie(provincie)) {
            Map<String, Beoordeling> perPeriode = new TreeMap<>(Comparator.comparing(Periode::van));
            beoordelingen.vanGemeente(g.code()).stream().filter(Toezichtbrieven::vastgesteld)
                    .forEach(b -> perPeriode.merge(b.periode(), b, (x, y) ->
                            y.besluit().vastgesteldOp().isAfter(x.besluit().vastgesteldOp()) ? y : x));
            if (!perPeriode.isEmpty()) {
                treden.put(g.code(), perPeriode);
            }
        }
        return treden;
    }

    private String naam(Beoordeling b) {
        return beoordelingen.treden(b.periode()).stream().filter(t -> t.trede() == b.besluit().vastgesteldeTrede())
                .map(Trede::naam).findFirst().orElse("");
    }

    private Provincie provincie(String code) {
        return gemeenten.provincie(code).orElseThrow(() -> new NietGevondenException("Provincie '" + code
                + "' bestaat niet; gebruik de CBS-code (PV26) of de naam (Utrecht)."));
    }
}
