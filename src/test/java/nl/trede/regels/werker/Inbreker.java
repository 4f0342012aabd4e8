package nl.trede.regels.werker;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/**
 * A worker without the rule profile: it locks itself in as a {@link Werker} does ({@link Wanden#sluit}), then runs
 * {@link Inbraak} from a class loader of its own, as Drools runs a rule's action. Started by the test under the same
 * wrapping as real workers (another user, no network), so that what holds is what holds for a rule.
 */
public final class Inbreker {

    private Inbreker() {
    }

    public static void main(String[] args) throws Exception {
        byte[] code;
        try (InputStream in = Inbreker.class.getResourceAsStream("Inbraak.class")) {
            code = in.readAllBytes();
        }
        System.out.println("UID " + Wanden.uid());
        System.out.println("ZANDBAK " + Wanden.sluit());
        ClassLoader regelklassen = new ClassLoader(Inbreker.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String naam, boolean oplossen) throws ClassNotFoundException {
                if (naam.equals(Inbraak.class.getName())) {
                    synchronized (getClassLoadingLock(naam)) {
                        Class<?> klasse = findLoadedClass(naam);
                        return klasse != null ? klasse : defineClass(naam, code, 0, code.length);
                    }
                }
                return super.loadClass(naam, oplossen);
            }
        };
        @SuppressWarnings("unchecked")
        Function<String[], List<String>> inbraak = (Function<String[], List<String>>) regelklassen.loadClass(Inbraak.class.getName())
                .getDeclaredConstructor().newInstance();
        inbraak.apply(args).forEach(System.out::println);
        System.out.flush();
    }

}
