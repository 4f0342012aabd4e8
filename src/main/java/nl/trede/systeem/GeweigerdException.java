package nl.trede.systeem;

/**
 * The user may not do this, for a reason beyond their role (four eyes: the officer who decided may not
 * also fix the decision): 403 with a Dutch message that says who may.
 */
public class GeweigerdException extends RuntimeException {

    public GeweigerdException(String melding) {
        super(melding);
    }
}
