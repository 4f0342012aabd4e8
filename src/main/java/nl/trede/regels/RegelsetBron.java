package nl.trede.regels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reads the files of a rule set, as paths relative to its root ({@code interventieladder/trede.drl}). */
final class RegelsetBron {

    /** Where the build packages {@code rules/} inside the jar. */
    static final String KLASSENPAD_MAP = "trede-rules";

    private RegelsetBron() {
    }

    /** The files of one domain ({@code interventieladder/standaard}, {@code verdeelbesluit}) of the rules in {@code map}. */
    static SortedMap<String, String> domein(Path map, String domein) {
        return new TreeMap<>(lees(map).subMap(domein + "/", domein + "0"));
    }

    /** The folder's files when it exists, otherwise the copy packaged in the jar. */
    static SortedMap<String, String> lees(Path map) {
        return Files.isDirectory(map) ? uitMap(map) : uitKlassenpad();
    }

    static SortedMap<String, String> uitMap(Path map) {
        SortedMap<String, String> bestanden = new TreeMap<>();
        try (Stream<Path> paden = Files.walk(map)) {
            for (Path pad : paden.filter(Files::isRegularFile).filter(RegelsetBron::hoortErbij).toList()) {
                bestanden.put(map.relativize(pad).toString().replace('\\', '/'), Files.readString(pad, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kan de regelset in " + map.toAbsolutePath() + " niet lezen", e);
        }
        return bestanden;
    }

    static SortedMap<String, String> uitKlassenpad() {
        SortedMap<String, String> bestanden = new TreeMap<>();
        String wortel = KLASSENPAD_MAP + "/";
        try {
            for (Resource bestand : new PathMatchingResourcePatternResolver().getResources("classpath*:" + wortel + "**/*.*")) {
                String url = bestand.getURL().toString();
                String pad = url.substring(url.lastIndexOf(wortel) + wortel.length());
                if (bestand.isReadable() && hoortErbij(Path.of(pad))) {
                    bestanden.put(pad, bestand.getContentAsString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kan de regelset in de jar niet lezen", e);
        }
        return bestanden;
    }

    private static boolean hoortErbij(Path pad) {
        String naam = pad.getFileName().toString();
        // .html: the letter templates under brieven/, part of the version so a letter is rendered as it was decided
        return naam.endsWith(".drl") || naam.endsWith(".yaml") || naam.endsWith(".yml") || naam.endsWith(".html");
    }
}
