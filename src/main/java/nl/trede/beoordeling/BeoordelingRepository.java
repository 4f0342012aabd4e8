package nl.trede.beoordeling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.trede.gemeente.Gemeente;
import nl.trede.gemeente.GemeenteService;
import nl.trede.kern.GemeenteCode;
import nl.trede.kern.Periode;
import nl.trede.regels.GevuurdeRegel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs, their beoordelingen and fired rules; written in batches, never updated. The names of the gemeenten
 * come from {@link GemeenteService}: the gemeente table is not beoordeling's.
 * <p>
 * Not a Spring Data aggregate, although a ronde and its beoordelingen are one: written as one (ronde,
 * beoordelingen, fired rules as @MappedCollection records) a run of 342 gemeenten took 224-228 ms against
 * 173-198 ms with these three statements (BeoordelingBenchmark, 20 iterations each), and 280 ms while Spring Data
 * fetched the generated keys of the batch itself. The reads are reports anyway: each adds what a page shows (the
 * period of the run, the count of a run, the latest vastgestelde trede).
 */
@Repository
class BeoordelingRepository {

    private static final String BEOORDELING_KOLOMMEN = "b.id, b.ronde_id, r.periode, b.gemeente, b.cijfers_id, "
            + "b.trede, b.vorige_trede, b.vorige_trede_bron, b.grondslag, b.taakstelling, b.stand_begin, b.correcties, "
            + "b.totaalopgave, b.realisatie, b.tijdig_gekoppeld, b.stand_einde, b.ondergrens, b.trede_op_totaalopgave, "
            + "b.koppelingstekort_gunstig, b.uitleg, b.kader, b.kader_versie";
    private static final String RONDE_KOLOMMEN = "r.id, r.periode, r.provincie_code, r.provincie, r.regelset_versie, "
            + "r.drools_versie, r.trede_versie, r.gestart_door, r.gestart_op, r.voorlopig, "
            + "(select count(*) from beoordeling b where b.ronde_id = r.id) as aantal";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final JsonMapper json;
    private final GemeenteService gemeenten;

    BeoordelingRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named, JsonMapper json, GemeenteService gemeenten) {
        this.jdbc = jdbc;
        this.named = named;
        this.json = json;
        this.gemeenten = gemeenten;
    }

    /** {@code invoer}: the hash of everything the run rests on, to find it again for the same input. */
    long bewaarRonde(Beoordelingsronde ronde, String invoer) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("insert into beoordelingsronde (periode, provincie_code, provincie, regelset_versie, drools_versie, "
                        + "trede_versie, gestart_door, gestart_op, voorlopig, invoerafdruk) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(ronde.periode(), ronde.provincieCode(), ronde.provincie(), ronde.regelsetVersie(),
                        ronde.droolsVersie(), ronde.tredeVersie(), ronde.gestartDoor(), Timestamp.from(ronde.gestartOp()),
                        ronde.voorlopig(), invoer)
                .update(sleutel, "id");
        return sleutel.getKey().longValue();
    }

    /**
     * A transaction-level lock on starting rondes of this period and province (null: all gemeenten): a second start
     * waits until the first has committed its ronde or given up. In PostgreSQL, so it holds across app instances.
     */
    void wachtOpAndereStarts(Periode periode, String provincieCode) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('beoordelingsronde'), hashtext(?))")
                .param(periode + "/" + (provincieCode == null ? "*" : provincieCode)).query(rs -> { });
    }

    /** The latest ronde on exactly this input that is still open: some beoordeling of it is not vastgesteld. */
    Optional<Beoordelingsronde> openRondeMetInvoer(Periode periode, String provincieCode, String invoer) {
        return jdbc.sql("select " + RONDE_KOLOMMEN + " from beoordelingsronde r where r.invoerafdruk = :invoer "
                        + "and r.periode = :periode and r.provincie_code is not distinct from cast(:provincie as varchar) "
                        + "and exists (select 1 from beoordeling b where b.ronde_id = r.id and not exists "
                        + "(select 1 from beslissing s where s.beoordeling_id = b.id and s.stap = 'VASTGESTELD')) "
                        + "order by r.id desc limit 1")
                .param("invoer", invoer).param("periode", periode.toString()).param("provincie", provincieCode)
                .query(this::leesRonde).optional();
    }

    /**
     * Inserts the beoordelingen of a run in one batch; returns their ids in the same order. The ids are drawn from
     * the sequence first: a batch that returns generated keys is sent row by row (the driver only rewrites a batch
     * into multi-row inserts without them): 342 inserts of one row instead of six of up to 128. The columns that may be
     * empty name their type: an untyped null gives a 128-row statement other parameter types than the one before it,
     * and the driver prepared both on the server again on every run.
     */
    List<Long> bewaarBeoordelingen(long rondeId, List<Beoordeling> beoordelingen) {
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('beoordeling', 'id')) from generate_series(1, ?)")
                .param(beoordelingen.size()).query(Long.class).list();
        Iterator<Long> id = ids.iterator();
        SqlParameterSource[] rijen = beoordelingen.stream().map(b -> new MapSqlParameterSource().addValue("id", id.next())
                .addValue("ronde", rondeId).addValue("gemeente", b.gemeente()).addValue("cijfers", b.cijfersId())
                .addValue("trede", b.voorgesteldeTrede()).addValue("vorigeTrede", b.vorigeTrede())
                .addValue("bron", b.vorigeTredeBron().name()).addValue("grondslag", b.grondslag().name())
                .addValue("taakstelling", b.taakstelling()).addValue("standBegin", b.standBegin())
                .addValue("correcties", b.correcties()).addValue("totaalopgave", b.totaalopgave())
                .addValue("realisatie", b.realisatie()).addValue("gekoppeld", b.tijdigGekoppeld(), Types.INTEGER)
                .addValue("standEinde", b.standEinde()).addValue("ondergrens", b.ondergrens())
                .addValue("opTotaal", b.tredeOpTotaalopgave()).addValue("gunstig", b.koppelingstekortGunstig())
                .addValue("uitleg", json.writeValueAsString(b.uitleg())).addValue("kader", b.kader(), Types.VARCHAR)
                .addValue("kaderVersie", b.kaderVersie(), Types.VARCHAR)).toArray(SqlParameterSource[]::new);
        named.batchUpdate("insert into beoordeling (id, ronde_id, gemeente, cijfers_id, trede, vorige_trede, vorige_trede_bron, "
                + "grondslag, taakstelling, stand_begin, correcties, totaalopgave, realisatie, tijdig_gekoppeld, stand_einde, "
                + "ondergrens, trede_op_totaalopgave, koppelingstekort_gunstig, uitleg, kader, kader_versie) values (:id, :ronde, :gemeente, :cijfers, "
                + ":trede, :vorigeTrede, :bron, :grondslag, :taakstelling, :standBegin, :correcties, :totaalopgave, "
                + ":realisatie, :gekoppeld, :standEinde, :ondergrens, :opTotaal, :gunstig, cast(:uitleg as jsonb), :kader, :kaderVersie)",
                rijen);
        return ids;
    }

    /** Name, package and grondslag of each fired rule; the facts it matched are in the beoordeling's receipt. */
    void bewaarRegels(Map<Long, List<GevuurdeRegel>> perBeoordeling) {
        SqlParameterSource[] rijen = perBeoordeling.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(r -> new MapSqlParameterSource()
                        .addValue("beoordeling", e.getKey()).addValue("volgnummer", r.volgnummer())
                        .addValue("regel", r.regel()).addValue("pakket", r.pakket()).addValue("grondslag", r.grondslag())))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate("insert into gevuurde_regel (beoordeling_id, volgnummer, regel, pakket, grondslag) "
                + "values (:beoordeling, :volgnummer, :regel, :pakket, :grondslag)", rijen);
    }

    List<Beoordelingsronde> rondes(String periode, String provincieCode) {
        return jdbc.sql("select " + RONDE_KOLOMMEN + " from beoordelingsronde r "
                        + "where (cast(:periode as varchar) is null or r.periode = :periode) "
                        + "and (cast(:provincie as varchar) is null or r.provincie_code = :provincie) order by r.id desc")
                .param("periode", periode).param("provincie", provincieCode)
                .query(this::leesRonde).list();
    }

    Optional<Beoordelingsronde> ronde(long id) {
        return jdbc.sql("select " + RONDE_KOLOMMEN + " from beoordelingsronde r where r.id = ?").param(id)
                .query(this::leesRonde).optional();
    }

    List<Beoordeling> beoordelingen(long rondeId) {
        return jdbc.sql("select " + BEOORDELING_KOLOMMEN + " from beoordeling b join beoordelingsronde r on r.id = b.ronde_id where b.ronde_id = ?")
                .param(rondeId).query(this::leesBeoordeling).stream()
                .sorted(Comparator.comparing(Beoordeling::gemeenteNaam)).toList();
    }

    Optional<Beoordeling> beoordeling(long id) {
        return jdbc.sql("select " + BEOORDELING_KOLOMMEN + " from beoordeling b join beoordelingsronde r on r.id = b.ronde_id where b.id = ?")
                .param(id).query(this::leesBeoordeling).optional();
    }

    /** Name and grondslag of the fired rules of every beoordeling of a run, in firing order. */
    Map<Long, List<RegelNaam>> regelnamen(long rondeId) {
        Map<Long, List<RegelNaam>> perBeoordeling = new HashMap<>();
        jdbc.sql("select r.beoordeling_id, r.regel, r.grondslag from gevuurde_regel r join beoordeling b on b.id = r.beoordeling_id "
                        + "where b.ronde_id = ? order by r.beoordeling_id, r.volgnummer")
                .param(rondeId)
                .query(rs -> {
                    perBeoordeling.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new RegelNaam(rs.getString(2), rs.getString(3)));
                });
        return perBeoordeling;
    }

    /**
     * Per gemeente its trede at the end of the period before {@code periode}: the latest vastgestelde trede
     * of that period, or, where none is vastgesteld, the proposal of its latest ronde. A voorlopige ronde
     * (of a period not yet ended) never counts.
     */
    Map<String, VorigeTrede> vorigeTreden(Periode periode) {
        if (periode.vorige().isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select distinct on (b.gemeente) b.gemeente, coalesce(v.trede, b.trede) as trede, v.trede is not null as vastgesteld
                from beoordeling b join beoordelingsronde r on r.id = b.ronde_id
                left join lateral (select s.trede, s.op, s.id from beslissing s where s.beoordeling_id = b.id and s.stap = 'VASTGESTELD'
                                   order by s.versie desc limit 1) v on true
                where r.periode = ? and not r.voorlopig
                order by b.gemeente, v.trede is not null desc, v.op desc nulls last, v.id desc nulls last, r.id desc""")
                .param(periode.vorige().get().toString())
                .query((rs, n) -> Map.entry(rs.getString("gemeente"), new VorigeTrede(rs.getInt("trede"),
                        rs.getBoolean("vastgesteld") ? VorigeTredeBron.VASTGESTELD : VorigeTredeBron.VOORSTEL)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every beoordeling of a gemeente over the years, newest run first. */
    List<Beoordeling> vanGemeente(String gemeente) {
        return jdbc.sql("select " + BEOORDELING_KOLOMMEN + " from beoordeling b join beoordelingsronde r on r.id = b.ronde_id where b.gemeente = ? order by r.periode desc, r.id desc")
                .param(gemeente).query(this::leesBeoordeling).list();
    }

    private Beoordelingsronde leesRonde(ResultSet rs, int rij) throws SQLException {
        return new Beoordelingsronde(rs.getLong("id"), rs.getString("periode"), rs.getString("provincie_code"),
                rs.getString("provincie"), rs.getString("regelset_versie"), rs.getString("drools_versie"),
                rs.getString("trede_versie"), rs.getString("gestart_door"), rs.getTimestamp("gestart_op").toInstant(),
                rs.getBoolean("voorlopig"), rs.getInt("aantal"));
    }

    private Beoordeling leesBeoordeling(ResultSet rs, int rij) throws SQLException {
        String gemeente = rs.getString("gemeente");
        return new Beoordeling(rs.getLong("id"), rs.getLong("ronde_id"), rs.getString("periode"), gemeente,
                gemeenten.metCode(GemeenteCode.van(gemeente)).map(Gemeente::naam).orElseThrow(), rs.getLong("cijfers_id"), rs.getInt("trede"), rs.getInt("vorige_trede"),
                VorigeTredeBron.valueOf(rs.getString("vorige_trede_bron")), Grondslag.valueOf(rs.getString("grondslag")),
                rs.getInt("taakstelling"), rs.getInt("stand_begin"), rs.getInt("correcties"), rs.getInt("totaalopgave"),
                rs.getInt("realisatie"), rs.getObject("tijdig_gekoppeld", Integer.class), rs.getInt("stand_einde"),
                rs.getInt("ondergrens"), rs.getInt("trede_op_totaalopgave"), rs.getBoolean("koppelingstekort_gunstig"),
                json.readValue(rs.getString("uitleg"), new TypeReference<List<String>>() { }), rs.getString("kader"),
                rs.getString("kader_versie"), Besluit.NIEUW);
    }
}
