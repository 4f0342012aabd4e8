package nl.trede.invoer;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.trede.kern.Periode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PeriodecijfersRepository {

    private static final String KOLOMMEN = "id, invoer_id, gemeente, periode, taakstelling, stand_begin, correcties, "
            + "realisatie, tijdig_gekoppeld, vorige_trede, geregistreerd_op";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    PeriodecijfersRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Adds a version of these figures; earlier versions stay, so this only ever inserts. */
    void voegToe(long invoerId, Instant geregistreerdOp, List<IngelezenCijfers> cijfers) {
        Timestamp op = Timestamp.from(geregistreerdOp);
        batch.batchUpdate("insert into periodecijfers (invoer_id, rij, gemeente, periode, taakstelling, stand_begin, "
                        + "correcties, realisatie, tijdig_gekoppeld, vorige_trede, geregistreerd_op) values (:invoer, :rij, "
                        + ":gemeente, :periode, :taakstelling, :standBegin, :correcties, :realisatie, :tijdigGekoppeld, "
                        + ":vorigeTrede, :op)",
                cijfers.stream().map(c -> (SqlParameterSource) new MapSqlParameterSource()
                        .addValue("invoer", invoerId).addValue("rij", c.rij()).addValue("gemeente", c.gemeente())
                        .addValue("periode", c.periode().toString()).addValue("taakstelling", c.taakstelling())
                        .addValue("standBegin", c.standBegin()).addValue("correcties", c.correcties())
                        .addValue("realisatie", c.realisatie())
                        .addValue("tijdigGekoppeld", c.tijdigGekoppeld(), Types.INTEGER)
                        .addValue("vorigeTrede", c.vorigeTrede(), Types.INTEGER)
                        .addValue("op", op)).toArray(SqlParameterSource[]::new));
    }

    void voegMaandenToe(long invoerId, List<IngelezenMaand> maanden) {
        batch.batchUpdate("insert into maandrealisatie (invoer_id, gemeente, maand, aantal) "
                        + "values (:invoer, :gemeente, :maand, :aantal)",
                maanden.stream().map(m -> (SqlParameterSource) new MapSqlParameterSource()
                        .addValue("invoer", invoerId).addValue("gemeente", m.gemeente())
                        .addValue("maand", Date.valueOf(m.maand())).addValue("aantal", m.aantal()))
                        .toArray(SqlParameterSource[]::new));
    }

    /** The latest version per gemeente of the figures for {@code periode}. */
    List<Periodecijfers> actueel(Periode periode) {
        return jdbc.sql("select distinct on (gemeente) " + KOLOMMEN + " from periodecijfers where periode = ? "
                        + "order by gemeente, id desc")
                .param(periode.toString())
                .query(PeriodecijfersRepository::lees)
                .list();
    }

    Optional<Periodecijfers> metId(long id) {
        return jdbc.sql("select " + KOLOMMEN + " from periodecijfers where id = ?").param(id)
                .query(PeriodecijfersRepository::lees).optional();
    }

    static Periodecijfers lees(ResultSet rs, int rij) throws SQLException {
        return new Periodecijfers(rs.getLong("id"), rs.getLong("invoer_id"), rs.getString("gemeente"),
                Periode.van(rs.getString("periode")), rs.getInt("taakstelling"), rs.getInt("stand_begin"),
                rs.getInt("correcties"), rs.getInt("realisatie"), rs.getObject("tijdig_gekoppeld", Integer.class),
                rs.getObject("vorige_trede", Integer.class), rs.getTimestamp("geregistreerd_op").toInstant());
    }
}
