package nl.trede.systeem;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL 17 started from the Maven Central binaries, with its data kept in a folder
 * between runs. Present only when no {@code spring.datasource.url} is configured: its presence is
 * what makes a run a demo run (demo users, demo data).
 */
public final class IngebeddeDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private IngebeddeDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    public static IngebeddeDatabase start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        verwijderVerweesdLockbestand(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        return new IngebeddeDatabase(builder.start(), dataDirectory);
    }

    /** A killed earlier run leaves postmaster.pid behind; PostgreSQL then refuses to start. */
    private static void verwijderVerweesdLockbestand(Path dataDirectory) throws IOException {
        Path pid = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return;
        }
        String eersteRegel = Files.readAllLines(pid).stream().findFirst().orElse("").trim();
        boolean levend = !eersteRegel.isEmpty()
                && ProcessHandle.of(Long.parseLong(eersteRegel)).map(ProcessHandle::isAlive).orElse(false);
        if (!levend) {
            Files.delete(pid);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
