package nl.trede.verdeling;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a verdeling: the whole result as JSONB (what GET returns), and its gemeenten, exclusions
 * and fired rules as rows, so they can be queried. Callers run it in one transaction.
 */
@Repository
class VerdelingRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    VerdelingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long bewaar(Verdeling v, VerdelingVerzoek invoer) {
        // The stored result carries its own id, and rows are never updated: the id is taken first.
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('verdeling', 'id'))").query(Long.class).single();
        jdbc.sql("insert into verdeling (id, provincie_code, provincie, naam, gepubliceerd, toelichting, regelset_versie, "
                        + "opgave_regulier, opgave_amv, invoer, resultaat, vastgelegd_door, vastgelegd_op) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)")
                .params(id, v.provincie(), v.provincieNaam(), v.naam(), v.gepubliceerd(), v.toelichting(), v.regelsetVersie(),
                        v.regulier().opgave(), v.amv().opgave(), invoer == null ? null : json.writeValueAsString(invoer),
                        json.writeValueAsString(v.metId(id)), v.vastgelegdDoor(), Timestamp.from(v.vastgelegdOp()))
                .update();
        for (GemeenteUitkomst g : v.gemeenten()) {
            jdbc.sql("insert into verdeling_gemeente (verdeling_id, gemeente, regulier, amv, rest_regulier, rest_amv, "
                            + "percentage_regulier, percentage_amv) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, g.gemeente(), g.regulier(), g.amv(), g.restRegulier(), g.restAmv(),
                            g.percentageRegulier(), g.percentageAmv())
                    .update();
            for (GemeenteUitkomst.UitsluitingUitleg u : g.uitgesloten()) {
                jdbc.sql("insert into verdeling_uitsluiting (verdeling_id, gemeente, criterium, regulier, amv, grondslag, uitleg) "
                                + "values (?, ?, ?, ?, ?, ?, ?)")
                        .params(id, g.gemeente(), u.criterium().name(), u.soorten().contains(Soort.REGULIER),
                                u.soorten().contains(Soort.AMV), u.grondslag(), u.uitleg())
                        .update();
            }
        }
        for (Verdeling.Regel r : v.regels()) {
            jdbc.sql("insert into verdeling_regel (verdeling_id, volgnummer, regel, grondslag, conclusies) values (?, ?, ?, ?, ?)")
                    .params(id, r.volgnummer(), r.regel(), r.grondslag(), String.join("\n", r.conclusies()))
                    .update();
        }
        return id;
    }

    Optional<Verdeling> metId(long id) {
        return jdbc.sql("select resultaat::text from verdeling where id = ?").param(id)
                .query(String.class).optional().map(tekst -> json.readValue(tekst, Verdeling.class));
    }

    /** Newest first; the summary only, without the derivation. */
    List<Verdeling> alle() {
        return jdbc.sql("select resultaat::text from verdeling order by id desc").query(String.class).list().stream()
                .map(tekst -> json.readValue(tekst, Verdeling.class)).toList();
    }

    boolean gepubliceerdBestaat(String provincieCode, String naam) {
        return jdbc.sql("select count(*) from verdeling where gepubliceerd and provincie_code = ? and naam = ?")
                .params(provincieCode, naam).query(Integer.class).single() > 0;
    }
}
