package nl.trede.invoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import nl.trede.systeem.OngeldigeInvoerException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An import that must be refused: the exception it gave, after checking it left the database as it was. */
final class Weigering {

    private Weigering() {
    }

    static OngeldigeInvoerException van(InvoerService service, JdbcClient jdbc, String bestand, byte[] inhoud) {
        Tellingen voor = Tellingen.van(jdbc);
        OngeldigeInvoerException fout = catchThrowableOfType(OngeldigeInvoerException.class,
                () -> service.voerIn(bestand, inhoud, "toezichthouder"));
        assertThat(fout).as("het bestand %s hoort te worden geweigerd", bestand).isNotNull();
        assertThat(Tellingen.van(jdbc)).isEqualTo(voor);
        return fout;
    }

    /** How many imports, figures and monthly figures are stored. */
    record Tellingen(long invoer, long periodecijfers, long maandrealisatie) {
        static Tellingen van(JdbcClient jdbc) {
            return new Tellingen(aantal(jdbc, "invoer"), aantal(jdbc, "periodecijfers"), aantal(jdbc, "maandrealisatie"));
        }

        private static long aantal(JdbcClient jdbc, String tabel) {
            return jdbc.sql("select count(*) from " + tabel).query(Long.class).single();
        }
    }
}
