package nl.trede.beoordeling;

/** A fact a rule concluded about one gemeente, with its Dutch explanation line. */
public interface Conclusie {

    String gemeente();

    String uitleg();
}
