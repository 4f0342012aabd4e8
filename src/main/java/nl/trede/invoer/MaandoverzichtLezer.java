package nl.trede.invoer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.trede.bestand.Bereik;
import nl.trede.bestand.Namen;
import nl.trede.bestand.Rij;
import nl.trede.bestand.Tabel;
import nl.trede.gemeente.Gemeente;
import nl.trede.gemeente.GemeenteCellen;
import nl.trede.gemeente.GemeenteService;
import nl.trede.kern.Periode;
import org.springframework.stereotype.Component;

/**
 * The one reader of the COA monthly overview of year Y, for the huisvesting figures per period
 * ({@code invoer}) and the monthly realisaties ({@code monitoring}). Every sum the overview prints is
 * checked, so a typing error shows up at its cell; every count has its bounds.
 */
@Component
class MaandoverzichtLezer {

    private static final Pattern STAND_JANUARI = Pattern.compile("stand(\\d{4})0101");
    private static final String GEMEENTE = "gemeente";
    private static final String CORRECTIES = "correcties";

    private final GemeenteService gemeenten;

    MaandoverzichtLezer(GemeenteService gemeenten) {
        this.gemeenten = gemeenten;
    }

    /** The year of the overview when the header has its column {@code stand_JJJJ_01_01}. */
    static Optional<Integer> jaar(Tabel tabel) {
        return tabel.kop().stream().map(k -> STAND_JANUARI.matcher(Namen.sleutel(k)))
                .filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1))).findFirst();
    }

    /** The overview, or empty with the errors added to the table's. */
    Optional<Maandoverzicht> lees(Tabel tabel) {
        Optional<Integer> gelezenJaar = jaar(tabel);
        if (gelezenJaar.isEmpty()) {
            tabel.fouten().voegToe(tabel.kopregel().orElse(1), null, "De kopregel heeft geen kolom stand_JJJJ_01_01 "
                    + "en is dus geen maandoverzicht van COA. Verwacht worden de kolommen " + Kolommen.verwacht(null) + ".");
            return Optional.empty();
        }
        Kolommen k = new Kolommen(gelezenJaar.get());
        long voor = tabel.fouten().aantal();
        if (Periode.lees(k.jaar + "-1").isEmpty()) {
            tabel.fouten().voegToe(tabel.kopregel().orElse(1), k.standJanuari, "Het jaar " + k.jaar + " in '"
                    + k.standJanuari + "' is geen jaar waarvoor cijfers kunnen worden ingevoerd");
        }
        tabel.controleerKop(k.alle, k.alle, false, Kolommen.verwacht(k));
        if (tabel.fouten().aantal() > voor) {
            return Optional.empty();
        }
        if (tabel.rijen().isEmpty()) {
            tabel.fouten().voegToe(tabel.kopregel().orElse(1), null, "Het bestand bevat alleen een kopregel; er staan "
                    + "geen cijfers in");
            return Optional.empty();
        }
        GemeenteCellen gemeenteCellen = new GemeenteCellen(gemeenten);
        List<Maandoverzicht.Regel> regels = new ArrayList<>();
        for (Rij rij : tabel.rijen()) {
            regel(rij, k, gemeenteCellen).ifPresent(regels::add);
        }
        return tabel.fouten().aantal() > voor ? Optional.empty() : Optional.of(new Maandoverzicht(k.jaar, regels));
    }

    private static Optional<Maandoverzicht.Regel> regel(Rij c, Kolommen k, GemeenteCellen gemeenteCellen) {
        Gemeente gemeente = gemeenteCellen.gemeente(c, GEMEENTE);
        Integer b1 = c.geheel(k.standJanuari, Bereik.SALDO);
        Integer t1 = c.geheel(k.taakstelling1, Bereik.AANTAL);
        Integer r1 = c.geheel(k.realisatie1, Bereik.AANTAL);
        Integer b2 = c.geheel(k.standJuli, Bereik.SALDO);
        Integer t2 = c.geheel(k.taakstelling2, Bereik.AANTAL);
        Integer c2 = c.geheelOfLeeg(CORRECTIES, Bereik.SALDO);
        Integer o2 = c.geheel(k.totaal2, Bereik.SALDO);
        // A month still to come may be left empty ("as far as known"); it then counts as 0.
        List<Integer> perMaand = k.maanden.stream().map(m -> c.geheelOfLeeg(m, Bereik.AANTAL)).toList();
        Integer r2 = c.geheel(k.realisatieTot, Bereik.AANTAL);
        Integer av = c.geheel(k.achterVoor, Bereik.SALDO);
        if (c.foutGevonden()) {
            return Optional.empty();
        }
        int correcties = c2 == null ? 0 : c2;
        // Each term is within a million, so no sum overflows; addExact says so if that ever changes.
        int somMaanden = perMaand.stream().mapToInt(m -> m == null ? 0 : m).reduce(0, Math::addExact);
        klopt(c, k.standJuli, b2, Math.subtractExact(Math.addExact(b1, t1), r1),
                k.standJanuari + " + " + k.taakstelling1 + " - " + k.realisatie1, b1 + " + " + t1 + " - " + r1);
        klopt(c, k.totaal2, o2, Math.addExact(Math.addExact(b2, t2), correcties),
                k.standJuli + " + " + k.taakstelling2 + " + " + CORRECTIES, b2 + " + " + t2 + " + " + correcties);
        klopt(c, k.realisatieTot, r2, somMaanden, "de som van " + k.maanden.get(0) + " tot en met " + k.maanden.get(5),
                String.join(" + ", perMaand.stream().map(m -> m == null ? "0" : m.toString()).toList()));
        klopt(c, k.achterVoor, av, Math.subtractExact(o2, r2), k.totaal2 + " - " + k.realisatieTot, o2 + " - " + r2);
        if (gemeente == null || !gemeenteCellen.eerste(c, GEMEENTE, gemeente, "") || c.foutGevonden()) {
            return Optional.empty();
        }
        return Optional.of(new Maandoverzicht.Regel(c.nummer(), gemeente.code(), b1, t1, r1, b2, t2, correcties, o2,
                perMaand, r2, av));
    }

    /** Checks one sum the overview prints, naming the cell that does not match. */
    private static void klopt(Rij c, String kolom, int gelezen, int berekend, String formule, String getallen) {
        if (gelezen != berekend) {
            c.fout(kolom, kolom + " is " + gelezen + ", maar " + formule + " = " + getallen + " = " + berekend
                    + ". Controleer deze rij tegen het overzicht van COA.");
        }
    }

    /** The column names of the overview of one year. */
    static final class Kolommen {
        final int jaar;
        final String standJanuari;
        final String taakstelling1;
        final String realisatie1;
        final String standJuli;
        final String taakstelling2;
        final String totaal2;
        final List<String> maanden;
        final String realisatieTot;
        final String achterVoor;
        final List<String> alle;

        Kolommen(int jaar) {
            this.jaar = jaar;
            standJanuari = "stand_" + jaar + "_01_01";
            taakstelling1 = "taakstelling_" + jaar + "_1";
            realisatie1 = "realisatie_" + jaar + "_1";
            standJuli = "stand_" + jaar + "_07_01";
            taakstelling2 = "taakstelling_" + jaar + "_2";
            totaal2 = "totaal_" + jaar + "_2";
            maanden = IntStream.rangeClosed(7, 12).mapToObj(m -> "realisatie_" + jaar + String.format("_%02d", m)).toList();
            realisatieTot = "realisatie_tot_" + (jaar + 1) + "_01_01";
            achterVoor = "achter_voor_" + (jaar + 1) + "_01_01";
            List<String> kolommen = new ArrayList<>(List.of(GEMEENTE, standJanuari, taakstelling1, realisatie1, standJuli,
                    taakstelling2, CORRECTIES, totaal2));
            kolommen.addAll(maanden);
            kolommen.addAll(List.of(realisatieTot, achterVoor));
            alle = List.copyOf(kolommen);
        }

        /** For the messages; without a year, the pattern of the names. */
        static String verwacht(Kolommen k) {
            return k == null ? "van het maandoverzicht van COA (gemeente, stand_JJJJ_01_01, taakstelling_JJJJ_1, ...)"
                    : "van het maandoverzicht van COA voor " + k.jaar + ": " + String.join(", ", k.alle);
        }
    }
}
