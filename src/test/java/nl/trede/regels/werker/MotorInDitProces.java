package nl.trede.regels.werker;

import java.util.List;
import java.util.SortedMap;
import nl.trede.regels.Uitvoering;

/**
 * The worker's engine in the JVM of a benchmark: what a worker does inside, without the process, the walls and the
 * JSON there and back, to set beside a run through a worker.
 */
public final class MotorInDitProces {

    private final Motor motor = new Motor();

    public Bericht.Gecompileerd compileer(String versie, SortedMap<String, String> bestanden) {
        return motor.compileer(versie, bestanden);
    }

    public Uitvoering voerUit(String versie, List<?> feiten) {
        Resultaat resultaat = motor.voerUit(versie, 0, feiten, new Bericht.Budget(1_000_000, 20, 60_000), Motor.Toezicht.GEEN);
        return new Uitvoering(resultaat.conclusies(), resultaat.gevuurd());
    }
}
