package nl.trede.publicatie;

import java.util.List;
import nl.trede.invoer.Periodecijfers;
import nl.trede.kern.Periode;
import nl.trede.regels.RegelTekst;

/**
 * The next period, when its figures are in: its taakstelling plus the achterstand (or minus the voorsprong) as
 * imported for it makes its totaalopgave. The stand is the imported one, not this period's computed stand
 * einde: the two may differ (Voortgangsrapportage Utrecht 2023-2: 570 at the end of 2023-2, 574 carried into 2024-1).
 */
record Vooruitblik(String periode, String taakstelling, String standBegin, String achterstand, String totaalopgave) {

    static Vooruitblik van(Periode periode, List<Periodecijfers> cijfers) {
        int taakstelling = cijfers.stream().mapToInt(Periodecijfers::taakstelling).reduce(0, Math::addExact);
        int stand = cijfers.stream().mapToInt(Periodecijfers::standBegin).reduce(0, Math::addExact);
        int correcties = cijfers.stream().mapToInt(Periodecijfers::correcties).reduce(0, Math::addExact);
        return new Vooruitblik(periode.omschrijving(), Integer.toString(taakstelling), RegelTekst.stand(stand),
                Integer.toString(stand), Integer.toString(Math.addExact(Math.addExact(stand, taakstelling), correcties)));
    }
}
