package nl.trede.invoer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imports: one row per file taken in, never changed afterwards. */
@Repository
class InvoerRepository {

    private final JdbcClient jdbc;

    InvoerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long voegToe(String bestandsnaam, Invoerformaat formaat, int rijen, String door, Instant op) {
        return jdbc.sql("insert into invoer (bestandsnaam, formaat, rijen, ingevoerd_door, ingevoerd_op) "
                        + "values (?, ?, ?, ?, ?) returning id")
                .params(bestandsnaam, formaat.naam(), rijen, door, Timestamp.from(op))
                .query(Long.class)
                .single();
    }

    List<Invoer> recent(int aantal) {
        return jdbc.sql("select id, bestandsnaam, formaat, rijen, ingevoerd_door, ingevoerd_op from invoer "
                        + "order by id desc limit ?")
                .param(aantal)
                .query((rs, rij) -> new Invoer(rs.getLong("id"), rs.getString("bestandsnaam"), rs.getString("formaat"),
                        rs.getInt("rijen"), rs.getString("ingevoerd_door"), rs.getTimestamp("ingevoerd_op").toInstant()))
                .list();
    }
}
