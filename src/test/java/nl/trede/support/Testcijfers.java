package nl.trede.support;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes period figures straight into the database, for tests of what comes after the import. */
public final class Testcijfers {

    private final JdbcClient jdbc;
    private final long invoerId;

    public Testcijfers(JdbcClient jdbc, String bestandsnaam) {
        this.jdbc = jdbc;
        this.invoerId = jdbc.sql("insert into invoer (bestandsnaam, formaat, rijen, ingevoerd_door, ingevoerd_op) "
                        + "values (?, 'CSV', 0, 'test', now()) returning id")
                .param(bestandsnaam).query(Long.class).single();
    }

    public Testcijfers voegToe(String gemeente, String periode, int taakstelling, int standBegin, int correcties,
                               int realisatie, Integer tijdigGekoppeld, Integer vorigeTrede) {
        jdbc.sql("insert into periodecijfers (invoer_id, rij, gemeente, periode, taakstelling, stand_begin, correcties, "
                        + "realisatie, tijdig_gekoppeld, vorige_trede, geregistreerd_op) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(invoerId, gemeente, periode, taakstelling, standBegin, correcties, realisatie, tijdigGekoppeld,
                        vorigeTrede, Timestamp.from(Instant.now()))
                .update();
        return this;
    }
}
