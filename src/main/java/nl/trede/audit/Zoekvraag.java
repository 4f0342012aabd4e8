package nl.trede.audit;

import java.util.List;
import java.util.stream.Collectors;
import nl.trede.beoordeling.Beoordeling;

/** The auditor's search: one gemeente over the years, optionally narrowed to a period, trede or grondslag. */
record Zoekvraag(String gemeente, String periode, Integer trede, String grondslag) {

    private static final String KOPREGEL = "gemeente,gemeente_naam,periode,ronde,beoordeling,trede,vorige_trede,grondslag,"
            + "taakstelling,stand_begin,correcties,totaalopgave,realisatie,tijdig_gekoppeld,stand_einde,koppelingstekort_gunstig";

    boolean past(Beoordeling b) {
        return (leeg(periode) || b.periode().equals(periode.trim()))
                && (trede == null || b.trede() == trede)
                && (leeg(grondslag) || b.grondslag().name().equalsIgnoreCase(grondslag.trim()));
    }

    static String csv(List<Beoordeling> beoordelingen) {
        return beoordelingen.stream().map(b -> String.join(",", b.gemeente(), veld(b.gemeenteNaam()), b.periode(),
                        String.valueOf(b.rondeId()), String.valueOf(b.id()), String.valueOf(b.trede()),
                        String.valueOf(b.vorigeTrede()), b.grondslag().name(), String.valueOf(b.taakstelling()),
                        String.valueOf(b.standBegin()), String.valueOf(b.correcties()), String.valueOf(b.totaalopgave()),
                        String.valueOf(b.realisatie()), b.tijdigGekoppeld() == null ? "" : String.valueOf(b.tijdigGekoppeld()),
                        String.valueOf(b.standEinde()), String.valueOf(b.koppelingstekortGunstig())))
                .collect(Collectors.joining("\n", KOPREGEL + "\n", "\n"));
    }

    private static String veld(String tekst) {
        return tekst.contains(",") || tekst.contains("\"") ? "\"" + tekst.replace("\"", "\"\"") + "\"" : tekst;
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
