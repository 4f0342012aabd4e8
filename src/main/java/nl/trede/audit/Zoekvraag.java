package nl.trede.audit;

import java.util.Arrays;
import java.util.List;
import nl.trede.bestand.CsvSchrijver;
import nl.trede.beoordeling.Beoordeling;

/**
 * The auditor's search over one gemeente's years, optionally narrowed to a period, a trede (the
 * vastgestelde one, or the proposal while it is not vastgesteld) or a grondslag.
 */
record Zoekvraag(String periode, Integer trede, String grondslag) {

    private static final List<String> KOPREGEL = List.of("gemeente", "gemeente_naam", "periode", "ronde", "beoordeling",
            "status", "voorgestelde_trede", "vastgestelde_trede", "afwijking", "reden", "vorige_trede", "grondslag",
            "taakstelling", "stand_begin", "correcties", "totaalopgave", "realisatie", "tijdig_gekoppeld", "stand_einde",
            "koppelingstekort_gunstig");

    boolean past(Beoordeling b) {
        return (leeg(periode) || b.periode().equals(periode.trim()))
                && (trede == null || geldend(b) == trede)
                && (leeg(grondslag) || b.grondslag().name().equalsIgnoreCase(grondslag.trim()));
    }

    private static int geldend(Beoordeling b) {
        return b.besluit().vastgesteldeTrede() != null ? b.besluit().vastgesteldeTrede() : b.voorgesteldeTrede();
    }

    static String csv(List<Beoordeling> beoordelingen) {
        return CsvSchrijver.schrijf(KOPREGEL, beoordelingen.stream().map(b -> Arrays.<Object>asList(b.gemeente(),
                b.gemeenteNaam(), b.periode(), b.rondeId(), b.id(), b.besluit().status().name(), b.voorgesteldeTrede(),
                b.besluit().vastgesteldeTrede(), b.besluit().vastgesteldeTrede() != null && b.besluit().afwijking(),
                b.besluit().reden(), b.vorigeTrede(), b.grondslag().name(), b.taakstelling(), b.standBegin(), b.correcties(),
                b.totaalopgave(), b.realisatie(), b.tijdigGekoppeld(), b.standEinde(), b.koppelingstekortGunstig())).toList());
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
