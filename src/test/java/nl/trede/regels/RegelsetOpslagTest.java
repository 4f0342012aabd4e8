package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedMap;
import java.util.TreeMap;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApplicatieMetDatabase
class RegelsetOpslagTest {

    @Autowired
    RegelsetService service;
    @Autowired
    JdbcClient jdbc;

    @Test
    void elkBestandWordtEenmaalPerVersieBewaard() {
        Regelset actief = service.actief("interventieladder/standaard");
        assertThat(jdbc.sql("select count(*) from regelset_bestand where versie = ?").param(actief.versie())
                .query(Integer.class).single()).isEqualTo(actief.bestanden().size());
        assertThat(jdbc.sql("select inhoud from regelset_bestand where versie = ? and pad = 'interventieladder/standaard/trede.drl'")
                .param(actief.versie()).query(String.class).single())
                .isEqualTo(actief.bestanden().get("interventieladder/standaard/trede.drl"));
    }

    @Test
    void eenBewaardeVersieWordtUitDeDatabaseGecompileerd() {
        Regelset actief = service.actief("interventieladder/standaard");
        // Twice the same version from the database: the files, not rules/, are the source.
        assertThat(service.versie(actief.versie()).versie()).isEqualTo(actief.versie());
        assertThat(Regelset.versieVan(new RegelsetRepositoryLezer(jdbc).bestanden(actief.versie()))).isEqualTo(actief.versie());
    }

    /** Reads the stored files the way an auditor would, straight from the table. */
    private record RegelsetRepositoryLezer(JdbcClient jdbc) {
        SortedMap<String, String> bestanden(String versie) {
            SortedMap<String, String> bestanden = new TreeMap<>();
            jdbc.sql("select pad, inhoud from regelset_bestand where versie = ?").param(versie)
                    .query(rs -> { bestanden.put(rs.getString(1), rs.getString(2)); });
            return bestanden;
        }
    }
}
