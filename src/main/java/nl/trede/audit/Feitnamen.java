package nl.trede.audit;

import nl.trede.regels.Feittypen;

/**
 * How a receipt names the type of a fact, and finds it back for a replay: by the stable name its
 * record carries ({@code @Feit("HalfjaarCijfers")}), never by its Java class, so renaming or moving a
 * class never breaks an old replay. Receipts written before stable names used the class name; its
 * last part is the stable name.
 */
final class Feitnamen {

    private Feitnamen() {
    }

    static String naam(Object feit) {
        return Feittypen.naam(feit.getClass()).orElseThrow(() -> new IllegalStateException(
                feit.getClass().getName() + " is geen feittype (@Feit); de regels kregen iets anders dan feiten"));
    }

    static Class<?> klasse(String naam) {
        String stabiel = naam.substring(naam.lastIndexOf('.') + 1);
        return Feittypen.klasse(stabiel).orElseThrow(() -> new IllegalStateException(
                "Het feittype '" + naam + "' uit een beslissingsbewijs is in deze versie van trede onbekend"));
    }
}
