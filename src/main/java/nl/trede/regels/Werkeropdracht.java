package nl.trede.regels;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.trede.regels.werker.Werker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a worker process is started: the same JVM and class path as the app (the app's own classes are the facts), a
 * heap of its own, an empty environment, the root folder as working folder, and around it what the operating system
 * offers. Running as root, the worker gets a network namespace of its own (no network at all) and another user
 * ({@code trede.regels.werker.gebruiker}, by default nobody), who cannot read the data folder or the app's process;
 * class path entries that user cannot read are linked into a folder of their own first. Not root, it gets a user and
 * network namespace where the kernel allows one. Each of these is tried once, strongest first; what holds is logged and
 * shown on the rules page.
 */
final class Werkeropdracht {

    private static final Logger LOG = LoggerFactory.getLogger(Werkeropdracht.class);
    private static final String HOOFDKLASSE = Werker.class.getName();

    /** One way to wrap the java command, from the strongest. */
    record Omhulling(String naam, List<String> voorvoegsel, boolean andereGebruiker) {
    }

    private final WerkerProperties instellingen;
    private final List<String> eigenKlassenpad;
    private List<String> klassenpad;
    private Path gekoppeld;

    Werkeropdracht(WerkerProperties instellingen) {
        this.instellingen = instellingen;
        this.eigenKlassenpad = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(d -> !d.isBlank()).map(d -> Path.of(d).toAbsolutePath().normalize().toString()).toList();
    }

    /**
     * The app's class path for a worker. Started as {@code java -jar} on the packed jar, the libraries are jars inside a
     * jar, which a JVM reads slowly through Spring Boot's loader (a worker started in tens of seconds): the jar is
     * unpacked once, as {@code src/main/sh/startklaar.sh} does for production, into a folder of trede's own that only
     * this user may write to, and workers run from there.
     */
    private synchronized List<String> klassenpad() {
        if (klassenpad == null) {
            klassenpad = eigenKlassenpad.size() == 1 && isSpringBootJar(Path.of(eigenKlassenpad.get(0)))
                    ? List.of(uitgepakt(Path.of(eigenKlassenpad.get(0))).toString()) : eigenKlassenpad;
        }
        return klassenpad;
    }

    private Path uitgepakt(Path jar) {
        try {
            String sleutel = nl.trede.kern.Sha256.hex(jar + "\n" + Files.size(jar) + "\n" + Files.getLastModifiedTime(jar).toMillis())
                    .substring(0, 16);
            Path map = Path.of(System.getProperty("java.io.tmpdir"), "trede-werker-jar-" + sleutel);
            Path uitgepakt = map.resolve("trede.jar");
            if (Files.isRegularFile(uitgepakt) && vanTrede(map)) {
                return uitgepakt;
            }
            Path bezig = Files.createTempDirectory("trede-werker-uitpakken-");
            Process uitpakken = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                    bezig.resolve("jar").toString(), "--application-filename", "trede.jar")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!uitpakken.waitFor(5, java.util.concurrent.TimeUnit.MINUTES) || uitpakken.exitValue() != 0) {
                uitpakken.destroyForcibly();
                throw new IOException("uitpakken van " + jar + " lukte niet");
            }
            try (Stream<Path> alles = Files.walk(bezig)) {
                for (Path p : alles.toList()) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            try {
                Files.move(bezig.resolve("jar"), map, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                // Another instance unpacked the same jar at the same time.
                if (!vanTrede(map)) {
                    throw new IOException(map + " bestaat al en is niet van trede");
                }
            } finally {
                verwijder(bezig);
            }
            LOG.info("De jar is voor de werkers uitgepakt in {}", map);
            return uitgepakt;
        } catch (IOException e) {
            throw new UncheckedIOException("De jar kon niet worden uitgepakt voor de werkers: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Onderbroken tijdens het uitpakken van de jar", e);
        }
    }

    /** A folder trede may run workers from: this user's, and nobody else may write in it. */
    private static boolean vanTrede(Path map) throws IOException {
        if (!Files.getOwner(map, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))) {
            return false;
        }
        Set<PosixFilePermission> rechten = Files.getPosixFilePermissions(map, LinkOption.NOFOLLOW_LINKS);
        return !rechten.contains(PosixFilePermission.GROUP_WRITE) && !rechten.contains(PosixFilePermission.OTHERS_WRITE);
    }

    /** The wrappings to try, strongest first; the last one always works. */
    List<Omhulling> omhullingen() {
        List<Omhulling> lijst = new ArrayList<>();
        if (isRoot() && instellingen.afschermen()) {
            String uid = String.valueOf(instellingen.gebruiker());
            lijst.add(new Omhulling("eigen netwerknaamruimte, gebruiker " + instellingen.gebruiker(), List.of("unshare", "--net", "--",
                    "setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--no-new-privs", "--"), true));
            lijst.add(new Omhulling("gebruiker " + instellingen.gebruiker(), List.of("setpriv", "--reuid=" + uid, "--regid=" + uid,
                    "--clear-groups", "--no-new-privs", "--"), true));
        } else if (instellingen.afschermen()) {
            lijst.add(new Omhulling("eigen gebruikers- en netwerknaamruimte", List.of("unshare", "--user", "--net", "--"), false));
        }
        lijst.add(new Omhulling("geen", List.of(), false));
        return lijst;
    }

    /** Whether {@code java -version} starts under this wrapping, within ten seconds. */
    boolean werkt(Omhulling omhulling) {
        List<String> proef = new ArrayList<>(omhulling.voorvoegsel());
        proef.add(java());
        proef.add("-version");
        try {
            Process proces = new ProcessBuilder(proef).directory(new File("/")).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!proces.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                proces.destroyForcibly();
                return false;
            }
            return proces.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The command for one worker under {@code omhulling}. */
    List<String> commando(Omhulling omhulling) {
        List<String> commando = new ArrayList<>(omhulling.voorvoegsel());
        commando.add(java());
        commando.add("-Xmx" + instellingen.geheugen());
        commando.add("-Xss1m");
        commando.add("-XX:+UseSerialGC");
        // C1 only: a worker starts with a third less processor time (three JVMs start together on two cores), and a run of
        // 342 through the worker took as long either way (meet-ronde.sh, 8 December 2026: 179 ms and 181 ms median).
        commando.add("-XX:TieredStopAtLevel=1");
        commando.add("-XX:-UsePerfData");
        commando.add("-XX:+DisableAttachMechanism");
        commando.add("-Djava.security.manager=allow");
        commando.add("-Dfile.encoding=UTF-8");
        commando.add("-Djava.awt.headless=true");
        commando.addAll(instellingen.jvmOpties());
        String pad = String.join(File.pathSeparator, omhulling.andereGebruiker() ? leesbaarVoorAnderen() : klassenpad());
        commando.add("-cp");
        commando.add(pad);
        commando.add(HOOFDKLASSE);
        return commando;
    }

    /**
     * The class path as another user can read it: entries in folders that user cannot enter (the Maven repository under
     * /root when run from Maven) are hard-linked, or copied, into a folder of trede's own that only root may write to.
     */
    private synchronized List<String> leesbaarVoorAnderen() {
        List<String> klassenpad = klassenpad();
        if (klassenpad.stream().allMatch(Werkeropdracht::leesbaarVoorIedereen)) {
            return klassenpad;
        }
        try {
            if (gekoppeld == null) {
                gekoppeld = Files.createTempDirectory("trede-werker-");
                Files.setPosixFilePermissions(gekoppeld, PosixFilePermissions.fromString("rwxr-xr-x"));
                Path map = gekoppeld;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> verwijder(map)));
            }
            List<String> pad = new ArrayList<>();
            for (int i = 0; i < klassenpad.size(); i++) {
                Path bron = Path.of(klassenpad.get(i));
                if (leesbaarVoorIedereen(bron.toString()) || !Files.exists(bron)) {
                    pad.add(bron.toString());
                    continue;
                }
                // In a folder of its own under its own name: a jar's index (META-INF/INDEX.LIST) names the jar itself.
                Path doel = gekoppeld.resolve(String.valueOf(i)).resolve(bron.getFileName());
                if (!Files.exists(doel, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(doel.getParent());
                    Files.setPosixFilePermissions(doel.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
                    koppel(bron, doel);
                }
                pad.add(doel.toString());
            }
            return pad;
        } catch (IOException e) {
            throw new UncheckedIOException("De klassen voor de werker konden niet worden klaargezet in " + gekoppeld, e);
        }
    }

    private static void koppel(Path bron, Path doel) throws IOException {
        if (Files.isDirectory(bron)) {
            Files.walkFileTree(bron, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path map, BasicFileAttributes a) throws IOException {
                    Path nieuw = doel.resolve(bron.relativize(map).toString());
                    Files.createDirectories(nieuw);
                    Files.setPosixFilePermissions(nieuw, PosixFilePermissions.fromString("rwxr-xr-x"));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path bestand, BasicFileAttributes a) throws IOException {
                    kopieer(bestand, doel.resolve(bron.relativize(bestand).toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } else {
            kopieer(bron, doel);
        }
    }

    private static void kopieer(Path bron, Path doel) throws IOException {
        try {
            Files.createLink(doel, bron);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(bron, doel, StandardCopyOption.COPY_ATTRIBUTES);
        }
        if (!Files.getPosixFilePermissions(doel).contains(PosixFilePermission.OTHERS_READ)) {
            // A hard link shares the file: only a copy may get other permissions.
            Files.delete(doel);
            Files.copy(bron, doel);
            Files.setPosixFilePermissions(doel, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Whether a user of no group of the file's owner can read it: every folder above it enterable, the file readable. */
    static boolean leesbaarVoorIedereen(String pad) {
        try {
            Path p = Path.of(pad).toAbsolutePath();
            Set<PosixFilePermission> eigen = Files.getPosixFilePermissions(p);
            if (!eigen.contains(PosixFilePermission.OTHERS_READ)
                    || Files.isDirectory(p) && !eigen.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
            for (Path map = p.getParent(); map != null; map = map.getParent()) {
                if (!Files.getPosixFilePermissions(map).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> alles = Files.walk(p)) {
                    return alles.allMatch(d -> leesbaar(d));
                }
            }
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean leesbaar(Path p) {
        try {
            Set<PosixFilePermission> r = Files.getPosixFilePermissions(p);
            return r.contains(PosixFilePermission.OTHERS_READ) && (!Files.isDirectory(p) || r.contains(PosixFilePermission.OTHERS_EXECUTE));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isSpringBootJar(Path jar) {
        if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile bestand = new JarFile(jar.toFile())) {
            return bestand.getManifest() != null && bestand.getManifest().getMainAttributes().getValue("Spring-Boot-Classes") != null;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void verwijder(Path map) {
        try (Stream<Path> alles = Files.walk(map)) {
            alles.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Kon {} niet opruimen", map, e);
        }
    }
}
