package nl.trede.beoordeling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** The steps of the officers' decisions: only ever added (the table's triggers refuse the rest). */
@Repository
class BeslissingRepository {

    /** Namespace of the per-beoordeling locks (the receipts' chain uses a single bigint key). */
    private static final int SLOT = 0x62657331;
    private static final String KOLOMMEN = "id, beoordeling_id, versie, stap, trede, afwijking, reden, reden_omschrijving, "
            + "motivering, herziet, door, op";

    private final JdbcClient jdbc;

    BeslissingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises actions on one beoordeling for this transaction: the second of two waits, then sees the first. */
    void sluit(long beoordelingId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(SLOT, (int) beoordelingId).query(rs -> { });
    }

    List<Beslissing> vanBeoordeling(long beoordelingId) {
        return jdbc.sql("select " + KOLOMMEN + " from beslissing where beoordeling_id = ? order by versie")
                .param(beoordelingId).query(BeslissingRepository::lees).list();
    }

    /** Per beoordeling its steps in order; a beoordeling without steps is absent. */
    Map<Long, List<Beslissing>> vanBeoordelingen(Collection<Long> ids) {
        Map<Long, List<Beslissing>> perBeoordeling = new HashMap<>();
        jdbc.sql("select " + KOLOMMEN + " from beslissing where beoordeling_id = any(?) order by beoordeling_id, versie")
                .param(new SqlArrayValue("bigint", ids.toArray()))
                .query(BeslissingRepository::lees).list()
                .forEach(s -> perBeoordeling.computeIfAbsent(s.beoordelingId(), k -> new ArrayList<>()).add(s));
        return perBeoordeling;
    }

    Beslissing voegToe(Beslissing stap) {
        long id = jdbc.sql("insert into beslissing (beoordeling_id, versie, stap, trede, afwijking, reden, reden_omschrijving, "
                        + "motivering, herziet, door, op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(stap.beoordelingId(), stap.versie(), stap.stap().name(), stap.trede(), stap.afwijking(), stap.reden(),
                        stap.redenOmschrijving(), stap.motivering(), stap.herziet(), stap.door(), Timestamp.from(stap.op()))
                .query(Long.class).single();
        return new Beslissing(id, stap.beoordelingId(), stap.versie(), stap.stap(), stap.trede(), stap.afwijking(), stap.reden(),
                stap.redenOmschrijving(), stap.motivering(), stap.herziet(), stap.door(), stap.op());
    }

    private static Beslissing lees(ResultSet rs, int rij) throws SQLException {
        return new Beslissing(rs.getLong("id"), rs.getLong("beoordeling_id"), rs.getInt("versie"),
                Beslissing.Stap.valueOf(rs.getString("stap")), rs.getObject("trede", Integer.class), rs.getBoolean("afwijking"),
                rs.getString("reden"), rs.getString("reden_omschrijving"), rs.getString("motivering"),
                rs.getObject("herziet", Long.class), rs.getString("door"), rs.getTimestamp("op").toInstant());
    }
}
