package nl.trede.invoer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PeriodecijfersRepository {

    private static final String KOLOMMEN = "id, invoer_id, gemeente, periode, taakstelling, stand_begin, correcties, "
            + "realisatie, tijdig_gekoppeld, vorige_trede, geregistreerd_op";

    private final JdbcClient jdbc;

    PeriodecijfersRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
