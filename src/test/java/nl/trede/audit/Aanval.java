package nl.trede.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What someone who holds a database role that may switch the audit's triggers off (the owner of the tables, or a
 * superuser) does to them, put back exactly afterwards: the tests share one database.
 */
final class Aanval {

    interface Controle {
        void voerUit() throws Exception;
    }

    private final JdbcClient als;

    Aanval(JdbcClient als) {
        this.als = als;
    }

    /** The tables' own triggers off for these changes, on again after. */
    void zonderTriggers(List<String> tabellen, Runnable wijziging) {
        tabellen.forEach(t -> als.sql("alter table " + t + " disable trigger user").update());
        try {
            wijziging.run();
        } finally {
            tabellen.forEach(t -> als.sql("alter table " + t + " enable trigger user").update());
        }
    }

    /** Removes the rows of {@code tabel} where {@code waar} holds, runs the checks, and puts the rows back as they were. */
    void verwijderEnHerstel(String tabel, String waar, Controle controle) throws Exception {
        als.sql("create table verwijderd_" + tabel + " as select * from " + tabel + " where " + waar).update();
        zonderTriggers(List.of(tabel), () -> als.sql("delete from " + tabel + " where " + waar).update());
        try {
            controle.voerUit();
        } finally {
            als.sql("insert into " + tabel + " select * from verwijderd_" + tabel).update();
            als.sql("drop table verwijderd_" + tabel).update();
        }
    }
}
