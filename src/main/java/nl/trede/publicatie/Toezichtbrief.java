package nl.trede.publicatie;

import java.util.List;

/**
 * What the template of the toezichtbrief may show: plain values, already formatted, nothing that can be
 * called. {@code kader} names the rules that judged the gemeente: for now the ronde's rule-set version,
 * until beoordelingen record their kader and its version (issue 12).
 */
record Toezichtbrief(String titel, String provincie, String gemeente, String gemeenteCode, String geadresseerde,
                     String periode, String periodeCode, String peildatum, String datum, String kenmerk, Cijfers cijfers,
                     Oordeel oordeel, List<String> uitleg, Motivering motivering, List<String> watAls,
                     Vooruitblik vooruitblik, String kader, Voet voet) {

    /** The figures of the period; a stand with its meaning ("achterstand 42", "voorsprong 3"). */
    record Cijfers(String taakstelling, String standBegin, String correcties, String totaalopgave, String realisatie,
                   String standEinde, String tijdigGekoppeld, String ondergrens) {
    }

    /**
     * The judgement: on what ({@code opKoppelingstekort}), the vastgestelde trede with its name, where it came
     * from, and whether the officers deviated from the rules' proposal.
     */
    record Oordeel(boolean opKoppelingstekort, String grondslag, String trede, String tredeNaam, String vorigeTrede,
                   String vorigeTredeNaam, boolean omhoog, boolean omlaag, String voorgesteldeTrede,
                   String voorgesteldeTredeNaam, boolean afgeweken, boolean gunstiger, String tredeOpTotaalopgave) {
    }

    /** The officers' words: reason and motivation of a deviation, and the decision a herziening revises. */
    record Motivering(String reden, String tekst, String herziening, String beslotenDoor, String vastgesteldDoor,
                      String vastgesteldOp) {
    }

    /** What leads a printed letter back to its receipts. */
    record Voet(String beoordelingBewijs, String vaststellingBewijs, String regelsetVersie, String sjabloon,
                String ketenKop, String ketenAantal, String opgemaakt) {
    }
}
