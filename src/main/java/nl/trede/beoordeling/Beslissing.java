package nl.trede.beoordeling;

import java.time.Instant;

/**
 * One step of the officers' decision on a beoordeling, append-only: officer A decides ({@link Stap#BESLOTEN}:
 * the proposal accepted, or another trede with a reason and a motivation), officer B fixes it
 * ({@link Stap#VASTGESTELD}) or sends it back with a remark ({@link Stap#TERUGGESTUURD}). {@code versie} is
 * the beoordeling's version after this step. A decision after a vaststelling is a herziening: it names the
 * vaststelling it revises ({@code herziet}).
 */
public record Beslissing(long id, long beoordelingId, int versie, Stap stap, Integer trede, boolean afwijking,
                         String reden, String redenOmschrijving, String motivering, Long herziet, String door,
                         Instant op) {

    public enum Stap {
        BESLOTEN, TERUGGESTUURD, VASTGESTELD
    }
}
