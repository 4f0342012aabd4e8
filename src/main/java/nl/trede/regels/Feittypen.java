package nl.trede.regels;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every fact type of trede: the records marked {@link Feit} under {@code nl.trede}, found once by a
 * classpath scan. The rule profile lets rules import, create and insert only these; an audit names
 * a fact by {@link #naam(Class)}, which stays stable when a class moves. The enums that are fields
 * of facts ({@link #waardetypen()}) may be named in rules too, as values.
 */
public final class Feittypen {

    private static final String BASISPAKKET = "nl.trede";

    private static final class Register {
        static final Feittypen ALLE = scan();
    }

    private final Map<String, Class<?>> perNaam;
    private final Map<Class<?>, String> perKlasse;
    private final Set<Class<?>> waardetypen;

    private Feittypen(Map<String, Class<?>> perNaam) {
        this.perNaam = Collections.unmodifiableMap(perNaam);
        Map<Class<?>, String> namen = new HashMap<>();
        perNaam.forEach((naam, klasse) -> namen.put(klasse, naam));
        this.perKlasse = Collections.unmodifiableMap(namen);
        Set<Class<?>> enums = new LinkedHashSet<>();
        perNaam.values().forEach(k -> {
            for (RecordComponent c : k.getRecordComponents()) {
                if (c.getType().isEnum()) {
                    enums.add(c.getType());
                }
            }
        });
        this.waardetypen = Collections.unmodifiableSet(enums);
    }

    /** The stable name of a fact type, e.g. {@code "HalfjaarCijfers"}; empty for a class that is no fact. */
    public static Optional<String> naam(Class<?> klasse) {
        return Optional.ofNullable(Register.ALLE.perKlasse.get(klasse));
    }

    /** The fact type with this stable name; empty when there is none. */
    public static Optional<Class<?>> klasse(String naam) {
        return Optional.ofNullable(Register.ALLE.perNaam.get(naam));
    }

    public static boolean isFeit(Class<?> klasse) {
        return Register.ALLE.perKlasse.containsKey(klasse);
    }

    /** Every fact type, by stable name. */
    public static Map<String, Class<?>> alle() {
        return Register.ALLE.perNaam;
    }

    /** The enums that are fields of fact types (Grondslag, Soort, ...): values a rule may name. */
    public static Set<Class<?>> waardetypen() {
        return Register.ALLE.waardetypen;
    }

    private static Feittypen scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Feit.class));
        Map<String, Class<?>> perNaam = new TreeMap<>();
        for (BeanDefinition definitie : scanner.findCandidateComponents(BASISPAKKET)) {
            Class<?> klasse = ClassUtils.resolveClassName(definitie.getBeanClassName(), Feittypen.class.getClassLoader());
            if (!klasse.isRecord()) {
                throw new IllegalStateException(klasse.getName() + " is gemarkeerd als @Feit maar is geen record; feiten zijn onveranderlijk");
            }
            String naam = klasse.getAnnotation(Feit.class).value();
            Class<?> eerder = perNaam.putIfAbsent(naam, klasse);
            if (eerder != null) {
                throw new IllegalStateException("De feitnaam '" + naam + "' staat op " + eerder.getName() + " en op " + klasse.getName());
            }
        }
        return new Feittypen(perNaam);
    }
}
