package nl.trede.regels.werker;

import java.io.File;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * What a rule could try once it got past the rule profile (as the unicode escapes did): run a program, read the
 * passwords, reach the database, write a file, switch off the security manager or get past it by reflection. Run by
 * {@link Inbreker} from a class loader of its own, as Drools defines a rule's classes; each attempt says whether it
 * succeeded.
 */
public final class Inbraak implements Function<String[], List<String>> {

    @Override
    public List<String> apply(String[] doelen) {
        String geheim = doelen[0];
        String bewijs = doelen[1];
        int poort = Integer.parseInt(doelen[2]);
        long ouder = Long.parseLong(doelen[3]);
        List<String> uitslag = new ArrayList<>();
        probeer(uitslag, "programma starten", () -> Runtime.getRuntime().exec(new String[] {"touch", bewijs}).waitFor());
        probeer(uitslag, "wachtwoorden lezen", () -> Files.readString(Path.of(geheim)));
        probeer(uitslag, "omgeving van de app lezen", () -> Files.readAllBytes(Path.of("/proc/" + ouder + "/environ")));
        probeer(uitslag, "database bereiken", () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", poort), 2000);
            }
            return null;
        });
        probeer(uitslag, "bestand schrijven", () -> new File(bewijs).createNewFile() ? null : null);
        probeer(uitslag, "security manager uitzetten", () -> {
            System.setSecurityManager(null);
            return null;
        });
        probeer(uitslag, "toegangscontrole omzeilen met reflectie", () -> {
            Field veld = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
            veld.setAccessible(true);
            return veld.get(null);
        });
        probeer(uitslag, "standaarduitvoer overnemen", () -> new FileOutputStream(FileDescriptor.out));
        probeer(uitslag, "de werker beëindigen", () -> {
            Runtime.getRuntime().halt(9);
            return null;
        });
        return uitslag;
    }

    private static void probeer(List<String> uitslag, String wat, Callable<Object> poging) {
        try {
            poging.call();
            uitslag.add("GELUKT " + wat);
        } catch (SecurityException e) {
            uitslag.add("GEWEIGERD " + wat + " (security manager)");
        } catch (Exception e) {
            uitslag.add("GEWEIGERD " + wat + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }
}
