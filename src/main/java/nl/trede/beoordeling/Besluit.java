package nl.trede.beoordeling;

import java.time.Instant;
import java.util.List;

/**
 * Where the decision on a beoordeling stands, derived from its steps in order. {@code versie} counts
 * the steps: an action names the versie it saw. While a herziening waits for B, the earlier
 * vaststelling still counts ({@code vastgesteldeTrede}).
 *
 * @param besloteneTrede the trede officer A decided, while it waits for B (null otherwise)
 * @param afwijking the decision that waits or counts differs from the engine's proposal
 * @param opmerking the remark with which B last sent a decision back, while A has not decided again
 */
public record Besluit(Besluitstatus status, int versie, Integer besloteneTrede, Integer vastgesteldeTrede, boolean afwijking,
                      String reden, String redenOmschrijving, String motivering, String beslotenDoor, Instant beslotenOp,
                      String vastgesteldDoor, Instant vastgesteldOp, String opmerking, boolean herziening,
                      List<Beslissing> stappen) {

    static final Besluit NIEUW = new Besluit(Besluitstatus.VOORGESTELD, 0, null, null, false, null, null, null, null, null,
            null, null, null, false, List.of());

    /** Folds the steps, oldest first, into the state they leave. */
    static Besluit van(List<Beslissing> stappen) {
        Besluit stand = NIEUW;
        Beslissing besloten = null;
        Beslissing vastgesteld = null;
        String opmerking = null;
        for (Beslissing stap : stappen) {
            switch (stap.stap()) {
                case BESLOTEN -> {
                    besloten = stap;
                    opmerking = null;
                }
                case TERUGGESTUURD -> {
                    besloten = null;
                    opmerking = stap.motivering();
                }
                case VASTGESTELD -> {
                    vastgesteld = stap;
                    besloten = null;
                    opmerking = null;
                }
            }
        }
        Beslissing telt = besloten != null ? besloten : vastgesteld == null ? null : beslotenVoor(stappen, vastgesteld);
        Besluitstatus status = besloten != null ? Besluitstatus.TER_VASTSTELLING
                : vastgesteld != null ? Besluitstatus.VASTGESTELD : Besluitstatus.VOORGESTELD;
        return new Besluit(status, stappen.size(), besloten == null ? null : besloten.trede(),
                vastgesteld == null ? null : vastgesteld.trede(), telt != null && telt.afwijking(),
                telt == null ? null : telt.reden(), telt == null ? null : telt.redenOmschrijving(),
                telt == null ? null : telt.motivering(), telt == null ? null : telt.door(), telt == null ? null : telt.op(),
                vastgesteld == null ? null : vastgesteld.door(), vastgesteld == null ? null : vastgesteld.op(), opmerking,
                besloten != null && besloten.herziet() != null, List.copyOf(stappen));
    }

    /** The decision a vaststelling fixed: the last BESLOTEN step before it. */
    private static Beslissing beslotenVoor(List<Beslissing> stappen, Beslissing vaststelling) {
        Beslissing besloten = null;
        for (Beslissing stap : stappen) {
            if (stap.versie() >= vaststelling.versie()) {
                break;
            }
            if (stap.stap() == Beslissing.Stap.BESLOTEN) {
                besloten = stap;
            }
        }
        return besloten;
    }

    /** The last step, if any: who changed the beoordeling last and when. */
    Beslissing laatsteStap() {
        return stappen.isEmpty() ? null : stappen.get(stappen.size() - 1);
    }
}
