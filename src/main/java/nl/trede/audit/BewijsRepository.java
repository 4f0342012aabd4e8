package nl.trede.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Receipts and checkpoints are only ever inserted: the app's database role may not change them, and
 * triggers refuse UPDATE, DELETE and TRUNCATE even to their owner.
 */
@Repository
class BewijsRepository {

    /** Serialises writers of the chain: two runs at once must not both extend the same link. */
    private static final long KETENSLOT = 0x7472656465L;
    private static final String KOLOMMEN = "id, soort, ronde_id, beoordeling_id, gemeente, periode, regelset_versie, "
            + "vastgelegd_op, vingerafdruk, vorige_hash, inhoud, hashvorm, hash";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    BewijsRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Locks the chain for this transaction and returns the hash of its last receipt. */
    String sluitKetenEnGeefLaatsteHash() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(KETENSLOT).query(rs -> { });
        return jdbc.sql("select hash from beslissingsbewijs order by id desc limit 1").query(String.class).optional()
                .orElse(Bewijs.BEGIN);
    }

    /** Ids for receipts about to be written: the hash covers the id, so it is known before the insert. */
    List<Long> nieuweIds(int aantal) {
        return jdbc.sql("select nextval(pg_get_serial_sequence('beslissingsbewijs', 'id')) from generate_series(1, ?)")
                .param(aantal).query(Long.class).list();
    }

    /** The fingerprint of each beoordeling as users see it now (view {@code beoordeling_vingerafdruk}). */
    Map<Long, String> vingerafdrukkenVanBeoordelingen(Collection<Long> ids) {
        Map<Long, String> afdrukken = new HashMap<>();
        jdbc.sql("select id, vingerafdruk from beoordeling_vingerafdruk where id = any(?)")
                .param(new SqlArrayValue("bigint", ids.toArray()))
                .query(rs -> {
                    afdrukken.put(rs.getLong(1), rs.getString(2));
                });
        return afdrukken;
    }

    String vingerafdrukVanVerdeling(long id) {
        return jdbc.sql("select vingerafdruk from verdeling_vingerafdruk where id = ?").param(id).query(String.class).single();
    }

    /** One batch; with {@code reWriteBatchedInserts} one round trip. */
    void voegToe(List<Bewijs> bewijzen) {
        SqlParameterSource[] rijen = bewijzen.stream().map(b -> new MapSqlParameterSource()
                .addValue("id", b.id()).addValue("soort", b.soort().name()).addValue("onderwerp", b.onderwerp())
                .addValue("beoordeling", b.beoordeling()).addValue("gemeente", b.gemeente()).addValue("periode", b.periode())
                .addValue("versie", b.regelsetVersie()).addValue("op", Timestamp.from(b.vastgelegdOp()))
                .addValue("vingerafdruk", b.vingerafdruk()).addValue("vorige", b.vorigeHash()).addValue("inhoud", b.inhoud())
                .addValue("hashvorm", b.hashvorm()).addValue("hash", b.hash()))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate("insert into beslissingsbewijs (" + KOLOMMEN + ") values (:id, :soort, :onderwerp, :beoordeling, "
                + ":gemeente, :periode, :versie, :op, :vingerafdruk, :vorige, :inhoud, :hashvorm, :hash)", rijen);
    }

    List<Bewijs> vanOnderwerp(Bewijssoort soort, long onderwerp) {
        return jdbc.sql("select " + KOLOMMEN + " from beslissingsbewijs where soort = ? and ronde_id = ? order by id")
                .params(soort.name(), onderwerp).query(BewijsRepository::lees).list();
    }

    Optional<Bewijs> vanBeoordeling(long beoordelingId) {
        return jdbc.sql("select " + KOLOMMEN + " from beslissingsbewijs where soort = 'BEOORDELING' and beoordeling_id = ? "
                        + "order by id limit 1")
                .param(beoordelingId).query(BewijsRepository::lees).optional();
    }

    /** The receipts after {@code naId} in chain order, one at a time (the chain grows for years). */
    void doorloop(long naId, Consumer<Bewijs> bezoeker) {
        jdbc.sql("select " + KOLOMMEN + " from beslissingsbewijs where id > ? order by id").param(naId)
                .withFetchSize(500)
                .query(rs -> {
                    bezoeker.accept(lees(rs, 0));
                });
    }

    long aantalTotEnMet(long id) {
        return jdbc.sql("select count(*) from beslissingsbewijs where id <= ?").param(id).query(Long.class).single();
    }

    long aantal() {
        return jdbc.sql("select count(*) from beslissingsbewijs").query(Long.class).single();
    }

    Optional<String> hashVan(long id) {
        return jdbc.sql("select hash from beslissingsbewijs where id = ?").param(id).query(String.class).optional();
    }

    /** The newest receipt, as id and hash. */
    Optional<Map.Entry<Long, String>> laatste() {
        return jdbc.sql("select id, hash from beslissingsbewijs order by id desc limit 1")
                .query((rs, r) -> Map.entry(rs.getLong(1), rs.getString(2))).optional();
    }

    /** The n-th receipt in chain order (1 is the first), as id and hash. */
    Optional<Map.Entry<Long, String>> nde(long n) {
        return jdbc.sql("select id, hash from beslissingsbewijs order by id offset ? limit 1").param(n - 1)
                .query((rs, r) -> Map.entry(rs.getLong(1), rs.getString(2))).optional();
    }

    Optional<Controlepunt> laatsteControlepunt() {
        return jdbc.sql("select tot_bewijs, aantal, kop_hash, volledig, vastgelegd_op from verificatiepunt order by id desc limit 1")
                .query((rs, r) -> new Controlepunt(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    Optional<Controlepunt> laatsteVolledigeControle() {
        return jdbc.sql("select tot_bewijs, aantal, kop_hash, volledig, vastgelegd_op from verificatiepunt where volledig "
                        + "order by id desc limit 1")
                .query((rs, r) -> new Controlepunt(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    void bewaar(Controlepunt punt) {
        jdbc.sql("insert into verificatiepunt (tot_bewijs, aantal, kop_hash, volledig, vastgelegd_op) values (?, ?, ?, ?, ?)")
                .params(punt.totBewijs(), punt.aantal(), punt.kopHash(), punt.volledig(), Timestamp.from(punt.op()))
                .update();
    }

    /**
     * Every beoordeling whose rows differ from what its receipt bound, lacks a receipt, or whose receipt
     * names a beoordeling that is gone. Receipts of hashvorm 1 carry no fingerprint: their outcome is
     * compared field by field.
     */
    List<Afwijking> afwijkendeBeoordelingen() {
        return jdbc.sql("""
                with w as (select id, ronde_id, beoordeling_id, gemeente, hashvorm, vingerafdruk,
                                  case when hashvorm = 1 then inhoud::jsonb -> 'uitkomst' end as uitkomst
                           from beslissingsbewijs where soort = 'BEOORDELING')
                select coalesce(b.id, w.beoordeling_id) as beoordeling, coalesce(b.ronde_id, w.ronde_id) as ronde,
                       coalesce(b.gemeente, w.gemeente) as gemeente, w.id as bewijs,
                       case when w.id is null then 'ZONDER_BEWIJS' when b.id is null then 'VERWIJDERD' else 'GEWIJZIGD' end as soort
                from (beoordeling b join beoordeling_vingerafdruk v on v.id = b.id)
                full join w on w.beoordeling_id = b.id
                where w.id is null or b.id is null
                   or (w.hashvorm >= 2 and w.vingerafdruk is distinct from v.vingerafdruk)
                   or (w.hashvorm = 1 and ((w.uitkomst ->> 'trede')::int <> b.trede or w.uitkomst ->> 'grondslag' <> b.grondslag
                        or (w.uitkomst ->> 'standEinde')::int <> b.stand_einde
                        or (w.uitkomst ->> 'tredeOpTotaalopgave')::int <> b.trede_op_totaalopgave
                        or (w.uitkomst ->> 'koppelingstekortGunstig')::boolean <> b.koppelingstekort_gunstig))
                order by 1""")
                .query((rs, r) -> new Afwijking(Bewijssoort.BEOORDELING, rs.getLong("beoordeling"), rs.getLong("ronde"),
                        rs.getString("gemeente"), rs.getObject("bewijs", Long.class), Afwijking.Soort.valueOf(rs.getString("soort"))))
                .list();
    }

    /** The same for verdelingen: rows against the fingerprint their receipt bound (hashvorm 1: only that both exist). */
    List<Afwijking> afwijkendeVerdelingen() {
        return jdbc.sql("""
                with w as (select id, ronde_id, hashvorm, vingerafdruk from beslissingsbewijs where soort = 'VERDELING')
                select coalesce(v.id, w.ronde_id) as verdeling, w.id as bewijs,
                       case when w.id is null then 'ZONDER_BEWIJS' when v.id is null then 'VERWIJDERD' else 'GEWIJZIGD' end as soort
                from verdeling_vingerafdruk v full join w on w.ronde_id = v.id
                where w.id is null or v.id is null or (w.hashvorm >= 2 and w.vingerafdruk is distinct from v.vingerafdruk)
                order by 1""")
                .query((rs, r) -> new Afwijking(Bewijssoort.VERDELING, rs.getLong("verdeling"), rs.getLong("verdeling"), null,
                        rs.getObject("bewijs", Long.class), Afwijking.Soort.valueOf(rs.getString("soort"))))
                .list();
    }

    private static Bewijs lees(ResultSet rs, int rij) throws SQLException {
        return new Bewijs(rs.getLong("id"), Bewijssoort.valueOf(rs.getString("soort")), rs.getLong("ronde_id"),
                rs.getObject("beoordeling_id", Long.class), rs.getString("gemeente"), rs.getString("periode"),
                rs.getString("regelset_versie"), rs.getTimestamp("vastgelegd_op").toInstant(), rs.getString("vingerafdruk"),
                rs.getString("vorige_hash"), rs.getString("inhoud"), rs.getInt("hashvorm"), rs.getString("hash"));
    }
}
