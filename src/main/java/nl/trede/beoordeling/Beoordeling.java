package nl.trede.beoordeling;

import java.util.List;

/** The stored assessment of one gemeente in one run, with every figure of the ladder. */
public record Beoordeling(long id, long rondeId, String periode, String gemeente, String gemeenteNaam, long cijfersId,
                          int trede, int vorigeTrede, VorigeTredeBron vorigeTredeBron, Grondslag grondslag,
                          int taakstelling, int standBegin, int correcties, int totaalopgave, int realisatie,
                          Integer tijdigGekoppeld, int standEinde, int ondergrens, int tredeOpTotaalopgave,
                          boolean koppelingstekortGunstig, List<String> uitleg) {

    /** The same beoordeling with the ids the database gave it and its run. */
    Beoordeling alsBewaard(long nieuwId, long nieuweRonde) {
        return new Beoordeling(nieuwId, nieuweRonde, periode, gemeente, gemeenteNaam, cijfersId, trede, vorigeTrede,
                vorigeTredeBron, grondslag, taakstelling, standBegin, correcties, totaalopgave, realisatie,
                tijdigGekoppeld, standEinde, ondergrens, tredeOpTotaalopgave, koppelingstekortGunstig, uitleg);
    }
}
