package nl.trede.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The boundaries of the 342 gemeenten (CBS/PDOK, simplified), read once at start-up and turned into
 * SVG path data. Projection: equirectangular, longitude scaled by cos(52.2°) so the Netherlands keeps
 * its shape; good enough at this scale, and no tile server is needed. The one place that reads the
 * boundaries: other capabilities draw their maps and publish their GeoJSON from here.
 */
@Component
public class KaartVormen {

    public static final String BRON = "Grenzen: CBS/PDOK";

    /** SVG units per degree of latitude. */
    private static final double SCHAAL = 400;
    private static final double COS_BREEDTE = Math.cos(Math.toRadians(52.2));
    private static final double MARGE = 4;

    /** One gemeente as an SVG path, with its bounding box in SVG units. */
    public record Vorm(String code, String naam, String pad, double minX, double minY, double maxX, double maxY) {
    }

    private final Map<String, Vorm> perCode = new HashMap<>();
    private final Map<String, JsonNode> geometriePerCode = new HashMap<>();
    private final double westgrens;
    private final double noordgrens;

    KaartVormen(ObjectMapper json) {
        JsonNode kaart;
        try (InputStream in = new ClassPathResource("monitoring/gemeenten-2025.geojson").getInputStream()) {
            kaart = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("monitoring/gemeenten-2025.geojson niet te lezen", e);
        }
        westgrens = kaart.get("bbox").get(0).asDouble();
        noordgrens = kaart.get("bbox").get(3).asDouble();
        for (JsonNode feature : kaart.get("features")) {
            JsonNode geometrie = feature.get("geometry");
            JsonNode polygonen = geometrie.get("type").asString().equals("MultiPolygon")
                    ? geometrie.get("coordinates") : json.createArrayNode().add(geometrie.get("coordinates"));
            Vorm vorm = vorm(feature.get("properties").get("statcode").asString(),
                    feature.get("properties").get("statnaam").asString(), polygonen);
            perCode.put(vorm.code(), vorm);
            geometriePerCode.put(vorm.code(), geometrie);
        }
    }

    private Vorm vorm(String code, String naam, JsonNode polygonen) {
        StringBuilder pad = new StringBuilder();
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (JsonNode polygoon : polygonen) {
            for (JsonNode ring : polygoon) {
                boolean eerste = true;
                for (JsonNode punt : ring) {
                    double x = (punt.get(0).asDouble() - westgrens) * COS_BREEDTE * SCHAAL;
                    double y = (noordgrens - punt.get(1).asDouble()) * SCHAAL;
                    pad.append(eerste ? 'M' : 'L').append(kort(x)).append(',').append(kort(y));
                    eerste = false;
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
                pad.append('Z');
            }
        }
        return new Vorm(code, naam, pad.toString(), minX, minY, maxX, maxY);
    }

    private static String kort(double waarde) {
        return String.valueOf(Math.round(waarde * 10) / 10.0);
    }

    public Optional<Vorm> vorm(String code) {
        return Optional.ofNullable(perCode.get(code));
    }

    /** The gemeente's GeoJSON geometry (WGS84, as published by CBS/PDOK); a copy, the caller may change it. */
    public Optional<JsonNode> geometrie(String code) {
        return Optional.ofNullable(geometriePerCode.get(code)).map(JsonNode::deepCopy);
    }

    /** The viewBox around these gemeenten, with a small margin. */
    public String viewBox(Collection<String> codes) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (String code : codes) {
            Vorm v = perCode.get(code);
            if (v != null) {
                minX = Math.min(minX, v.minX());
                minY = Math.min(minY, v.minY());
                maxX = Math.max(maxX, v.maxX());
                maxY = Math.max(maxY, v.maxY());
            }
        }
        return kort(minX - MARGE) + " " + kort(minY - MARGE) + " " + kort(maxX - minX + 2 * MARGE) + " " + kort(maxY - minY + 2 * MARGE);
    }
}
