package nl.trede.regels;

import java.util.SortedMap;
import java.util.TreeMap;
import nl.trede.kern.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored rule-set versions: every file's content once per version. */
@Repository
class RegelsetRepository {

    private final JdbcClient jdbc;

    RegelsetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void bewaar(String versie, SortedMap<String, String> bestanden) {
        int nieuw = jdbc.sql("insert into regelset (versie) values (?) on conflict do nothing").param(versie).update();
        if (nieuw == 0) {
            return;
        }
        bestanden.forEach((pad, inhoud) -> jdbc
                .sql("insert into regelset_bestand (versie, pad, sha256, inhoud) values (?, ?, ?, ?)")
                .params(versie, pad, Sha256.hex(inhoud), inhoud)
                .update());
    }

    SortedMap<String, String> bestanden(String versie) {
        SortedMap<String, String> bestanden = new TreeMap<>();
        jdbc.sql("select pad, inhoud from regelset_bestand where versie = ?").param(versie)
                .query((rs, n) -> bestanden.put(rs.getString("pad"), rs.getString("inhoud")))
                .list();
        return bestanden;
    }
}
