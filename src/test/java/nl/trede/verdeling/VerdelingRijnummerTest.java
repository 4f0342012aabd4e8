package nl.trede.verdeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import nl.trede.support.ApplicatieMetDatabase;
import nl.trede.systeem.Invoerfout;
import nl.trede.systeem.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A verdeling's checks after reading name the file's own rows, blank lines counted (they once skipped them). */
@ApplicatieMetDatabase
class VerdelingRijnummerTest {

    @Autowired
    VerdelingService service;

    @Test
    void eenGemeenteBuitenDeProvincieNaEenLegeRegelNoemtRij4() {
        // line 1 header, 2 Almelo, 3 blank, 4 Amersfoort (Utrecht, not Overijssel)
        byte[] gemeenten = "gemeente,indicatiefRegulier,indicatiefAmv\nAlmelo,100,10\n\nAmersfoort,10,1\n"
                .getBytes(StandardCharsets.UTF_8);
        OngeldigeInvoerException fout = catchThrowableOfType(OngeldigeInvoerException.class, () -> service
                .berekenUitBestand("Overijssel", "Rijen", "110", "11", gemeenten, null, "toezichthouder"));
        assertThat(fout.fouten()).extracting(Invoerfout::rij, Invoerfout::kolom).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "gemeente"));
    }

    @Test
    void eenDecimaalGetalInEenGeheelVeldEnEenLegeRegelInDeUitruil() {
        byte[] gemeenten = "gemeente;indicatiefRegulier;indicatiefAmv\nAlmelo;100;1,5\nOmmen;10;1\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] uitruil = "van,voor,regulier\n\n\nAlmelo,Ommen,x\n".getBytes(StandardCharsets.UTF_8);
        OngeldigeInvoerException fout = catchThrowableOfType(OngeldigeInvoerException.class, () -> service
                .berekenUitBestand("Overijssel", "Rijen", "110", "11", gemeenten, uitruil, "toezichthouder"));
        assertThat(fout.fouten()).containsExactly(
                new Invoerfout(2, "indicatiefAmv", "'1,5' is geen geheel getal; schrijf alleen cijfers, zonder punt, "
                        + "komma of spatie (een min-teken mag vooraan)"),
                new Invoerfout(4, "uitruil: regulier", "'x' is geen geheel getal; schrijf alleen cijfers, zonder punt, "
                        + "komma of spatie (een min-teken mag vooraan)"));
    }
}
