package nl.trede.systeem;

/** An upload over the size limit: refused before it is parsed, answered as 413 with a Dutch message. */
public class TeGrootException extends RuntimeException {

    public TeGrootException(String melding) {
        super(melding);
    }
}
