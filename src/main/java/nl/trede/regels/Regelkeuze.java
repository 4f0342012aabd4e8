package nl.trede.regels;

import java.util.Optional;
import nl.trede.kern.Periode;

/** Which rules judge a gemeente of a province in a period (empty: none, and the gemeente is left out). */
@FunctionalInterface
public interface Regelkeuze {

    Optional<Kaderkeuze> voor(String provincieCode, String provincieNaam, Periode periode);
}
