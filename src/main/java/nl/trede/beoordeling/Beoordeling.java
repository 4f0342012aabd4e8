package nl.trede.beoordeling;

import java.util.List;

/**
 * The stored assessment of one gemeente in one run: the engine's proposal ({@code voorgesteldeTrede})
 * with every figure of the ladder, the kader it was judged under and that kader's version (null for a
 * beoordeling from before kaders), and where the officers' decision on it stands ({@code besluit}).
 */
public record Beoordeling(long id, long rondeId, String periode, String gemeente, String gemeenteNaam, long cijfersId,
                          int voorgesteldeTrede, int vorigeTrede, VorigeTredeBron vorigeTredeBron, Grondslag grondslag,
                          int taakstelling, int standBegin, int correcties, int totaalopgave, int realisatie,
                          Integer tijdigGekoppeld, int standEinde, int ondergrens, int tredeOpTotaalopgave,
                          boolean koppelingstekortGunstig, List<String> uitleg, String kader, String kaderVersie,
                          Besluit besluit) {

    /** The same beoordeling with the ids the database gave it and its run. */
    Beoordeling alsBewaard(long nieuwId, long nieuweRonde) {
        return new Beoordeling(nieuwId, nieuweRonde, periode, gemeente, gemeenteNaam, cijfersId, voorgesteldeTrede,
                vorigeTrede, vorigeTredeBron, grondslag, taakstelling, standBegin, correcties, totaalopgave, realisatie,
                tijdigGekoppeld, standEinde, ondergrens, tredeOpTotaalopgave, koppelingstekortGunstig, uitleg, kader, kaderVersie,
                besluit);
    }

    Beoordeling met(Besluit nieuw) {
        return new Beoordeling(id, rondeId, periode, gemeente, gemeenteNaam, cijfersId, voorgesteldeTrede, vorigeTrede,
                vorigeTredeBron, grondslag, taakstelling, standBegin, correcties, totaalopgave, realisatie, tijdigGekoppeld,
                standEinde, ondergrens, tredeOpTotaalopgave, koppelingstekortGunstig, uitleg, kader, kaderVersie, nieuw);
    }
}
