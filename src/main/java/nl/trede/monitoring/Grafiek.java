package nl.trede.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The small chart under a card: the indicatief schema as a line and the realisaties as dots, over
 * the time from the old opgave to the later of the new opgave and the peildatum. Coordinates in SVG
 * units of a {@value #BREEDTE} by {@value #HOOGTE} viewBox.
 */
public record Grafiek(String beschrijving, String lijn, List<Punt> punten, double peilX) {

    static final int BREEDTE = 300;
    static final int HOOGTE = 100;
    private static final int LINKS = 4;
    private static final int BOVEN = 6;

    public record Punt(double x, double y, String titel) {
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
        String beschrijving = "Indicatief schema van " + opmaak.getal(stand.oudeOpgave()) + " op " + opmaak.datum(stand.oudeDatum())
                + " naar " + opmaak.getal(stand.nieuweOpgave()) + " op " + opmaak.datum(stand.nieuweDatum())
                + ", met " + realisaties.size() + " realisaties";
        return new Grafiek(beschrijving, lijn, punten, schaal.x(stand.peildatum()));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private record Schaal(LocalDate begin, long dagen, double hoogste) {
        double x(LocalDate datum) {
            return Math.round((LINKS + (BREEDTE - 2.0 * LINKS) * ChronoUnit.DAYS.between(begin, datum) / dagen) * 10) / 10.0;
        }

        double y(double waarde) {
            return Math.round((HOOGTE - (HOOGTE - BOVEN) * waarde / hoogste) * 10) / 10.0;
        }
    }
}
