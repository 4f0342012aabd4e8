package nl.trede.systeem;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal access tokens, each stored as the SHA-256 of its text (hex), never the text. */
@Repository
class TokenRepository {

    private static final String KOLOMMEN = "id, gebruiker, naam, rol, aangemaakt_op, verloopt_op, ingetrokken_op, laatst_gebruikt_op";

    /** A token found by its hash, with the hash as stored, for a comparison in constant time. */
    record Gevonden(Toegangstoken token, String hash) {
    }

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Toegangstoken bewaar(String gebruiker, String naam, Rol rol, String hash, Instant aangemaaktOp, Instant verlooptOp) {
        long id = jdbc.sql("insert into toegangstoken (gebruiker, naam, rol, hash, aangemaakt_op, verloopt_op) "
                        + "values (?, ?, ?, ?, ?, ?) returning id")
                .params(gebruiker, naam, rol.name(), hash, Timestamp.from(aangemaaktOp), tijd(verlooptOp))
                .query(Long.class).single();
        return new Toegangstoken(id, gebruiker, naam, rol, aangemaaktOp, verlooptOp, null, null);
    }

    /** The tokens of one person, newest first. */
    List<Toegangstoken> van(String gebruiker) {
        return jdbc.sql("select " + KOLOMMEN + " from toegangstoken where gebruiker = ? order by id desc")
                .param(gebruiker).query((rs, n) -> token(rs)).list();
    }

    int werkend(String gebruiker, Instant op) {
        return jdbc.sql("select count(*) from toegangstoken where gebruiker = ? and ingetrokken_op is null "
                        + "and (verloopt_op is null or verloopt_op > ?)")
                .params(gebruiker, Timestamp.from(op)).query(Integer.class).single();
    }

    /** One lookup in the unique index on the hash. */
    Optional<Gevonden> metHash(String hash) {
        return jdbc.sql("select " + KOLOMMEN + ", hash from toegangstoken where hash = ?")
                .param(hash).query((rs, n) -> new Gevonden(token(rs), rs.getString("hash"))).optional();
    }

    /** Revokes a working token of this person; false when it is not theirs, does not exist or was revoked already. */
    boolean trekIn(String gebruiker, long id, Instant op) {
        return jdbc.sql("update toegangstoken set ingetrokken_op = ? where id = ? and gebruiker = ? and ingetrokken_op is null")
                .params(Timestamp.from(op), id, gebruiker).update() == 1;
    }

    void gebruikt(long id, Instant op) {
        jdbc.sql("update toegangstoken set laatst_gebruikt_op = ? where id = ?").params(Timestamp.from(op), id).update();
    }

    private static Toegangstoken token(ResultSet rs) throws SQLException {
        return new Toegangstoken(rs.getLong("id"), rs.getString("gebruiker"), rs.getString("naam"),
                Rol.valueOf(rs.getString("rol")), rs.getTimestamp("aangemaakt_op").toInstant(), moment(rs, "verloopt_op"),
                moment(rs, "ingetrokken_op"), moment(rs, "laatst_gebruikt_op"));
    }

    private static Instant moment(ResultSet rs, String kolom) throws SQLException {
        Timestamp tijd = rs.getTimestamp(kolom);
        return tijd == null ? null : tijd.toInstant();
    }

    private static Timestamp tijd(Instant moment) {
        return moment == null ? null : Timestamp.from(moment);
    }
}
