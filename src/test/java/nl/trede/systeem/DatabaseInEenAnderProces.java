package nl.trede.systeem;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Plays the app in {@link IngebeddeDatabaseTest}: starts the database, writes, says so, and waits to be killed. */
public final class DatabaseInEenAnderProces {

    static final String KLAAR = "database gestart";

    private DatabaseInEenAnderProces() {
    }

    public static void main(String[] args) throws Exception {
        IngebeddeDatabase database = IngebeddeDatabase.start(Path.of(args[0]), 0, true);
        try (Connection eigenaar = DriverManager.getConnection(database.jdbcUrl(), DatabaseRollen.EIGENAAR,
                database.rollen().eigenaarWachtwoord()); Statement sql = eigenaar.createStatement()) {
            sql.execute("create table overleefd (tekst text)");
            sql.execute("insert into overleefd values ('bewaard')");
        }
        System.out.println(KLAAR);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
