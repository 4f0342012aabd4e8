package nl.trede.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Receipts are only ever inserted; the table's triggers refuse UPDATE, DELETE and TRUNCATE. */
@Repository
class BewijsRepository {

    /** Serialises writers of the chain: two runs at once must not both extend the same link. */
    private static final long KETENSLOT = 0x7472656465L;
    private static final String KOLOMMEN = "id, soort, ronde_id, beoordeling_id, gemeente, periode, regelset_versie, "
            + "vastgelegd_op, inhoud::text as inhoud, vorige_hash, hash";

    private final JdbcClient jdbc;

    BewijsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the chain for this transaction and returns the hash of its last receipt. */
    String sluitKetenEnGeefLaatsteHash() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(KETENSLOT).query(rs -> { });
        return jdbc.sql("select hash from beslissingsbewijs order by id desc limit 1").query(String.class).optional()
                .orElse(Beslissingsbewijs.BEGIN);
    }

    /**
     * One receipt per element, chained in order from {@code vorigeHash}, in one round trip; returns the
     * last hash. PostgreSQL computes each hash over the previous hash and the document as it stores it,
     * so the verification can recompute it from what is in the table.
     */
    String voegToe(String soort, long rondeId, List<Long> beoordelingen, List<String> gemeenten, String periode,
                   String regelsetVersie, Instant op, List<String> inhoud, String vorigeHash) {
        return jdbc.sql("select voeg_bewijzen_toe(:soort, :ronde, :beoordelingen, :gemeenten, :periode, :versie, :op, "
                        + ":inhoud, :vorige)")
                .param("soort", soort).param("ronde", rondeId)
                .param("beoordelingen", new SqlArrayValue("bigint", beoordelingen.toArray()))
                .param("gemeenten", new SqlArrayValue("varchar", gemeenten.toArray()))
                .param("periode", periode).param("versie", regelsetVersie).param("op", Timestamp.from(op))
                .param("inhoud", new SqlArrayValue("text", inhoud.toArray())).param("vorige", vorigeHash)
                .query(String.class).single();
    }

    List<Beslissingsbewijs> vanRonde(String soort, long rondeId) {
        return jdbc.sql("select " + KOLOMMEN + " from beslissingsbewijs where soort = ? and ronde_id = ? order by id")
                .params(soort, rondeId).query(BewijsRepository::lees).list();
    }

    List<Beslissingsbewijs> vanBeoordeling(long beoordelingId) {
        return jdbc.sql("select " + KOLOMMEN + " from beslissingsbewijs where soort = 'BEOORDELING' and beoordeling_id = ?")
                .param(beoordelingId).query(BewijsRepository::lees).list();
    }

    /** Every receipt in chain order, one at a time (the chain grows for years). */
    void doorloop(Consumer<Beslissingsbewijs> bezoeker) {
        jdbc.sql("select " + KOLOMMEN + " from beslissingsbewijs order by id").query(rs -> {
            bezoeker.accept(lees(rs, 0));
        });
    }

    private static Beslissingsbewijs lees(ResultSet rs, int rij) throws SQLException {
        return new Beslissingsbewijs(rs.getLong("id"), rs.getString("soort"), rs.getLong("ronde_id"),
                rs.getObject("beoordeling_id", Long.class), rs.getString("gemeente"), rs.getString("periode"),
                rs.getString("regelset_versie"), rs.getTimestamp("vastgelegd_op").toInstant(), rs.getString("inhoud"),
                rs.getString("vorige_hash"), rs.getString("hash"));
    }
}
