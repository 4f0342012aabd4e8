package nl.trede.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.trede.regels.werker.Inbreker;
import nl.trede.regels.werker.Werker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walls around a worker hold when the rule profile does not: a rule that got past the check (as the unicode escapes
 * once did) runs in {@link Inbreker}, a worker without the profile, started exactly as trede starts its workers. Every
 * attempt to reach the server must fail: a program, the passwords, the app's environment, the network, a file written,
 * the security manager switched off or passed by reflection, standard output taken, the process ended.
 */
class ZandbakTest {

    @Test
    void eenRegelDieLangsHetProfielKomtBereiktNietsBuitenDeWerker(@TempDir Path map) throws Exception {
        // The passwords as the embedded database keeps them: in a folder only its owner may enter.
        Path gegevens = Files.createDirectories(map.resolve("data"));
        Path geheim = Files.writeString(gegevens.resolve("trede-wachtwoorden.properties"), "eigenaar=geheim\n");
        Files.setPosixFilePermissions(geheim, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(gegevens, PosixFilePermissions.fromString("rwx------"));
        // A folder anyone may write to: only the security manager stops a file appearing here.
        Path open = Files.createDirectories(map.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(map, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path bewijs = open.resolve("bewijs");

        Werkeropdracht opdracht = new Werkeropdracht(WerkerProperties.STANDAARD);
        Werkeropdracht.Omhulling omhulling = opdracht.omhullingen().stream().filter(opdracht::werkt).findFirst().orElseThrow();
        List<String> commando = new ArrayList<>(opdracht.commando(omhulling).stream()
                .map(deel -> deel.equals(Werker.class.getName()) ? Inbreker.class.getName() : deel).toList());
        List<String> uitslag;
        try (ServerSocket database = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            commando.addAll(List.of(geheim.toString(), bewijs.toString(), String.valueOf(database.getLocalPort()),
                    String.valueOf(ProcessHandle.current().pid())));
            Process inbreker = new ProcessBuilder(commando).directory(Path.of("/").toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(inbreker.waitFor(120, TimeUnit.SECONDS)).as("de inbreker stopt").isTrue();
            uitslag = new String(inbreker.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }

        assertThat(uitslag).contains("ZANDBAK true");
        assertThat(uitslag).filteredOn(r -> r.startsWith("GEWEIGERD ")).hasSize(9);
        assertThat(uitslag).noneMatch(r -> r.startsWith("GELUKT "));
        assertThat(bewijs).doesNotExist();
        if (Werkeropdracht.isRoot()) {
            // Run by root (as CI is), the worker runs as another user: the operating system's wall behind Java's.
            assertThat(omhulling.andereGebruiker()).isTrue();
            assertThat(uitslag).contains("UID " + WerkerProperties.STANDAARD.gebruiker());
        }
    }

    @Test
    void eenWerkerStaatAlsAndereGebruikerZonderNetwerkEnMetSecurityManager() throws IOException {
        List<Werkerpool.Werkerstatus> status = Testregels.werkers().status();
        if (status.isEmpty()) {
            Testregels.compileer(Testregels.domein("monitoring"));
            status = Testregels.werkers().status();
        }
        assertThat(status).isNotEmpty().allSatisfy(w -> {
            assertThat(w.zandbak()).isTrue();
            if (Werkeropdracht.isRoot()) {
                assertThat(w.uid()).isEqualTo(WerkerProperties.STANDAARD.gebruiker());
                assertThat(w.netwerkDicht()).isTrue();
            }
        });
    }
}
