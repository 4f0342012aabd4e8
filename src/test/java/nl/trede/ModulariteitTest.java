package nl.trede;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.trede.regels.Feit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Repository;

/**
 * The capabilities keep to their own: Spring Modulith reads each package under {@code nl.trede} as a module and
 * checks that there are no cycles and that each uses only the capabilities its {@code @ApplicationModule} allows;
 * on top, trede's own rules: a repository is used in its own package only, a type is not public only for the
 * tests of another package, and no capability reads or writes a table another capability's changeset made.
 */
class ModulariteitTest {

    private static final Path BRONNEN = Path.of("src/main/java/nl/trede");
    private static final Path CHANGESETS = Path.of("db/changelog/changes");

    /**
     * Who owns each table and view the changesets create. A new table needs an owner here: the capability whose
     * repository writes it.
     */
    private static final Map<String, String> EIGENAAR = Map.ofEntries(
            Map.entry("gemeente", "gemeente"),
            Map.entry("regelset", "regels"), Map.entry("regelset_bestand", "regels"), Map.entry("regelset_activatie", "regels"),
            Map.entry("invoer", "invoer"), Map.entry("periodecijfers", "invoer"), Map.entry("maandrealisatie", "invoer"),
            Map.entry("beoordelingsronde", "beoordeling"), Map.entry("beoordeling", "beoordeling"),
            Map.entry("gevuurde_regel", "beoordeling"), Map.entry("beslissing", "beoordeling"),
            Map.entry("verdeling", "verdeling"), Map.entry("verdeling_gemeente", "verdeling"),
            Map.entry("verdeling_uitsluiting", "verdeling"), Map.entry("verdeling_regel", "verdeling"),
            Map.entry("monitoring_opgave", "monitoring"), Map.entry("monitoring_realisatie", "monitoring"),
            Map.entry("beslissingsbewijs", "audit"), Map.entry("verificatiepunt", "audit"), Map.entry("controlepunt", "audit"),
            Map.entry("beoordeling_vingerafdruk", "audit"), Map.entry("verdeling_vingerafdruk", "audit"),
            Map.entry("beslissing_vingerafdruk", "audit"),
            Map.entry("aanmeldpoging", "systeem"), Map.entry("toegangstoken", "systeem"));

    /**
     * The one exception, reading only: the audit checks the stored outcomes themselves against their receipts
     * (row versions, fingerprints). Read through the owners' services it would check what the services show,
     * not what is stored.
     */
    private static final Map<String, Set<String>> MAG_LEZEN = Map.of("audit", Set.of("beoordelingsronde", "beoordeling",
            "gevuurde_regel", "beslissing", "verdeling", "verdeling_gemeente", "verdeling_uitsluiting", "verdeling_regel"));

    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABEL_IN_SQL = Pattern.compile("\\b(from|join|into|update|table)\\s+([a-z_]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NIEUWE_TABEL = Pattern.compile(
            "createTable:\\s+tableName:\\s*([a-z_]+)|create\\s+(?:table|view)\\s+([a-z_]+)", Pattern.CASE_INSENSITIVE);

    private static JavaClasses klassen;

    @BeforeAll
    static void leesKlassen() {
        klassen = new ClassFileImporter().importPackages("nl.trede");
    }

    @Test
    void modulesHoudenZichAanHunToegestaneAfhankelijkheden() {
        ApplicationModules.of(TredeApplication.class).verify();
    }

    @Test
    void eenRepositoryWordtAlleenInZijnEigenPakketGebruikt() {
        List<String> fouten = new ArrayList<>();
        for (JavaClass repository : klassen) {
            if (!repository.isAnnotatedWith(Repository.class)
                    && !repository.isAssignableTo(org.springframework.data.repository.Repository.class)) {
                continue;
            }
            for (Dependency d : repository.getDirectDependenciesToSelf()) {
                if (!d.getOriginClass().getPackageName().equals(repository.getPackageName())) {
                    fouten.add(d.getDescription());
                }
            }
        }
        assertThat(fouten).as("repositories buiten hun capability gebruikt").isEmpty();
    }

    /**
     * A type is public for the capabilities that use it: named by their code, in the signature of a public type they
     * use, or a fact (a {@link Feit}, its interfaces and the types of its fields: Drools needs them public). One that
     * only tests of another package reach is an internal made public for them: test it in its own package or through
     * the public service. The harness in {@code nl.trede.support} starts the database as the app does and is no
     * such test.
     */
    @Test
    void geenTypeIsAlleenVoorTestsPubliek() {
        Set<JavaClass> publiek = klassen.stream().filter(t -> hoofdcode(t) && t.isTopLevelClass()
                && t.getModifiers().contains(JavaModifier.PUBLIC) && !t.isEquivalentTo(TredeApplication.class))
                .collect(Collectors.toSet());
        Set<JavaClass> api = publiek.stream().filter(t -> gebruikers(t).stream().anyMatch(ModulariteitTest::hoofdcode))
                .collect(Collectors.toSet());
        Set<JavaClass> nodig = new HashSet<>(api);
        api.forEach(t -> nodig.addAll(inHandtekeningen(t)));
        publiek.stream().filter(t -> t.isAnnotatedWith(Feit.class)).forEach(feit -> {
            nodig.add(feit);
            nodig.addAll(feit.getAllRawInterfaces());
            feit.getFields().forEach(veld -> nodig.addAll(veld.getType().getAllInvolvedRawTypes()));
        });
        List<String> fouten = new ArrayList<>();
        for (JavaClass type : publiek) {
            Set<String> tests = gebruikers(type).stream()
                    .filter(k -> !hoofdcode(k) && !k.getPackageName().equals("nl.trede.support"))
                    .map(JavaClass::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
            if (!nodig.contains(type) && !tests.isEmpty()) {
                fouten.add(type.getName() + " is alleen publiek voor " + tests);
            }
        }
        assertThat(fouten).as("typen die alleen voor tests van een ander pakket publiek zijn").isEmpty();
    }

    /** The top-level classes outside the package of {@code type} that use it. */
    private static Set<JavaClass> gebruikers(JavaClass type) {
        return type.getDirectDependenciesToSelf().stream().map(d -> buitenste(d.getOriginClass()))
                .filter(k -> !k.getPackageName().equals(type.getPackageName())).collect(Collectors.toSet());
    }

    /** The types in the public methods, constructors and fields of {@code type}: whoever uses it sees them. */
    private static Set<JavaClass> inHandtekeningen(JavaClass type) {
        Set<JavaClass> typen = new HashSet<>();
        type.getMethods().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)).forEach(m -> {
            typen.addAll(m.getReturnType().getAllInvolvedRawTypes());
            m.getParameterTypes().forEach(p -> typen.addAll(p.getAllInvolvedRawTypes()));
        });
        type.getConstructors().stream().filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .forEach(c -> c.getParameterTypes().forEach(p -> typen.addAll(p.getAllInvolvedRawTypes())));
        type.getFields().stream().filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC))
                .forEach(f -> typen.addAll(f.getType().getAllInvolvedRawTypes()));
        return typen;
    }

    @Test
    void elkeTabelHeeftEenEigenaar() {
        assertThat(tabellenUitChangesets()).containsExactlyInAnyOrderElementsOf(EIGENAAR.keySet());
    }

    @Test
    void geenCapabilityLeestOfSchrijftDeTabelVanEenAndere() throws IOException {
        Map<String, List<String>> fouten = new TreeMap<>();
        try (Stream<Path> bestanden = Files.walk(BRONNEN)) {
            for (Path bestand : bestanden.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path pakket = BRONNEN.relativize(bestand).getParent();
                if (pakket == null) {
                    continue;
                }
                List<String> vreemd = tabellenVanAnderen(pakket.getName(0).toString(), Files.readString(bestand));
                if (!vreemd.isEmpty()) {
                    fouten.put(BRONNEN.relativize(bestand).toString(), vreemd);
                }
            }
        }
        assertThat(fouten).as("SQL over de tabellen van een andere capability").isEmpty();
    }

    @Test
    void eenEntiteitHoortBijDeTabellenVanZijnCapability() {
        List<String> fouten = new ArrayList<>();
        for (JavaClass entiteit : klassen) {
            if (hoofdcode(entiteit) && entiteit.isAnnotatedWith(Table.class)) {
                String tabel = entiteit.getAnnotationOfType(Table.class).value();
                if (!capability(entiteit).equals(EIGENAAR.get(tabel))) {
                    fouten.add(entiteit.getName() + " -> " + tabel + " (van " + EIGENAAR.get(tabel) + ")");
                }
            }
        }
        assertThat(fouten).isEmpty();
    }

    /** The check catches what it is for: the join that once took gemeente names in the beoordeling's SQL. */
    @Test
    void sqlOverDeTabelVanEenAndereWordtGevonden() {
        String repository = """
                class BeoordelingRepository {
                    String sql = "select b.id, g.naam from beoordeling b join gemeente g on g.code = b.gemeente "
                            + "where b.ronde_id = ?";
                    String schrijf = \"""
                            insert into monitoring_realisatie (gebied) values (?)\""";
                }
                """;
        assertThat(tabellenVanAnderen("beoordeling", repository)).containsExactly("gemeente", "monitoring_realisatie");
        assertThat(tabellenVanAnderen("gemeente", repository)).containsExactly("beoordeling", "monitoring_realisatie");
        // The audit may read the outcomes it binds, never write them, nor read what it does not bind.
        assertThat(tabellenVanAnderen("audit", "\"select * from beoordeling b join beslissing s on s.beoordeling_id = b.id\""))
                .isEmpty();
        assertThat(tabellenVanAnderen("audit", "\"update beoordeling set trede = 1\"")).containsExactly("beoordeling");
        assertThat(tabellenVanAnderen("audit", "\"select naam from gemeente\"")).containsExactly("gemeente");
        // Words in prose are no SQL: only string literals count, and only known tables.
        assertThat(tabellenVanAnderen("audit", "// taken from gemeente\n\"uit de tabel van de gemeente\"")).isEmpty();
    }

    /** The tables of other capabilities that SQL in the string literals of {@code bron} names. */
    static List<String> tabellenVanAnderen(String capability, String bron) {
        List<String> vreemd = new ArrayList<>();
        Matcher literal = LITERAL.matcher(bron);
        while (literal.find()) {
            String tekst = literal.group(1) != null ? literal.group(1) : literal.group(2);
            Matcher sql = TABEL_IN_SQL.matcher(tekst);
            while (sql.find()) {
                String tabel = sql.group(2).toLowerCase();
                String eigenaar = EIGENAAR.get(tabel);
                boolean lezen = Set.of("from", "join").contains(sql.group(1).toLowerCase());
                if (eigenaar != null && !eigenaar.equals(capability)
                        && !(lezen && MAG_LEZEN.getOrDefault(capability, Set.of()).contains(tabel))) {
                    vreemd.add(tabel);
                }
            }
        }
        return vreemd;
    }

    private static Set<String> tabellenUitChangesets() {
        try (Stream<Path> bestanden = Files.list(CHANGESETS)) {
            Set<String> tabellen = new TreeSet<>();
            for (Path bestand : bestanden.toList()) {
                Matcher m = NIEUWE_TABEL.matcher(Files.readString(bestand));
                while (m.find()) {
                    tabellen.add((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase());
                }
            }
            return tabellen;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Main code, not a test: tests are compiled to {@code test-classes}. */
    private static boolean hoofdcode(JavaClass klasse) {
        return klasse.getSource().map(s -> !s.getUri().toString().contains("/test-classes/")).orElse(true);
    }

    /** The top-level class a nested or anonymous class is part of. */
    private static JavaClass buitenste(JavaClass klasse) {
        JavaClass buitenste = klasse;
        while (buitenste.getEnclosingClass().isPresent()) {
            buitenste = buitenste.getEnclosingClass().get();
        }
        return buitenste;
    }

    private static String capability(JavaClass klasse) {
        return klasse.getPackageName().substring("nl.trede.".length()).split("\\.")[0];
    }
}
