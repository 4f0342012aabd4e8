package nl.trede.monitoring;

/**
 * The asiel realisatie of an area split as seed 000's province table prints it: regulier,
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

    private static Integer som(Integer a, Integer b) {
        return a == null ? b : b == null ? a : a + b;
    }
}
