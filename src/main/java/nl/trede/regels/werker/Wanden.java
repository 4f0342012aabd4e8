package nl.trede.regels.werker;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** The walls a worker puts up around itself once it has loaded what it needs. */
final class Wanden {

    private Wanden() {
    }

    /**
     * Installs the {@link Zandbak}; false when this JVM has no security manager any more (Java 24 and later, or started
     * with {@code -Djava.security.manager=disallow}): then only the walls outside the JVM hold.
     */
    @SuppressWarnings("removal")
    static boolean sluit() {
        Set<ClassLoader> vertrouwd = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ClassLoader l = Werker.class.getClassLoader(); l != null; l = l.getParent()) {
            vertrouwd.add(l);
        }
        for (ClassLoader l = ClassLoader.getSystemClassLoader(); l != null; l = l.getParent()) {
            vertrouwd.add(l);
        }
        try {
            System.setSecurityManager(new Zandbak(leesbaar(), vertrouwd));
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** The JDK and the class path (with what jars on it name in their manifests), and the random sources. */
    static List<Path> leesbaar() {
        Set<Path> paden = new LinkedHashSet<>();
        paden.add(Path.of(System.getProperty("java.home")));
        for (String deel : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!deel.isBlank()) {
                metManifest(Path.of(deel).toAbsolutePath().normalize(), paden);
            }
        }
        paden.add(Path.of("/dev/random"));
        paden.add(Path.of("/dev/urandom"));
        return new ArrayList<>(paden);
    }

    private static void metManifest(Path pad, Set<Path> paden) {
        if (!paden.add(pad) || !Files.isRegularFile(pad) || !pad.toString().endsWith(".jar")) {
            return;
        }
        try (JarFile jar = new JarFile(pad.toFile())) {
            Manifest manifest = jar.getManifest();
            String klassenpad = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (klassenpad == null) {
                return;
            }
            for (String deel : klassenpad.trim().split("\\s+")) {
                Path verwezen = deel.startsWith("file:") ? Path.of(URI.create(deel)) : pad.getParent().resolve(deel);
                metManifest(verwezen.toAbsolutePath().normalize(), paden);
            }
        } catch (IOException | IllegalArgumentException e) {
            // A jar the JVM could not read either adds nothing to read.
        }
    }

    /** This process's user id, read from the kernel before the walls go up; -1 where there is no /proc. */
    static int uid() {
        try {
            for (String regel : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (regel.startsWith("Uid:")) {
                    return Integer.parseInt(regel.substring(4).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
