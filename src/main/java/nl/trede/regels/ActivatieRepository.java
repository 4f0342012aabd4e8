package nl.trede.regels;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every activation attempt, with its reason and the validation as JSON (meldingen, fouten, scenarios). */
@Repository
class ActivatieRepository {

    private static final String KOLOMMEN = "id, domein, versie, door, op, reden, geldig, validatie::text";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ActivatieRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Activatie bewaar(Validatie validatie, String domein, boolean inGebruik, String door, Instant op, String reden) {
        Map<String, Object> inhoud = Map.of(
                "meldingen", validatie.meldingen(),
                "fouten", validatie.fouten(),
                "scenarios", validatie.scenarios().stream().map(s -> Map.of("naam", s.scenario().naam(),
                        "bestand", s.scenario().bestand(), "verschillen", s.verschillen())).toList());
        long id = jdbc.sql("insert into regelset_activatie (domein, versie, door, op, reden, geldig, validatie) "
                        + "values (?, ?, ?, ?, ?, ?, ?::jsonb) returning id")
                .params(domein, validatie.versie(), door, Timestamp.from(op), reden, inGebruik, json.writeValueAsString(inhoud))
                .query(Long.class).single();
        return new Activatie(id, domein, validatie.versie(), door, op, reden, inGebruik, validatie.meldingen(),
                validatie.fouten());
    }

    /** The latest attempts first. */
    List<Activatie> recent(int hoeveel) {
        return jdbc.sql("select " + KOLOMMEN + " from regelset_activatie order by id desc limit ?")
                .param(hoeveel)
                .query((rs, n) -> activatie(rs.getLong("id"), rs.getString("domein"), rs.getString("versie"), rs.getString("door"),
                        rs.getTimestamp("op").toInstant(), rs.getString("reden"), rs.getBoolean("geldig"), rs.getString(8)))
                .list();
    }

    /** The version of a domain put in use last at or before {@code moment}: the one in use then. */
    Optional<String> inGebruikOp(String domein, Instant moment) {
        return jdbc.sql("select versie from regelset_activatie where geldig and domein = ? and op <= ? order by id desc limit 1")
                .params(domein, Timestamp.from(moment)).query(String.class).optional();
    }

    private Activatie activatie(long id, String domein, String versie, String door, Instant op, String reden, boolean geldig, String validatie) {
        JsonNode knoop = json.readTree(validatie);
        List<String> meldingen = new ArrayList<>();
        knoop.path("meldingen").forEach(m -> meldingen.add(m.asString()));
        List<Regelsetfout> fouten = new ArrayList<>();
        knoop.path("fouten").forEach(f -> fouten.add(json.treeToValue(f, Regelsetfout.class)));
        return new Activatie(id, domein, versie, door, op, reden, geldig, meldingen, fouten);
    }
}
