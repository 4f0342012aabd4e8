package nl.trede.systeem;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 from the Maven Central binaries, with its data kept in a folder between runs.
 * It holds a province's decisions, so it runs as a server someone relies on: fsync and synchronous
 * commit on, a password for every connection, and the app connecting as {@link DatabaseRollen#APP},
 * never as the superuser. The passwords are generated at the first start and kept in the data
 * directory, readable by its owner only. Tests may start it without durability, for speed.
 */
public final class IngebeddeDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngebeddeDatabase.class);
    static final String WACHTWOORDEN = "trede-wachtwoorden.properties";
    private static final String BEHEERDER = "postgres";
    private static final Duration STOPTIJD = Duration.ofSeconds(30);
    /** Only with a password, only from this machine: zonky's initdb trusts every local connection. */
    private static final String TOEGANG = """
            # Geschreven door trede bij elke start: alleen met wachtwoord, alleen vanaf deze machine.
            local   all  all                scram-sha-256
            host    all  all  127.0.0.1/32  scram-sha-256
            host    all  all  ::1/128       scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String beheerderWachtwoord;
    private final DatabaseRollen rollen;
    private final Mapslot slot;

    private IngebeddeDatabase(EmbeddedPostgres postgres, Path dataDirectory, String beheerderWachtwoord,
                              DatabaseRollen rollen, Mapslot slot) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.beheerderWachtwoord = beheerderWachtwoord;
        this.rollen = rollen;
        this.slot = slot;
    }

    /**
     * {@code duurzaam} false (tests only) switches fsync and synchronous commit off. Refuses, touching nothing,
     * when another trede holds the data directory ({@link Mapslot}).
     */
    public static IngebeddeDatabase start(Path dataDirectory, int port, boolean duurzaam) throws IOException {
        Path map = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(map);
        Mapslot slot = Mapslot.neem(map);
        try {
            return start(map, port, duurzaam, slot);
        } catch (IOException | RuntimeException e) {
            slot.close();
            throw e;
        }
    }

    private static IngebeddeDatabase start(Path map, int port, boolean duurzaam, Mapslot slot) throws IOException {
        stopVerweesdeServer(map);
        Path wachtwoordBestand = map.resolve(WACHTWOORDEN);
        Properties wachtwoorden = Files.exists(wachtwoordBestand) ? lees(wachtwoordBestand) : nieuweWachtwoorden();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(map)
                .setCleanDataDirectory(false)
                // zonky's readiness check connects as the superuser: with the password once it is required
                .setConnectConfig("password", wachtwoorden.getProperty(BEHEERDER))
                .setServerConfig("fsync", duurzaam ? "on" : "off")
                .setServerConfig("synchronous_commit", duurzaam ? "on" : "off")
                .setServerConfig("full_page_writes", duurzaam ? "on" : "off");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        if (!Files.exists(wachtwoordBestand)) {
            schrijf(wachtwoordBestand, wachtwoorden);
        }
        DatabaseRollen rollen = new DatabaseRollen(wachtwoorden.getProperty(DatabaseRollen.EIGENAAR),
                wachtwoorden.getProperty(DatabaseRollen.APP));
        IngebeddeDatabase database = new IngebeddeDatabase(postgres, map, wachtwoorden.getProperty(BEHEERDER), rollen, slot);
        try {
            database.beveilig();
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        return database;
    }

    /**
     * Every start, so a start interrupted half-way heals: passwords set, roles present, and only
     * password connections accepted from now on.
     */
    private void beveilig() throws IOException {
        try (Connection beheerder = verbinding(BEHEERDER, beheerderWachtwoord); Statement sql = beheerder.createStatement()) {
            sql.execute("alter role " + BEHEERDER + " password '" + beheerderWachtwoord + "'");
            rollen.maakAan(beheerder);
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), TOEGANG, StandardCharsets.UTF_8);
            // zonky starts the server with max_connections 300 on its command line, initdb wrote 100 in the file: a
            // reload would log that postgresql.conf "contains errors". The running value in postgresql.auto.conf agrees.
            try (ResultSet verbindingen = sql.executeQuery("show max_connections")) {
                verbindingen.next();
                sql.execute("alter system set max_connections = " + Integer.parseInt(verbindingen.getString(1)));
            }
            sql.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("De ingebedde PostgreSQL in " + dataDirectory + " is gestart, maar de rollen "
                    + "van trede konden niet worden ingericht: " + e.getMessage(), e);
        }
    }

    /**
     * After a {@code kill -9} of the app its PostgreSQL keeps running and holds the data directory. Called with the
     * {@link Mapslot} held, so no live trede uses it; the server is stopped (smart shutdown) only when it is a
     * PostgreSQL of this very directory that answers and has no clients: anything else, a foreign process, a server
     * that does not answer or one that someone is still connected to, is left alone with a Dutch explanation.
     */
    static void stopVerweesdeServer(Path map) throws IOException {
        Path pidBestand = map.resolve("postmaster.pid");
        if (!Files.exists(pidBestand)) {
            return;
        }
        List<String> regels = Files.readAllLines(pidBestand);
        Optional<ProcessHandle> proces = regels.isEmpty() || !regels.get(0).trim().matches("\\d+") ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(regels.get(0).trim())).filter(ProcessHandle::isAlive);
        if (proces.isEmpty()) {
            Files.delete(pidBestand);
            return;
        }
        ProcessHandle server = proces.get();
        String opdracht = server.info().command().orElse("");
        boolean onze = regels.size() > 1 && Path.of(regels.get(1).trim()).toAbsolutePath().normalize().equals(map)
                && opdracht.contains("postgres");
        if (!onze) {
            throw new IllegalStateException("De gegevensmap " + map + " is in gebruik door proces " + server.pid() + " ("
                    + opdracht + "). Stop dat proces, of verwijder " + pidBestand + " als u zeker weet dat daar geen "
                    + "PostgreSQL meer draait, en start trede opnieuw.");
        }
        bevestigVerweesd(map, regels, server);
        LOG.warn("Een PostgreSQL van een eerder afgebroken start (pid {}) houdt {} nog vast; trede stopt die eerst.",
                server.pid(), map);
        server.destroy();
        try {
            server.onExit().get(STOPTIJD.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("De achtergebleven PostgreSQL (pid " + server.pid() + ") van " + map
                    + " stopte niet binnen " + STOPTIJD.toSeconds() + " seconden. Stop hem met 'kill -INT " + server.pid()
                    + "' en start trede opnieuw.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Onderbroken tijdens het stoppen van de achtergebleven PostgreSQL", e);
        }
    }

    /**
     * Asks the server itself, as its superuser, which directory it serves and who is connected. The backends of a
     * killed app end as soon as their sockets close, so a few tries allow for that before someone counts as connected.
     */
    private static void bevestigVerweesd(Path map, List<String> pidRegels, ProcessHandle server) throws IOException {
        String weiger = "De PostgreSQL (pid " + server.pid() + ") van " + map + " draait nog zonder trede ";
        String watTeDoen = "trede stopt hem niet. Ga na wie hem gebruikt; stop hem daarna met 'kill -INT " + server.pid()
                + "' en start trede opnieuw.";
        if (pidRegels.size() < 4 || !pidRegels.get(3).trim().matches("\\d+")) {
            throw new Startweigering(weiger + "en zijn poort staat niet in postmaster.pid.", watTeDoen);
        }
        Path wachtwoordBestand = map.resolve(WACHTWOORDEN);
        String wachtwoord = Files.exists(wachtwoordBestand) ? lees(wachtwoordBestand).getProperty(BEHEERDER) : "";
        PGSimpleDataSource bron = bron(Integer.parseInt(pidRegels.get(3).trim()), BEHEERDER, wachtwoord);
        bron.setConnectTimeout(5);
        bron.setSocketTimeout(5);
        for (int poging = 1; ; poging++) {
            try (Connection beheerder = bron.getConnection(); Statement sql = beheerder.createStatement();
                 var rs = sql.executeQuery("select current_setting('data_directory'), (select count(*) from pg_stat_activity "
                         + "where backend_type = 'client backend' and pid <> pg_backend_pid())")) {
                rs.next();
                if (!Path.of(rs.getString(1)).toAbsolutePath().normalize().equals(map)) {
                    throw new Startweigering(weiger + "maar dient " + rs.getString(1) + ".", watTeDoen);
                }
                long verbonden = rs.getLong(2);
                if (verbonden == 0) {
                    return;
                }
                if (poging == 10) {
                    throw new Startweigering(weiger + "en heeft " + verbonden + (verbonden == 1 ? " verbinding" : " verbindingen")
                            + ": misschien een oudere trede of een beheerder.", watTeDoen);
                }
            } catch (SQLException e) {
                throw new Startweigering(weiger + "en antwoordt niet (" + e.getMessage() + ").", watTeDoen);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Onderbroken tijdens het controleren van de achtergebleven PostgreSQL", e);
            }
        }
    }

    private static Properties nieuweWachtwoorden() {
        Properties wachtwoorden = new Properties();
        SecureRandom toeval = new SecureRandom();
        for (String rol : List.of(BEHEERDER, DatabaseRollen.EIGENAAR, DatabaseRollen.APP)) {
            byte[] bytes = new byte[24];
            toeval.nextBytes(bytes);
            wachtwoorden.setProperty(rol, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return wachtwoorden;
    }

    private static Properties lees(Path bestand) throws IOException {
        Properties wachtwoorden = new Properties();
        try (Reader lezer = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
            wachtwoorden.load(lezer);
        }
        return wachtwoorden;
    }

    /** Written beside, then moved: never a half-written file, and never readable by others. */
    private static void schrijf(Path bestand, Properties wachtwoorden) throws IOException {
        Path tijdelijk = Files.createTempFile(bestand.getParent(), WACHTWOORDEN, ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer schrijver = Files.newBufferedWriter(tijdelijk, StandardCharsets.UTF_8)) {
            wachtwoorden.store(schrijver, "Wachtwoorden van de ingebedde PostgreSQL van trede; alleen voor de eigenaar leesbaar");
        }
        Files.move(tijdelijk, bestand, StandardCopyOption.ATOMIC_MOVE);
    }

    private Connection verbinding(String gebruiker, String wachtwoord) throws SQLException {
        return bron(postgres.getPort(), gebruiker, wachtwoord).getConnection();
    }

    private static PGSimpleDataSource bron(int poort, String gebruiker, String wachtwoord) {
        PGSimpleDataSource bron = new PGSimpleDataSource();
        bron.setServerNames(new String[] {"localhost"});
        bron.setPortNumbers(new int[] {poort});
        bron.setDatabaseName("postgres");
        bron.setUser(gebruiker);
        bron.setPassword(wachtwoord);
        return bron;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public DatabaseRollen rollen() {
        return rollen;
    }

    /** The superuser, for what only an administrator does (tests that play the attacker with superuser rights). */
    public String beheerderWachtwoord() {
        return beheerderWachtwoord;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            slot.close();
        }
    }
}
