package nl.trede.systeem;

import java.util.List;

/** Input with errors: nothing was written. Answered as 422 problem+json with every error. */
public class OngeldigeInvoerException extends RuntimeException {

    private final List<Invoerfout> fouten;

    public OngeldigeInvoerException(String titel, List<Invoerfout> fouten) {
        super(titel);
        this.fouten = List.copyOf(fouten);
    }

    public List<Invoerfout> fouten() {
        return fouten;
    }
}
