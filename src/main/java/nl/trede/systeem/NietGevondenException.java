package nl.trede.systeem;

/** What was asked for does not exist: 404. */
public class NietGevondenException extends RuntimeException {

    public NietGevondenException(String melding) {
        super(melding);
    }
}
