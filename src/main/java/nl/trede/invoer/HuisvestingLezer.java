package nl.trede.invoer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.trede.bestand.Bereik;
import nl.trede.bestand.Rij;
import nl.trede.bestand.Tabel;
import nl.trede.gemeente.Gemeente;
import nl.trede.gemeente.GemeenteCellen;
import nl.trede.gemeente.GemeenteService;
import nl.trede.kern.Periode;
import org.springframework.stereotype.Component;

/**
 * Reads a table of huisvesting figures in either layout, recognised by its header: our own (one row
 * per gemeente and period) or the COA monthly overview. Every cell is checked and every error goes to
 * the table's errors, so a user fixes a file in one go.
 */
@Component
class HuisvestingLezer {

    /** The figures read; only to be stored when the table has no errors. */
    record Ingelezen(Invoerformaat formaat, List<IngelezenCijfers> cijfers, List<IngelezenMaand> maanden) {
    }

    static final List<String> CSV_KOLOMMEN = List.of("gemeente", "periode", "taakstelling", "stand_begin",
            "correcties", "realisatie", "tijdig_gekoppeld", "vorige_trede");
    /** The others may be left out or left empty: correcties is then 0, the other two unknown. */
    private static final Set<String> CSV_VERPLICHT = Set.of("gemeente", "periode", "taakstelling", "stand_begin",
            "realisatie");
    static final Bereik TREDE = new Bereik(1, 5);
    private static final String VERWACHT_CSV = "gemeente, periode, taakstelling, stand_begin, correcties, "
            + "realisatie, tijdig_gekoppeld, vorige_trede (correcties, tijdig_gekoppeld en vorige_trede mogen "
            + "ontbreken of leeg zijn), of de kolommen van het maandoverzicht van COA (gemeente, stand_JJJJ_01_01, "
            + "taakstelling_JJJJ_1, ...)";

    private final GemeenteService gemeenten;
    private final MaandoverzichtLezer maandoverzichten;

    HuisvestingLezer(GemeenteService gemeenten, MaandoverzichtLezer maandoverzichten) {
        this.gemeenten = gemeenten;
        this.maandoverzichten = maandoverzichten;
    }

    Ingelezen lees(Tabel tabel) {
        if (tabel.kopregel().isEmpty()) {
            return new Ingelezen(null, List.of(), List.of());
        }
        if (MaandoverzichtLezer.jaar(tabel).isPresent()) {
            return maandoverzichten.lees(tabel).map(HuisvestingLezer::perPeriode)
                    .orElse(new Ingelezen(Invoerformaat.COA_MAANDOVERZICHT, List.of(), List.of()));
        }
        if (!tabel.controleerKop(CSV_KOLOMMEN, CSV_VERPLICHT, false, VERWACHT_CSV)) {
            return new Ingelezen(Invoerformaat.CSV, List.of(), List.of());
        }
        if (tabel.rijen().isEmpty()) {
            tabel.fouten().voegToe(tabel.kopregel().get(), null, "Het bestand bevat alleen een kopregel; er staan geen "
                    + "cijfers in");
        }
        GemeenteCellen gemeenteCellen = new GemeenteCellen(gemeenten);
        List<IngelezenCijfers> cijfers = new ArrayList<>();
        for (Rij rij : tabel.rijen()) {
            rij(rij, gemeenteCellen).ifPresent(cijfers::add);
        }
        return new Ingelezen(Invoerformaat.CSV, cijfers, List.of());
    }

    /** Our layout: one row per gemeente and period. */
    private static Optional<IngelezenCijfers> rij(Rij c, GemeenteCellen gemeenteCellen) {
        Gemeente gemeente = gemeenteCellen.gemeente(c, "gemeente");
        Periode periode = c.waarde("periode", Periode::lees, tekst -> "'" + tekst + "' is geen periode; schrijf het "
                + "jaar en de helft, zoals 2024-1 (eerste helft) of 2024-2 (tweede helft)");
        Integer taakstelling = c.geheel("taakstelling", Bereik.AANTAL);
        Integer standBegin = c.geheel("stand_begin", Bereik.SALDO);
        Integer correcties = c.geheelOfLeeg("correcties", Bereik.SALDO);
        Integer realisatie = c.geheel("realisatie", Bereik.AANTAL);
        Integer tijdigGekoppeld = c.geheelOfLeeg("tijdig_gekoppeld", Bereik.AANTAL);
        Integer vorigeTrede = c.geheelOfLeeg("vorige_trede", TREDE);
        boolean eerste = gemeente == null || periode == null || gemeenteCellen.eerste(c, "gemeente", gemeente,
                "voor periode " + periode);
        if (!eerste || c.foutGevonden()) {
            return Optional.empty();
        }
        return Optional.of(new IngelezenCijfers(c.nummer(), gemeente.code(), periode, taakstelling, standBegin,
                correcties == null ? 0 : correcties, realisatie, tijdigGekoppeld, vorigeTrede));
    }

    /**
     * The overview of year Y as figures per period: Y-1 from the stand on 1 January, its taakstelling
     * and realisatie; Y-2 from the stand on 1 July, its taakstelling, the correcties and the realisatie
     * so far; and the realisatie of every month that was filled in.
     */
    private static Ingelezen perPeriode(Maandoverzicht overzicht) {
        List<IngelezenCijfers> cijfers = new ArrayList<>();
        List<IngelezenMaand> maanden = new ArrayList<>();
        int jaar = overzicht.jaar();
        for (Maandoverzicht.Regel r : overzicht.regels()) {
            cijfers.add(new IngelezenCijfers(r.rij(), r.gemeente(), new Periode(jaar, 1), r.taakstelling1(),
                    r.standJanuari(), 0, r.realisatie1(), null, null));
            cijfers.add(new IngelezenCijfers(r.rij(), r.gemeente(), new Periode(jaar, 2), r.taakstelling2(),
                    r.standJuli(), r.correcties(), r.realisatieTot(), null, null));
            for (int i = 0; i < r.perMaand().size(); i++) {
                if (r.perMaand().get(i) != null) {
                    maanden.add(new IngelezenMaand(r.gemeente(), LocalDate.of(jaar, 7 + i, 1), r.perMaand().get(i)));
                }
            }
        }
        return new Ingelezen(Invoerformaat.COA_MAANDOVERZICHT, cijfers, maanden);
    }
}
