package nl.trede.monitoring;

/**
 * The asiel realisatie of an area split as the national dashboard's province table prints it: regulier,
 * noodopvang (NO) and tijdelijke gemeentelijke opvang (TGO); null where the source does not split.
 */
public record Asieldelen(Integer regulier, Integer noodopvang, Integer tgo) {

    static final Asieldelen ONBEKEND = new Asieldelen(null, null, null);

    static Asieldelen van(Realisatie r) {
        return new Asieldelen(r.regulier(), r.noodopvang(), r.tgo());
    }

    Asieldelen plus(Asieldelen ander) {
        return new Asieldelen(som(regulier, ander.regulier), som(noodopvang, ander.noodopvang), som(tgo, ander.tgo));
    }

    /** Unknown plus unknown stays unknown; an if, because a conditional expression would unbox a null. */
    private static Integer som(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Math.addExact(a, b);
    }
}
