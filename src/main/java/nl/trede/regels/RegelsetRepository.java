package nl.trede.regels;

import java.util.ArrayList;
import java.util.List;
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

    /** A stored version's files, and what does not match the hashes stored with them (empty when all do). */
    record Bewaard(SortedMap<String, String> bestanden, List<Regelsetfout> fouten) {
    }

    /**
     * The files of a stored version, each checked against the sha256 stored beside it, and all of them against the
     * version: whoever changed a stored rule after it was activated is named here, not compiled.
     */
    Bewaard bestanden(String versie) {
        SortedMap<String, String> bestanden = new TreeMap<>();
        List<Regelsetfout> fouten = new ArrayList<>();
        jdbc.sql("select pad, sha256, inhoud from regelset_bestand where versie = ?").param(versie)
                .query((rs, n) -> {
                    String pad = rs.getString("pad");
                    String inhoud = rs.getString("inhoud");
                    if (!Sha256.hex(inhoud).equals(rs.getString("sha256").trim())) {
                        fouten.add(new Regelsetfout(pad, 0, "de inhoud in de database klopt niet met de sha256 die bij het "
                                + "activeren is bewaard (" + rs.getString("sha256").trim().substring(0, 12) + "...)"));
                    }
                    return bestanden.put(pad, inhoud);
                })
                .list();
        if (!bestanden.isEmpty() && fouten.isEmpty() && !Regelset.versieVan(bestanden).equals(versie)) {
            fouten.add(new Regelsetfout("(regelset " + versie.substring(0, 12) + ")", 0, "de bewaarde bestanden samen geven "
                    + "versie " + Regelset.versieVan(bestanden).substring(0, 12) + ", niet de versie waaronder zij zijn bewaard; "
                    + "er is een bestand bijgekomen, weggehaald of hernoemd"));
        }
        return new Bewaard(bestanden, List.copyOf(fouten));
    }
}
