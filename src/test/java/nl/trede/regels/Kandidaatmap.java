package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * A candidate rule set in a temporary folder: a copy of {@code rules/} that a test changes the way a
 * policy writer would, file by file, without touching {@code rules/} itself.
 */
final class Kandidaatmap {

    private static final Path RULES = Path.of("rules");

    private final Path map;

    private Kandidaatmap(Path map) {
        this.map = map;
    }

    /** A fresh temporary copy of {@code rules/}, removed when the test JVM ends. */
    static Kandidaatmap kopie() {
        try {
            Kandidaatmap kandidaat = new Kandidaatmap(Files.createTempDirectory("trede-regels-kandidaat"));
            kandidaat.herstel();
            Runtime.getRuntime().addShutdownHook(new Thread(kandidaat::verwijder));
            return kandidaat;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path map() {
        return map;
    }

    /** Back to the shipped rules. */
    Kandidaatmap herstel() {
        try (Stream<Path> oud = Files.walk(map); Stream<Path> nieuw = Files.walk(RULES)) {
            for (Path p : oud.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(map)).toList()) {
                Files.delete(p);
            }
            for (Path p : nieuw.filter(Files::isRegularFile).toList()) {
                Path doel = map.resolve(RULES.relativize(p).toString());
                Files.createDirectories(doel.getParent());
                Files.copy(p, doel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void verwijder() {
        try (Stream<Path> paden = Files.walk(map)) {
            for (Path p : paden.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is no reason to fail a test run
        }
    }

    /** Writes (or overwrites) one file, e.g. {@code interventieladder/extra.drl}. */
    Kandidaatmap schrijf(String pad, String inhoud) {
        try {
            Path doel = map.resolve(pad);
            Files.createDirectories(doel.getParent());
            Files.writeString(doel, inhoud);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces a text that must be in the file. */
    Kandidaatmap vervang(String pad, String oud, String nieuw) {
        String inhoud = lees(pad);
        assertThat(inhoud).as(pad).contains(oud);
        return schrijf(pad, inhoud.replace(oud, nieuw));
    }

    /** The candidate's files, as the app reads them. */
    SortedMap<String, String> bestanden() {
        return RegelsetBron.uitMap(map);
    }

    String lees(String pad) {
        try {
            return Files.readString(map.resolve(pad));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first line containing {@code tekst}. */
    int regelVan(String pad, String tekst) {
        String[] regels = lees(pad).split("\n", -1);
        for (int i = 0; i < regels.length; i++) {
            if (regels[i].contains(tekst)) {
                return i + 1;
            }
        }
        throw new AssertionError(tekst + " staat niet in " + pad);
    }
}
