package nl.trede.monitoring;

import java.time.LocalDate;

/**
 * What an area had realised on a peildatum. For asiel the parts regulier, noodopvang and TGO all
 * count in {@code aantal} (the national dashboard (Opvang, Asiel, Huisvesting vergunninghouders, Opvang AMV, Opvang Oekraïne, Nidos AMV)); they are null where the source does not split.
 */
record Realisatie(OpgaveSoort soort, String gebied, LocalDate peildatum, int aantal, Integer regulier,
                  Integer noodopvang, Integer tgo, String bron) {
}
