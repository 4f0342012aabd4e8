package nl.trede.audit;

/**
 * How a receipt names the type of a fact, and finds it back for a replay.
 */
final class Feitnamen {

    private static final String FEITPAKKET = "nl.trede.";

    private Feitnamen() {
    }

    static String naam(Object feit) {
        return feit.getClass().getName();
    }

    static Class<?> klasse(String naam) {
        if (!naam.startsWith(FEITPAKKET)) {
            throw new IllegalStateException("Onbekend feittype in een beslissingsbewijs: " + naam);
        }
        try {
            return Class.forName(naam);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Het feittype " + naam + " bestaat niet meer in deze versie van trede", e);
        }
    }
}
