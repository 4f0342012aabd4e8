package nl.trede.regels.werker;

import java.io.File;
import java.io.FilePermission;
import java.net.SocketPermission;
import java.net.URLPermission;
import java.nio.file.Path;
import java.security.AccessController;
import java.security.AllPermission;
import java.security.Permission;
import java.util.List;
import java.util.Set;
import java.util.PropertyPermission;

/**
 * The worker's security manager (Java 17 still has one): the wall inside the JVM, behind the walls outside it (a
 * process of its own without the database's passwords, another OS user, no network). It does not read protection
 * domains: Drools defines a rule's classes in the protection domain of its own jar, so a policy per code source cannot
 * tell a rule from Drools. Instead:
 * <ul>
 *   <li>never, for anyone: starting a program, any network, writing or deleting a file, reading an existing file
 *   outside the JDK and the worker's class path, file descriptors, native libraries, and replacing this manager or
 *   standard input and output;</li>
 *   <li>reflection past access checks (the one way from Java code around this manager, as it reads no protection
 *   domains), the security policy, serialisation tricks, and ending or stopping the worker's threads and process,
 *   only while no code of a policy writer is on the stack: a class from a class loader made at run time (Drools' rule
 *   classes) or an interpreter of their expressions (MVEL, SpEL). Class loaders, declared members and the JDK's
 *   packages stay open to them: Drools generates a rule's code when it first fires, under that rule's own frame.</li>
 * </ul>
 */
final class Zandbak extends SecurityManager {

    /** Packages whose code interprets what a policy writer wrote: constraints (MVEL) and template expressions (SpEL). */
    private static final List<String> TOLKEN = List.of("org.mvel2.", "org.springframework.expression.");
    private static final Set<String> NOOIT = Set.of("setSecurityManager", "createSecurityManager", "setIO",
            "writeFileDescriptor", "readFileDescriptor", "setFactory", "manageProcess");
    /** What code of a policy writer may not do to the worker itself, though the worker's own code may. */
    private static final Set<String> NIET_VOOR_VREEMDEN = Set.of("shutdownHooks", "setDefaultUncaughtExceptionHandler",
            "modifyThread", "modifyThreadGroup", "stopThread", "enableContextClassLoaderOverride", "usePolicy", "preferences");

    private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

    private final List<String> leesbaar;
    private final Set<ClassLoader> vertrouwd;
    /** Set while this manager looks at the stack itself: what it asks the JVM on the way is not checked again. */
    private final ThreadLocal<Boolean> bezig = new ThreadLocal<>();
    private final StackWalker stapel = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /**
     * @param leesbaar  the files and folders that may be read (the JDK, the class path), as absolute paths
     * @param vertrouwd the class loaders of trede and its libraries, and their parents
     */
    Zandbak(List<Path> leesbaar, Set<ClassLoader> vertrouwd) {
        this.leesbaar = leesbaar.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
        this.vertrouwd = vertrouwd;
    }

    @Override
    public void checkPermission(Permission toestemming) {
        controleerEenmaal(toestemming);
    }

    @Override
    public void checkPermission(Permission toestemming, Object context) {
        controleerEenmaal(toestemming);
    }

    private void controleerEenmaal(Permission toestemming) {
        if (bezig.get() != null) {
            return;
        }
        bezig.set(Boolean.TRUE);
        try {
            controleer(toestemming);
        } finally {
            bezig.remove();
        }
    }

    private void controleer(Permission p) {
        String naam = p.getName();
        if (p instanceof FilePermission) {
            if (!p.getActions().equals("read") || !magLezen(naam)) {
                weiger(p);
            }
        } else if (p instanceof SocketPermission || p instanceof URLPermission || p instanceof AllPermission) {
            weiger(p);
        } else if (p instanceof RuntimePermission) {
            if (NOOIT.contains(naam) || naam.startsWith("loadLibrary.")
                    || (NIET_VOOR_VREEMDEN.contains(naam) || naam.startsWith("exitVM")) && vreemdeCode()) {
                weiger(p);
            }
        } else if (p instanceof PropertyPermission) {
            if (p.getActions().contains("write") && vreemdeCode()) {
                weiger(p);
            }
        } else if (vreemdeCode()) {
            // Reflection past access checks above all: the one way from Java code around this manager.
            weiger(p);
        }
    }

    /**
     * Whether code of a policy writer is on the stack. As the JDK's own access control does, the walk stops at a
     * {@code doPrivileged} called by the JDK itself: reflection that the JDK speeds up with a class loader of its own,
     * while an interpreter calls a getter, is the JDK's doing, not the caller's. A {@code doPrivileged} called by
     * anything else counts for nothing.
     */
    private boolean vreemdeCode() {
        return stapel.walk(s -> {
            boolean bevoorrecht = false;
            for (StackWalker.StackFrame frame : (Iterable<StackWalker.StackFrame>) s::iterator) {
                Class<?> klasse = frame.getDeclaringClass();
                if (bevoorrecht && isJdk(klasse)) {
                    return false;
                }
                if (isVreemd(klasse)) {
                    return true;
                }
                bevoorrecht = klasse == AccessController.class && frame.getMethodName().equals("doPrivileged");
            }
            return false;
        });
    }

    private static boolean isJdk(Class<?> klasse) {
        ClassLoader lader = klasse.getClassLoader();
        return lader == null || lader == PLATFORM;
    }

    private boolean isVreemd(Class<?> klasse) {
        ClassLoader lader = klasse.getClassLoader();
        if (lader != null && !vertrouwd.contains(lader)) {
            return true;
        }
        String naam = klasse.getName();
        for (String tolk : TOLKEN) {
            if (naam.startsWith(tolk)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inside the JDK or the class path; or a file that does not exist, which libraries look for (Drools its
     * configuration in the home folder): there is nothing to read, and nothing can be written to make it exist.
     */
    private boolean magLezen(String naam) {
        if (naam.equals("<<ALL FILES>>")) {
            return false;
        }
        File bestand = new File(naam).getAbsoluteFile();
        String pad = bestand.toPath().normalize().toString();
        for (String wortel : leesbaar) {
            if (pad.equals(wortel) || pad.startsWith(wortel.endsWith(File.separator) ? wortel : wortel + File.separator)) {
                return true;
            }
        }
        return !bestand.exists();
    }

    private static void weiger(Permission p) {
        throw new SecurityException("Niet toegestaan in de werker: " + p);
    }
}
