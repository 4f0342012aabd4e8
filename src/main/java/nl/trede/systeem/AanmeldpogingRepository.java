package nl.trede.systeem;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of failed and refused logins; only added to. */
@Repository
class AanmeldpogingRepository {

    private final JdbcClient jdbc;

    AanmeldpogingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void bewaar(String gebruiker, Instant op, Aanmeldpoging.Uitkomst uitkomst, Aanmelddetails details, Integer wachttijdSeconden) {
        jdbc.sql("insert into aanmeldpoging (gebruiker, op, uitkomst, kanaal, adres, wachttijd_seconden) values (?, ?, ?, ?, ?, ?)")
                .params(gebruiker, Timestamp.from(op), uitkomst.name(), details.kanaal().name(), details.adres(), wachttijdSeconden)
                .update();
    }

    /** The latest first, of one name (null or blank: of every name). */
    List<Aanmeldpoging> recent(String gebruiker, int aantal) {
        String naam = gebruiker == null || gebruiker.isBlank() ? null : gebruiker.strip();
        return jdbc.sql("select id, gebruiker, op, uitkomst, kanaal, adres, wachttijd_seconden from aanmeldpoging "
                        + "where (cast(? as varchar) is null or gebruiker = ?) order by id desc limit ?")
                .params(naam, naam, aantal)
                .query((rs, n) -> new Aanmeldpoging(rs.getLong("id"), rs.getString("gebruiker"),
                        rs.getTimestamp("op").toInstant(), Aanmeldpoging.Uitkomst.valueOf(rs.getString("uitkomst")),
                        Aanmeldpoging.Kanaal.valueOf(rs.getString("kanaal")), rs.getString("adres"),
                        (Integer) rs.getObject("wachttijd_seconden")))
                .list();
    }
}
