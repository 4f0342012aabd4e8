package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * trede starts only as a role that cannot rewrite the audit, and holds only that role's key: with its runtime
 * credentials it cannot switch a trigger off nor read a file of the database server (where the embedded database
 * keeps its passwords), and its environment has no other database password.
 */
@ApplicatieMetDatabase
class DatabaserechtenTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConfigurableEnvironment omgeving;

    @Test
    void metHaarEigenRolKanDeAppGeenTriggerUitzetten() {
        assertThatThrownBy(() -> jdbc.sql("alter table beslissingsbewijs disable trigger all").update())
                .rootCause().hasMessageContaining("must be owner of table beslissingsbewijs");
        assertThatThrownBy(() -> jdbc.sql("set role " + DatabaseRollen.EIGENAAR).update())
                .rootCause().hasMessageContaining("permission denied to set role");
    }

    /** Else the app could report a missing migration as done, and pass its own schema check. */
    @Test
    void metHaarEigenRolSchrijftDeAppNietInHetLogboekVanDeMigraties() {
        assertThatThrownBy(() -> jdbc.sql("insert into databasechangelog (id, author, filename, dateexecuted, orderexecuted, "
                + "exectype) values ('999-nep', 'aanvaller', 'nep.yaml', now(), 999, 'EXECUTED')").update())
                .rootCause().hasMessageContaining("permission denied for table databasechangelog");
        assertThatThrownBy(() -> jdbc.sql("update databasechangeloglock set locked = true").update())
                .rootCause().hasMessageContaining("permission denied for table databasechangeloglock");
    }

    @Test
    void metHaarEigenRolLeestDeAppGeenBestandVanDeServer() {
        // The embedded database keeps its passwords in its data directory, where pg_read_file looks.
        for (String bestand : new String[] {IngebeddeDatabase.WACHTWOORDEN, "postgresql.conf"}) {
            assertThatThrownBy(() -> jdbc.sql("select pg_read_file(?)").param(bestand).query(String.class).single())
                    .as(bestand).rootCause().hasMessageContaining("permission denied for function pg_read_file");
        }
    }

    @Test
    void deOmgevingVanDeAppHoudtAlleenHaarEigenWachtwoord() {
        TestDatabase.Verbinding db = TestDatabase.verbinding();
        List<String> waarden = omgeving.getPropertySources().stream()
                .filter(EnumerablePropertySource.class::isInstance).map(EnumerablePropertySource.class::cast)
                .flatMap(bron -> Arrays.stream(bron.getPropertyNames()).map(naam -> String.valueOf(bron.getProperty(naam))))
                .toList();
        assertThat(waarden).as("het eigen wachtwoord staat erin: de zoektocht werkt").contains(db.rollen().appWachtwoord());
        assertThat(waarden).noneMatch(w -> w.contains(db.rollen().eigenaarWachtwoord()))
                .noneMatch(w -> w.contains(db.beheerderWachtwoord()));
    }

    @Test
    void deAppDraaitAlsDeRolDieAlleenLeestEnToevoegt() {
        assertThatCode(() -> new Databaserechten(jdbc).run(null)).doesNotThrowAnyException();
    }

    @Test
    void alsSuperuserWeigertTredeTeStarten() {
        assertThatThrownBy(() -> new Databaserechten(TestDatabase.alsBeheerder()).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("trede weigert te starten: de databaserol '")
                .hasMessageContaining("is superuser en zou de beslissingsbewijzen kunnen herschrijven")
                .hasMessageContaining("spring.datasource.username");
    }
}
