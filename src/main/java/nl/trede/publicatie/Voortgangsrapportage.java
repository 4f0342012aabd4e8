package nl.trede.publicatie;

import java.util.List;

/**
 * What the template of the voortgangsrapportage may show (the Voortgangsrapportage Utrecht 2023-2): Tabel 1
 * with the previous period's row beside this one, Tabel 2 of the vastgestelde treden, how the treden and
 * grondslagen fell, the deviations from the proposals and a vooruitblik. Plain formatted values only.
 * {@code kader}: the rules that judged, for now the rule-set version (issue 12 adds kaders).
 */
record Voortgangsrapportage(String titel, String provincie, String periode, String periodeCode, String peildatum,
                            List<Tabel1Rij> tabel1, List<Tabel2Rij> tabel2, Tellingen tellingen,
                            List<Afwijking> afwijkingen, Vooruitblik vooruitblik, List<String> nietVastgesteld,
                            String kader, Voet voet) {

    record Tabel1Rij(String periode, String taakstelling, String standBegin, String totaalopgave, String realisatie,
                     String percentageTaakstelling, String percentageTotaalopgave, String standEinde) {
    }

    record Tabel2Rij(String gemeente, String code, String trede, String tredeNaam, String grondslag, boolean gunstiger) {
    }

    /**
     * The counts of paragraph 3.2, over the vastgestelde beoordelingen: per trede, the first trede above the
     * highest with none ({@code geenVanaf}, null when the top was reached), and the koppelingstekort.
     */
    record Tellingen(String gemeenten, List<Telling> perTrede, String geenVanaf, String opKoppelingstekort,
                     String opTotaalopgave, String gunstiger, boolean koppelingstekort) {
    }

    /** "13 gemeenten" on trede 1 with its name. */
    record Telling(String trede, String naam, String aantal, String gemeenten) {
    }

    record Afwijking(String gemeente, String voorgesteld, String vastgesteld, String reden, String motivering) {
    }

    record Voet(String ronde, String regelsetVersie, String sjabloon, String ketenKop, String ketenAantal,
                String opgemaakt) {
    }
}
