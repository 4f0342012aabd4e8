package nl.trede.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receipts and checkpoints are only ever inserted: the app's database role may not change them, and
 * triggers refuse UPDATE, DELETE and TRUNCATE to their owner until he switches them off. What he then
 * rewrites, the hashes and trede's signatures on the checkpoints show.
 */
@Repository
class BewijsRepository {

    /** Serialises writers of the chain: two runs at once must not both extend the same link. */
    private static final long KETENSLOT = 0x7472656465L;
    private static final String PUNTKOLOMMEN = "volgnummer, aantal, kop_hash, tot_bewijs, vastgelegd_op, grond, xid, "
            + "tellingen, vorige, sleutel, handtekening";
    private static final String KOLOMMEN = "id, soort, ronde_id, beoordeling_id, gemeente, periode, regelset_versie, "
            + "vastgelegd_op, vingerafdruk, vorige_hash, inhoud, hashvorm, hash";

    /**
     * What the audit binds: the receipts, and every table whose rows users see as an outcome; per table the
     * key of what a written row touches ({@code aangeraakt}) and which kind of subject that key names.
     */
    private static final List<Tabel> GEAUDITEERD = List.of(
            new Tabel("beslissingsbewijs", "case when id <= :tot then id end", "beslissingsbewijs"),
            new Tabel("beoordelingsronde", "id", "beoordelingsronde"),
            new Tabel("beoordeling", "id", "beoordeling"),
            new Tabel("gevuurde_regel", "beoordeling_id", "beoordeling"),
            new Tabel("verdeling", "id", "verdeling"),
            new Tabel("verdeling_gemeente", "verdeling_id", "verdeling"),
            new Tabel("verdeling_uitsluiting", "verdeling_id", "verdeling"),
            new Tabel("verdeling_regel", "verdeling_id", "verdeling"),
            new Tabel("beslissing", "id", "beslissing"),
            new Tabel("controlepunt", "id", "controlepunt"));

    private record Tabel(String naam, String aangeraakt, String soort) {
    }
    private static final TypeReference<Map<String, Long>> TELLINGEN = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final JsonMapper json;

    BewijsRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named, JsonMapper json) {
        this.jdbc = jdbc;
        this.named = named;
        this.json = json;
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

    String vingerafdrukVanBeslissing(long id) {
        return jdbc.sql("select vingerafdruk from beslissing_vingerafdruk where id = ?").param(id).query(String.class).single();
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

    /** The checkpoint with this number; the newest row when an attacker made two. */
    Optional<Controlepunt> controlepunt(long volgnummer) {
        return jdbc.sql("select " + PUNTKOLOMMEN + " from controlepunt where volgnummer = ? order by id desc limit 1")
                .param(volgnummer).query(this::punt).optional();
    }

    Optional<Controlepunt> nieuwsteControlepunt() {
        return jdbc.sql("select " + PUNTKOLOMMEN + " from controlepunt order by volgnummer desc, id desc limit 1")
                .query(this::punt).optional();
    }

    /** The newest checkpoint of a check, or of a full check only. */
    Optional<Controlepunt> nieuwsteControle(boolean alleenVolledig) {
        return jdbc.sql("select " + PUNTKOLOMMEN + " from controlepunt where grond " + (alleenVolledig ? "= 'VOLLEDIGE_CONTROLE'"
                        : "<> 'BEWIJZEN'") + " order by volgnummer desc, id desc limit 1")
                .query(this::punt).optional();
    }

    /** Every checkpoint from number {@code volgnummer} on, and those among {@code ids}, in the order of their numbers. */
    List<Controlepunt> controlepunten(long volgnummer, Collection<Long> ids) {
        return jdbc.sql("select " + PUNTKOLOMMEN + " from controlepunt where volgnummer >= ? or id = any(?) order by volgnummer, id")
                .params(volgnummer, new SqlArrayValue("bigint", ids.toArray())).query(this::punt).list();
    }

    void bewaar(Controlepunt punt) {
        jdbc.sql("insert into controlepunt (" + PUNTKOLOMMEN + ") values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)")
                .params(punt.volgnummer(), punt.aantal(), punt.kopHash(), punt.totBewijs(), Timestamp.from(punt.op()),
                        punt.grond().name(), punt.rijstaat() == null ? null : punt.rijstaat().xid(),
                        punt.rijstaat() == null ? null : json.writeValueAsString(punt.rijstaat().tellingen()), punt.vorige(),
                        punt.sleutel(), punt.handtekening())
                .update();
    }

    private Controlepunt punt(ResultSet rs, int rij) throws SQLException {
        String tellingen = rs.getString("tellingen");
        return new Controlepunt(rs.getLong("volgnummer"), rs.getLong("aantal"), rs.getString("kop_hash"), rs.getLong("tot_bewijs"),
                rs.getTimestamp("vastgelegd_op").toInstant(), Controlepunt.Grond.valueOf(rs.getString("grond")),
                tellingen == null ? null : new Controlepunt.Rijstaat(rs.getLong("xid"), json.readValue(tellingen, TELLINGEN)),
                rs.getString("vorige"), rs.getString("sleutel"), rs.getString("handtekening"));
    }

    /**
     * The oldest transaction still running now: every row written by an older one is committed (or never
     * will be) and visible to this check. Rows written from this transaction on count as new next time.
     */
    long grensXid() {
        return jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    /**
     * In one scan per audited table: how many rows were written before the checkpoint's transaction
     * {@code sinds} and are unchanged since, and which rows were written from {@code sinds} on: receipts
     * up to {@code totBewijs} (rewritten), the beoordelingen, verdelingen and decision steps whose rows
     * changed or were added, and the checkpoints written or rewritten.
     */
    Sindsdien sindsdien(long sinds, long totBewijs) {
        String sql = GEAUDITEERD.stream().map(t -> "select '" + t.naam() + "' as tabel, "
                + "count(*) filter (where not " + nieuw(t.naam()) + ") as ongewijzigd, "
                + "coalesce(array_remove(array_agg(distinct " + t.aangeraakt() + ") filter (where " + nieuw(t.naam()) + "), null), "
                + "'{}') as aangeraakt from " + t.naam())
                .collect(Collectors.joining(" union all "));
        Map<String, Long> ongewijzigd = new TreeMap<>();
        Map<String, Set<Long>> aangeraakt = new HashMap<>();
        jdbc.sql(sql).param("xid", sinds).param("tot", totBewijs).query(rs -> {
            String tabel = rs.getString("tabel");
            ongewijzigd.put(tabel, rs.getLong("ongewijzigd"));
            aangeraakt.computeIfAbsent(soortVan(tabel), k -> new TreeSet<>())
                    .addAll(Arrays.asList((Long[]) rs.getArray("aangeraakt").getArray()));
        });
        Set<Long> beoordelingen = aangeraakt.getOrDefault("beoordeling", new TreeSet<>());
        Set<Long> rondes = aangeraakt.getOrDefault("beoordelingsronde", Set.of());
        if (!rondes.isEmpty()) {
            beoordelingen.addAll(jdbc.sql("select id from beoordeling where ronde_id = any(?)")
                    .param(new SqlArrayValue("bigint", rondes.toArray())).query(Long.class).list());
        }
        return new Sindsdien(ongewijzigd, List.copyOf(aangeraakt.getOrDefault("beslissingsbewijs", Set.of())),
                List.copyOf(beoordelingen), List.copyOf(aangeraakt.getOrDefault("verdeling", Set.of())),
                List.copyOf(aangeraakt.getOrDefault("beslissing", Set.of())),
                List.copyOf(aangeraakt.getOrDefault("controlepunt", Set.of())));
    }

    /** What {@link #sindsdien} found. */
    record Sindsdien(Map<String, Long> ongewijzigd, List<Long> herschrevenBewijzen, List<Long> beoordelingen,
                     List<Long> verdelingen, List<Long> beslissingen, List<Long> controlepunten) {
    }

    /** Per audited table the rows written before transaction {@code xid}: the counts a new checkpoint keeps. */
    Map<String, Long> rijenVoor(long xid) {
        Map<String, Long> tellingen = new TreeMap<>();
        jdbc.sql(GEAUDITEERD.stream().map(t -> "select '" + t.naam() + "', count(*) from " + t.naam() + " where not "
                        + nieuw(t.naam())).collect(Collectors.joining(" union all ")))
                .param("xid", xid).query(rs -> {
                    tellingen.put(rs.getString(1), rs.getLong(2));
                });
        return tellingen;
    }

    /** A row of {@code tabel} written by transaction {@code :xid} or later (PostgreSQL's xmin: 32 bits, compared by age). */
    private static String nieuw(String tabel) {
        return "(age(" + tabel + ".xmin) <= age(cast(cast(:xid % 4294967296 as text) as xid)))";
    }

    /** Which kind of subject a table's touched keys name: receipts, rondes, beoordelingen or verdelingen. */
    private static String soortVan(String tabel) {
        return GEAUDITEERD.stream().filter(t -> t.naam().equals(tabel)).findFirst().orElseThrow().soort();
    }

    /**
     * Every beoordeling among {@code ids} (null: all) whose rows differ from the fingerprint its receipt
     * bound or that has no receipt, and every receipt after {@code naBewijs} whose beoordeling is gone (one
     * removed before that shows in the checkpoint's counts). Receipts of hashvorm 1 carry no fingerprint:
     * their outcome is compared field by field.
     */
    List<Afwijking> afwijkendeBeoordelingen(Collection<Long> ids, long naBewijs) {
        return jdbc.sql("""
                select b.id as beoordeling, b.ronde_id as ronde, b.gemeente, w.id as bewijs, 'GEWIJZIGD' as soort
                from beoordeling b join beoordeling_vingerafdruk v on v.id = b.id
                join beslissingsbewijs w on w.soort = 'BEOORDELING' and w.beoordeling_id = b.id
                where (cast(:alle as boolean) or b.id = any(:ids))
                  and ((w.hashvorm >= 2 and w.vingerafdruk is distinct from v.vingerafdruk)
                   or (w.hashvorm = 1 and ((w.inhoud::jsonb #>> '{uitkomst,trede}')::int <> b.trede
                        or w.inhoud::jsonb #>> '{uitkomst,grondslag}' <> b.grondslag
                        or (w.inhoud::jsonb #>> '{uitkomst,standEinde}')::int <> b.stand_einde
                        or (w.inhoud::jsonb #>> '{uitkomst,tredeOpTotaalopgave}')::int <> b.trede_op_totaalopgave
                        or (w.inhoud::jsonb #>> '{uitkomst,koppelingstekortGunstig}')::boolean <> b.koppelingstekort_gunstig)))
                union all
                select b.id, b.ronde_id, b.gemeente, null, 'ZONDER_BEWIJS' from beoordeling b
                where (cast(:alle as boolean) or b.id = any(:ids))
                  and not exists (select 1 from beslissingsbewijs w where w.soort = 'BEOORDELING' and w.beoordeling_id = b.id)
                union all
                select w.beoordeling_id, w.ronde_id, w.gemeente, w.id, 'VERWIJDERD' from beslissingsbewijs w
                where w.soort = 'BEOORDELING' and w.id > :na and not exists (select 1 from beoordeling b where b.id = w.beoordeling_id)
                order by 1""")
                .param("alle", ids == null).param("ids", new SqlArrayValue("bigint", ids == null ? new Object[0] : ids.toArray()))
                .param("na", naBewijs)
                .query((rs, r) -> new Afwijking(Bewijssoort.BEOORDELING, rs.getLong("beoordeling"), rs.getLong("ronde"),
                        rs.getString("gemeente"), rs.getObject("bewijs", Long.class), Afwijking.Soort.valueOf(rs.getString("soort"))))
                .list();
    }

    /** The same for verdelingen (hashvorm 1: only that row and receipt both exist). */
    List<Afwijking> afwijkendeVerdelingen(Collection<Long> ids, long naBewijs) {
        return jdbc.sql("""
                select v.id as verdeling, w.id as bewijs, 'GEWIJZIGD' as soort
                from verdeling_vingerafdruk v join beslissingsbewijs w on w.soort = 'VERDELING' and w.ronde_id = v.id
                where (cast(:alle as boolean) or v.id = any(:ids))
                  and w.hashvorm >= 2 and w.vingerafdruk is distinct from v.vingerafdruk
                union all
                select v.id, null, 'ZONDER_BEWIJS' from verdeling v
                where (cast(:alle as boolean) or v.id = any(:ids))
                  and not exists (select 1 from beslissingsbewijs w where w.soort = 'VERDELING' and w.ronde_id = v.id)
                union all
                select w.ronde_id, w.id, 'VERWIJDERD' from beslissingsbewijs w
                where w.soort = 'VERDELING' and w.id > :na and not exists (select 1 from verdeling v where v.id = w.ronde_id)
                order by 1""")
                .param("alle", ids == null).param("ids", new SqlArrayValue("bigint", ids == null ? new Object[0] : ids.toArray()))
                .param("na", naBewijs)
                .query((rs, r) -> new Afwijking(Bewijssoort.VERDELING, rs.getLong("verdeling"), rs.getLong("verdeling"), null,
                        rs.getObject("bewijs", Long.class), Afwijking.Soort.valueOf(rs.getString("soort"))))
                .list();
    }

    /** The same for the steps of decisions: each against its receipt's fingerprint. */
    List<Afwijking> afwijkendeBeslissingen(Collection<Long> ids, long naBewijs) {
        return jdbc.sql("""
                select v.id as beslissing, s.beoordeling_id, w.id as bewijs, 'GEWIJZIGD' as soort
                from beslissing_vingerafdruk v join beslissing s on s.id = v.id
                join beslissingsbewijs w on w.soort = 'BESLISSING' and w.ronde_id = v.id
                where (cast(:alle as boolean) or v.id = any(:ids)) and w.vingerafdruk is distinct from v.vingerafdruk
                union all
                select s.id, s.beoordeling_id, null, 'ZONDER_BEWIJS' from beslissing s
                where (cast(:alle as boolean) or s.id = any(:ids))
                  and not exists (select 1 from beslissingsbewijs w where w.soort = 'BESLISSING' and w.ronde_id = s.id)
                union all
                select w.ronde_id, w.beoordeling_id, w.id, 'VERWIJDERD' from beslissingsbewijs w
                where w.soort = 'BESLISSING' and w.id > :na and not exists (select 1 from beslissing s where s.id = w.ronde_id)
                order by 1""")
                .param("alle", ids == null).param("ids", new SqlArrayValue("bigint", ids == null ? new Object[0] : ids.toArray()))
                .param("na", naBewijs)
                .query((rs, r) -> new Afwijking(Bewijssoort.BESLISSING, rs.getLong("beslissing"), rs.getLong("beoordeling_id"), null,
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
