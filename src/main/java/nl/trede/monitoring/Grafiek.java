package nl.trede.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The small chart under a card: the indicatief schema as a line and the realisaties as dots, over
 * the time from the old opgave to the later of the new opgave and the peildatum, with its axes: the
 * number of places from 0 up, the months of the old opgave, the new opgave and the peildatum, and the
 * values where the schema starts and ends. Coordinates in SVG units of a {@value #BREEDTE} by
 * {@value #HOOGTE} viewBox; the plot lies between {@link #LINKS} and {@link #RECHTS}, {@link #BOVEN} and
 * {@link #ONDER}, with room for the labels around it.
 */
public record Grafiek(String beschrijving, String lijn, List<Punt> punten, double peilX, List<Merk> xas, List<Merk> yas,
                      List<Merk> waarden) {

    static final int BREEDTE = 320;
    static final int HOOGTE = 130;
    static final int LINKS = 46;
    static final int RECHTS = BREEDTE - 8;
    static final int BOVEN = 14;
    static final int ONDER = HOOGTE - 22;
    /** Date labels closer than this (in SVG units) would overlap: the later one is left out. */
    private static final int RUIMTE = 52;

    public record Punt(double x, double y, String titel) {
    }

    /** A label at (x, y): a date under the x axis, a number beside the y axis, a value by the line. */
    public record Merk(double x, double y, String tekst) {
    }

    /** The frame, for the page (which may not reach static fields): the viewBox and the plot's edges. */
    public String viewBox() {
        return "0 0 " + BREEDTE + " " + HOOGTE;
    }

    public int links() {
        return LINKS;
    }

    public int rechts() {
        return RECHTS;
    }

    public int boven() {
        return BOVEN;
    }

    public int onder() {
        return ONDER;
    }

    static Grafiek van(Stand stand, List<Realisatie> realisaties, Opmaak opmaak) {
        LocalDate begin = stand.oudeDatum().minusMonths(1);
        LocalDate eind = max(stand.nieuweDatum(), stand.peildatum()).plusMonths(1);
        for (Realisatie r : realisaties) {
            begin = r.peildatum().isBefore(begin) ? r.peildatum() : begin;
            eind = max(eind, r.peildatum());
        }
        double hoogste = Math.max(stand.oudeOpgave(), stand.nieuweOpgave());
        for (Realisatie r : realisaties) {
            hoogste = Math.max(hoogste, r.aantal());
        }
        Schaal schaal = new Schaal(begin, ChronoUnit.DAYS.between(begin, eind), hoogste * 1.1);
        String lijn = schaal.x(begin) + "," + schaal.y(stand.oudeOpgave()) + " "
                + schaal.x(stand.oudeDatum()) + "," + schaal.y(stand.oudeOpgave()) + " "
                + schaal.x(stand.nieuweDatum()) + "," + schaal.y(stand.nieuweOpgave()) + " "
                + schaal.x(eind) + "," + schaal.y(stand.nieuweOpgave());
        List<Punt> punten = new ArrayList<>();
        for (Realisatie r : realisaties) {
            punten.add(new Punt(schaal.x(r.peildatum()), schaal.y(r.aantal()),
                    opmaak.datum(r.peildatum()) + ": " + opmaak.getal(r.aantal()) + " gerealiseerd"));
        }
        List<Merk> xas = new ArrayList<>();
        for (LocalDate datum : List.of(stand.oudeDatum(), stand.nieuweDatum(), stand.peildatum())) {
            double x = schaal.x(datum);
            if (xas.stream().noneMatch(m -> Math.abs(m.x() - x) < RUIMTE)) {
                xas.add(new Merk(x, ONDER + 14, opmaak.maand(YearMonth.from(datum))));
            }
        }
        List<Merk> yas = List.of(new Merk(LINKS - 4, ONDER + 3, "0"),
                new Merk(LINKS - 4, schaal.y(hoogste) + 3, opmaak.getal(Math.round(hoogste))));
        List<Merk> waarden = List.of(
                new Merk(schaal.x(stand.oudeDatum()), schaal.y(stand.oudeOpgave()) - 4, opmaak.getal(stand.oudeOpgave())),
                new Merk(schaal.x(stand.nieuweDatum()), schaal.y(stand.nieuweOpgave()) - 4, opmaak.getal(stand.nieuweOpgave())));
        String beschrijving = "Indicatief schema van " + opmaak.getal(stand.oudeOpgave()) + " op " + opmaak.datum(stand.oudeDatum())
                + " naar " + opmaak.getal(stand.nieuweOpgave()) + " op " + opmaak.datum(stand.nieuweDatum())
                + ", met " + realisaties.size() + (realisaties.size() == 1 ? " realisatie" : " realisaties");
        return new Grafiek(beschrijving, lijn, punten, schaal.x(stand.peildatum()), List.copyOf(xas), yas, waarden);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private record Schaal(LocalDate begin, long dagen, double hoogste) {
        double x(LocalDate datum) {
            return Math.round((LINKS + (RECHTS - LINKS) * (double) ChronoUnit.DAYS.between(begin, datum) / dagen) * 10) / 10.0;
        }

        double y(double waarde) {
            return Math.round((ONDER - (ONDER - BOVEN) * waarde / hoogste) * 10) / 10.0;
        }
    }
}
