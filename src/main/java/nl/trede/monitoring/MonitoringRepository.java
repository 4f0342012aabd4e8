package nl.trede.monitoring;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The opgaven and realisaties. An import replaces the row of the same opgave, area and date, so a
 * corrected figure overwrites the wrong one (the tables are small: they are read whole).
 */
@Repository
class MonitoringRepository {

    private final JdbcClient jdbc;

    MonitoringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Opgave> opgaven() {
        return jdbc.sql("""
                select opgave, gebied, oude_opgave, oude_datum, nieuwe_opgave, nieuwe_datum, verloop,
                       stand_begin, taakstelling, correcties, bron
                from monitoring_opgave order by opgave, gebied, oude_datum""")
                .query((rs, i) -> new Opgave(OpgaveSoort.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getObject(6, LocalDate.class),
                        Verloop.valueOf(rs.getString(7)), (Integer) rs.getObject(8), (Integer) rs.getObject(9),
                        (Integer) rs.getObject(10), rs.getString(11)))
                .list();
    }

    List<Realisatie> realisaties() {
        return jdbc.sql("""
                select opgave, gebied, peildatum, aantal, regulier, noodopvang, tgo, bron
                from monitoring_realisatie order by opgave, gebied, peildatum""")
                .query((rs, i) -> new Realisatie(OpgaveSoort.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getInt(4), (Integer) rs.getObject(5),
                        (Integer) rs.getObject(6), (Integer) rs.getObject(7), rs.getString(8)))
                .list();
    }

    boolean leeg() {
        return jdbc.sql("select not exists (select 1 from monitoring_opgave) and not exists (select 1 from monitoring_realisatie)")
                .query(Boolean.class).single();
    }

    void bewaar(Opgave o) {
        jdbc.sql("delete from monitoring_opgave where opgave = ? and gebied = ? and oude_datum = ?")
                .params(o.soort().name(), o.gebied(), o.oudeDatum()).update();
        jdbc.sql("""
                insert into monitoring_opgave (opgave, gebied, oude_opgave, oude_datum, nieuwe_opgave, nieuwe_datum,
                    verloop, stand_begin, taakstelling, correcties, bron) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(o.soort().name(), o.gebied(), o.oudeOpgave(), o.oudeDatum(), o.nieuweOpgave(), o.nieuweDatum(),
                        o.verloop().name(), o.standBegin(), o.taakstelling(), o.correcties(), o.bron())
                .update();
    }

    void bewaar(Realisatie r) {
        jdbc.sql("delete from monitoring_realisatie where opgave = ? and gebied = ? and peildatum = ?")
                .params(r.soort().name(), r.gebied(), r.peildatum()).update();
        jdbc.sql("""
                insert into monitoring_realisatie (opgave, gebied, peildatum, aantal, regulier, noodopvang, tgo, bron)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.soort().name(), r.gebied(), r.peildatum(), r.aantal(), r.regulier(), r.noodopvang(), r.tgo(),
                        r.bron())
                .update();
    }
}
