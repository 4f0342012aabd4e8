package nl.trede.regels;

import java.util.List;

/**
 * Dry runs of one soort of rules over stored figures, for the impact of a candidate rule set and
 * for the rules overview. Implemented by the capability that owns the figures and the runs.
 */
public interface Proefrun {

    String soort();

    /**
     * Per gemeente with stored figures for {@code periode} (of {@code provincie}, name or code; null for all)
     * the outcome under the rules {@code actief} picks for it and under those {@code kandidaat} picks, with
     * previous outcomes as a real run takes them; a gemeente either leaves without rules is left out.
     * Nothing is stored.
     */
    List<Impactregel> vergelijk(Regelkeuze actief, Regelkeuze kandidaat, String periode, String provincie);

    /** How often each rule fired in the stored runs of the last period that was assessed. */
    Regelgebruik gebruik();

    /** The summary line, in the words of this soort. */
    default String samenvatting(long omhoog, long omlaag, long gelijk) {
        return aantal(omhoog) + " omhoog, " + omlaag + " omlaag, " + gelijk + " gelijk";
    }

    static String aantal(long gemeenten) {
        return gemeenten + (gemeenten == 1 ? " gemeente gaat" : " gemeenten gaan");
    }
}
