package nl.trede.regels.werker;

import nl.trede.regels.Feittypen;
import nl.trede.regels.RegelTekst;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a rule may name: the fact types, the enums that are their values, the classes whose
 * functions rules may call, and the methods that may be called on what a fact holds. Derived from
 * the classes themselves, so a new fact type or field needs no change here.
 */
final class Regelwereld {

    /** The classes whose public static methods rules call as functions ({@code import function}). */
    static final List<Class<?>> FUNCTIEKLASSEN = List.of(RegelTekst.class);

    /**
     * Methods of the values facts hold (text, numbers, dates, lists): reading and comparing only.
     * Left out on purpose: whatever reaches the JVM ({@code getClass}), runs a regular expression a
     * policy writer controls ({@code matches}, {@code replaceAll}, {@code split}) or can allocate
     * without bound ({@code repeat}, {@code setScale}, {@code pow}).
     */
    private static final Set<String> WAARDEMETHODEN = Set.of(
            "equals", "hashCode", "toString", "compareTo",
            "length", "isEmpty", "isBlank", "contains", "startsWith", "endsWith", "equalsIgnoreCase",
            "toUpperCase", "toLowerCase", "trim", "strip", "substring", "indexOf", "charAt", "concat", "replace",
            "toPlainString", "add", "subtract", "multiply", "negate", "abs", "signum", "intValue", "intValueExact",
            "longValue", "doubleValue", "booleanValue", "stripTrailingZeros", "scale", "precision", "max", "min",
            "size", "get",
            "getYear", "getMonthValue", "getDayOfMonth", "isBefore", "isAfter", "isEqual",
            "name", "ordinal");

    /** Types of local variables besides the fact types and their values. */
    private static final Map<String, Class<?>> TAALTYPEN = Map.of(
            "String", String.class, "Integer", Integer.class, "Long", Long.class, "Boolean", Boolean.class);

    private static final class Standaard {
        static final Regelwereld WERELD = new Regelwereld();
    }

    private final Map<String, Class<?>> importeerbaar;
    private final Set<String> leden;

    private Regelwereld() {
        Map<String, Class<?>> typen = new LinkedHashMap<>();
        Feittypen.alle().values().forEach(k -> typen.put(k.getName(), k));
        Feittypen.waardetypen().forEach(k -> typen.put(k.getName(), k));
        FUNCTIEKLASSEN.forEach(k -> typen.put(k.getName(), k));
        this.importeerbaar = Collections.unmodifiableMap(typen);
        Set<String> namen = new TreeSet<>(WAARDEMETHODEN);
        Feittypen.alle().values().forEach(k -> namen.addAll(velden(k)));
        Feittypen.alle().values().forEach(k -> namen.addAll(publiekeMethoden(k, false)));
        Feittypen.waardetypen().forEach(k -> namen.addAll(publiekeMethoden(k, false)));
        this.leden = Collections.unmodifiableSet(namen);
    }

    static Regelwereld standaard() {
        return Standaard.WERELD;
    }

    /** A class a DRL file may import, by its full name. */
    Optional<Class<?>> importeerbaar(String volledigeNaam) {
        return Optional.ofNullable(importeerbaar.get(volledigeNaam));
    }

    boolean isFeit(Class<?> klasse) {
        return klasse != null && Feittypen.isFeit(klasse);
    }

    boolean isFunctieklasse(Class<?> klasse) {
        return FUNCTIEKLASSEN.contains(klasse);
    }

    /** A method name that may be called on a fact or on a value a fact holds. */
    boolean isLid(String naam) {
        return leden.contains(naam);
    }

    /** A type a local variable may have: a primitive, text, a number, a fact or its value. */
    Optional<Class<?>> taaltype(String naam) {
        return Optional.ofNullable(TAALTYPEN.get(naam));
    }

    static Set<String> publiekeStatischeMethoden(Class<?> klasse) {
        return publiekeMethoden(klasse, true);
    }

    static boolean heeftPubliekStatischVeld(Class<?> klasse, String naam) {
        return Arrays.stream(klasse.getFields()).anyMatch(f -> f.getName().equals(naam) && Modifier.isStatic(f.getModifiers()));
    }

    /** The methods a fact of this type answers to: its fields and its own public methods. */
    static Set<String> ledenVan(Class<?> klasse) {
        Set<String> namen = new TreeSet<>(velden(klasse));
        namen.addAll(publiekeMethoden(klasse, false));
        return namen;
    }

    /** The fields of a fact type in declaration order, as a policy writer names them. */
    static List<String> velden(Class<?> klasse) {
        return klasse.isRecord() ? Arrays.stream(klasse.getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
    }

    /** {@code "gemeente (tekst), taakstelling (geheel getal), ..."}: the fields of a fact as a policy writer reads them. */
    static String veldenMetSoort(Class<?> klasse) {
        return klasse.isRecord() ? Arrays.stream(klasse.getRecordComponents())
                .map(c -> c.getName() + " (" + soortnaam(c.getType()) + ")").collect(Collectors.joining(", ")) : "";
    }

    static String soortnaam(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "geheel getal";
        }
        if (type == String.class) {
            return "tekst";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "waar/onwaar";
        }
        if (type == java.math.BigDecimal.class) {
            return "getal";
        }
        if (type == java.time.LocalDate.class) {
            return "datum";
        }
        if (List.class.isAssignableFrom(type)) {
            return "lijst";
        }
        return type.getSimpleName();
    }

    private static Set<String> publiekeMethoden(Class<?> klasse, boolean statisch) {
        return Arrays.stream(klasse.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .filter(m -> Modifier.isStatic(m.getModifiers()) == statisch)
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
