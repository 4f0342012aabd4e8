package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** trede starts only as a role that cannot rewrite the audit. */
@ApplicatieMetDatabase
class DatabaserechtenTest {

    @Autowired
    JdbcClient jdbc;

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
