package nl.trede.systeem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two roles trede connects as. The owner runs the migrations and owns every table; the app
 * role may read and add, and change only what the migrations grant it, so it can never switch the
 * audit's triggers off or rewrite a receipt. Used for the embedded database and the tests' database;
 * a configured server gets the same roles from its administrator (see docker-compose.yml).
 */
public record DatabaseRollen(String eigenaarWachtwoord, String appWachtwoord) {

    public static final String EIGENAAR = "trede_eigenaar";
    public static final String APP = "trede_app";

    /**
     * Creates both roles (or resets their passwords) as a superuser, and hands the objects that an
     * older trede created as superuser over to the owner, so an existing data directory keeps working.
     */
    public void maakAan(Connection beheerder) throws SQLException {
        rol(beheerder, EIGENAAR, eigenaarWachtwoord);
        rol(beheerder, APP, appWachtwoord);
        try (Statement sql = beheerder.createStatement()) {
            sql.execute("grant all on schema public to " + EIGENAAR);
            sql.execute("grant usage on schema public to " + APP);
            sql.execute("""
                    do $$
                    declare o record;
                    begin
                      for o in select c.oid::regclass as naam from pg_class c
                               join pg_namespace n on n.oid = c.relnamespace
                               where n.nspname = 'public' and c.relkind in ('r', 'p', 'v')
                                 and pg_get_userbyid(c.relowner) <> '%1$s'
                      loop
                        execute format('alter table %%s owner to %1$s', o.naam);
                      end loop;
                      for o in select p.oid::regprocedure as naam from pg_proc p
                               join pg_namespace n on n.oid = p.pronamespace
                               where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s'
                      loop
                        execute format('alter function %%s owner to %1$s', o.naam);
                      end loop;
                    end $$""".formatted(EIGENAAR));
        }
    }

    private static void rol(Connection beheerder, String naam, String wachtwoord) throws SQLException {
        boolean bestaat;
        try (PreparedStatement vraag = beheerder.prepareStatement("select count(*) from pg_roles where rolname = ?")) {
            vraag.setString(1, naam);
            try (var rs = vraag.executeQuery()) {
                rs.next();
                bestaat = rs.getInt(1) > 0;
            }
        }
        try (Statement sql = beheerder.createStatement()) {
            // A password cannot be a bind parameter in DDL; it is generated here, never user input.
            sql.execute((bestaat ? "alter role " : "create role ") + naam
                    + " login nosuperuser nocreatedb nocreaterole noreplication password '" + wachtwoord + "'");
        }
    }
}
