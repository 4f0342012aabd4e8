package nl.trede.systeem;

import java.util.List;

/**
 * Input with errors: nothing was written. Answered as 422 problem+json with the first
 * {@value Fouten#GETOOND} errors and a line that counts the rest.
 */
public class OngeldigeInvoerException extends RuntimeException {

    private final List<Invoerfout> fouten;
    private final long aantal;

    public OngeldigeInvoerException(String titel, Fouten fouten) {
        super(titel);
        this.fouten = fouten.lijst();
        this.aantal = fouten.aantal();
    }

    public OngeldigeInvoerException(String titel, List<Invoerfout> fouten) {
        this(titel, verzameld(fouten));
    }

    private static Fouten verzameld(List<Invoerfout> lijst) {
        Fouten fouten = new Fouten();
        fouten.voegToe(lijst);
        return fouten;
    }

    /** The errors as shown: at most {@value Fouten#GETOOND}, then one line with the count of the rest. */
    public List<Invoerfout> fouten() {
        return fouten;
    }

    /** How many errors were found in all. */
    public long aantal() {
        return aantal;
    }

    /** "3 fouten", "1.234 fouten". */
    public String aantalTekst() {
        return Fouten.tel(aantal);
    }
}
