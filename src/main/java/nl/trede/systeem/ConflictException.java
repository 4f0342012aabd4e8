package nl.trede.systeem;

/** The request clashes with the state of what it is about (someone changed it, or it is final): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String melding) {
        super(melding);
    }
}
