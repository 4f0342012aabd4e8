package nl.trede.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dutch number and date formatting for the monitoring pages ({@code ${@monitoringOpmaak.getal(x)}}):
 * the schema unrounded in the data, on screen with two decimals (6.646,67), whole numbers without.
 */
@Component("monitoringOpmaak")
public class Opmaak {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter MAAND = DateTimeFormatter.ofPattern("MMM yyyy", NL);

    public String getal(Number getal) {
        if (getal == null) {
            return "";
        }
        BigDecimal waarde = new BigDecimal(getal.toString()).setScale(2, RoundingMode.HALF_UP);
        boolean heel = waarde.stripTrailingZeros().scale() <= 0;
        DecimalFormat formaat = new DecimalFormat(heel ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(NL));
        return formaat.format(waarde);
    }

    /** {@code +5} or {@code -670}: a verschil always shows its sign. */
    public String verschil(Number getal) {
        if (getal == null) {
            return "";
        }
        String tekst = getal(getal);
        return new BigDecimal(getal.toString()).signum() > 0 ? "+" + tekst : tekst.replace('-', '−');
    }

    public String procent(BigDecimal procent) {
        return procent == null ? "" : new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(NL))
                .format(procent.setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    public String datum(LocalDate datum) {
        return datum == null ? "" : DATUM.format(datum);
    }

    public String maand(YearMonth maand) {
        return MAAND.format(maand);
    }

    /** The text of a stand's signal: "groen (102,3%)", "geen opgave", or that no realisatie is known. */
    public String signaal(Stand stand) {
        return signaal(stand.cel());
    }

    public String signaal(Cel cel) {
        if (cel.signaal() == null) {
            return cel.opgave() == null ? "geen opgave bekend" : "geen realisatie bekend";
        }
        return cel.signaal() == Signaal.GEEN_OPGAVE ? "geen opgave (" + getal(cel.realisatie()) + " gerealiseerd)"
                : cel.signaal().naam() + " (" + procent(cel.percentage()) + ")";
    }

    public String kleur(Cel cel) {
        return cel == null || cel.signaal() == null ? Signaal.KLEUR_ONBEKEND : cel.signaal().kleur();
    }

    /** The CSS class of a cell's colour; "onbekend" when there is no signal. */
    public String klasse(Cel cel) {
        return cel == null || cel.signaal() == null ? "onbekend" : cel.signaal().klasse();
    }

    /** Achterstand or voorsprong against the schema, as the national dashboard's cards say it. */
    public String achterstand(Stand stand) {
        BigDecimal verschil = stand.verschil();
        if (verschil == null) {
            return "";
        }
        return verschil.signum() < 0 ? "achterstand " + getal(verschil.negate())
                : verschil.signum() > 0 ? "voorsprong " + getal(verschil) : "precies op schema";
    }
}
