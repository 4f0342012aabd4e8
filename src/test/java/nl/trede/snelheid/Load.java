package nl.trede.snelheid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The load average of the machine: every figure is reported with it, since the machine is shared. */
final class Load {

    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private Load() {
    }

    static String nu() {
        try {
            String[] delen = Files.readString(LOADAVG).trim().split("\\s+");
            return delen[0] + " " + delen[1] + " " + delen[2];
        } catch (IOException e) {
            return "onbekend";
        }
    }
}
