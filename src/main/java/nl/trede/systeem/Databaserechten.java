package nl.trede.systeem;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to run as a database role that could rewrite the audit: a superuser or the owner of the
 * receipts can switch their triggers off. Runs before anything else is done at start-up.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Databaserechten implements ApplicationRunner {

    private final JdbcClient jdbc;

    Databaserechten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Rechten rechten = jdbc.sql("""
                select current_user as rol, r.rolsuper as superuser,
                       pg_get_userbyid(c.relowner) = current_user as eigenaar,
                       has_table_privilege('beslissingsbewijs', 'UPDATE') or has_table_privilege('beslissingsbewijs', 'DELETE')
                           as wijzigen
                from pg_roles r, pg_class c
                where r.rolname = current_user and c.relname = 'beslissingsbewijs' and c.relkind = 'r'""")
                .query((rs, n) -> new Rechten(rs.getString("rol"), rs.getBoolean("superuser"), rs.getBoolean("eigenaar"),
                        rs.getBoolean("wijzigen")))
                .single();
        if (rechten.superuser() || rechten.eigenaar() || rechten.wijzigen()) {
            throw new IllegalStateException("trede weigert te starten: de databaserol '" + rechten.rol() + "' is "
                    + (rechten.superuser() ? "superuser" : rechten.eigenaar() ? "eigenaar van de tabellen" : "gerechtigd bewijzen te wijzigen")
                    + " en zou de beslissingsbewijzen kunnen herschrijven. Laat de app verbinden als een rol die alleen mag "
                    + "lezen en toevoegen (spring.datasource.username, bijvoorbeeld trede_app); de migraties draaien apart als de "
                    + "eigenaar ('java -jar trede.jar migreren'); zie docker-compose.yml.");
        }
    }

    private record Rechten(String rol, boolean superuser, boolean eigenaar, boolean wijzigen) {
    }
}
