package nl.trede.systeem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One trede per data directory: an exclusive lock on a file beside it ({@code postgres.lock} for
 * {@code data/postgres}; beside, because initdb wants the directory itself empty), held as long as its database
 * runs. The operating system lets go of it when the process dies, also after a {@code kill -9}, so a lock that is
 * held always means a live trede. The file names the holder's process, for the refusal.
 */
final class Mapslot implements AutoCloseable {

    private final FileChannel kanaal;
    private final FileLock slot;

    private Mapslot(FileChannel kanaal, FileLock slot) {
        this.kanaal = kanaal;
        this.slot = slot;
    }

    static Path bestand(Path map) {
        return map.resolveSibling(map.getFileName() + ".lock");
    }

    /** Takes the lock, or refuses in Dutch without touching anything when another trede holds it. */
    static Mapslot neem(Path map) throws IOException {
        Path bestand = bestand(map);
        FileChannel kanaal = FileChannel.open(bestand, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock slot;
        try {
            slot = kanaal.tryLock();
        } catch (OverlappingFileLockException e) {
            slot = null; // held by this very JVM
        }
        if (slot == null) {
            kanaal.close();
            String houder = Files.readString(bestand, StandardCharsets.UTF_8).trim();
            throw new Startweigering("trede start niet: de gegevensmap " + map + " is in gebruik door een andere trede"
                    + (houder.matches("\\d+") ? " (proces " + houder + ")" : "") + ". Die draait door; deze start raakt haar "
                    + "database niet aan.", "Gebruik de trede die al draait, stop haar eerst, of start deze met een eigen map "
                    + "(--trede.database.map=...).");
        }
        kanaal.truncate(0);
        kanaal.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        kanaal.force(true);
        return new Mapslot(kanaal, slot);
    }

    @Override
    public void close() throws IOException {
        try {
            slot.release();
        } finally {
            kanaal.close();
        }
    }
}
