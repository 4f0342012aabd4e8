package nl.trede.gemeente;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of matching a CBS code or a name to a gemeente: one, none, or several. */
public sealed interface Zoekresultaat {

    /** What a person reads: the gemeente found, or why none was, with the candidates. */
    String melding();

    record Gevonden(Gemeente gemeente) implements Zoekresultaat {
        @Override
        public String melding() {
            return gemeente.naam() + " (" + gemeente.code() + ")";
        }
    }

    /** Nothing matched; {@code dichtstbij} are the names that come closest, to suggest. */
    record NietGevonden(String gezocht, List<Gemeente> dichtstbij) implements Zoekresultaat {
        @Override
        public String melding() {
            String suggestie = dichtstbij.isEmpty() ? ""
                    : "; bedoelde u " + dichtstbij.stream().map(g -> g.naam() + " (" + g.code() + ")")
                            .collect(Collectors.joining(", ")) + "?";
            return "Geen gemeente gevonden met code of naam '" + gezocht + "'" + suggestie;
        }
    }

    record Meerdere(String gezocht, List<Gemeente> kandidaten) implements Zoekresultaat {
        @Override
        public String melding() {
            return "De naam '" + gezocht + "' past bij meer dan een gemeente: "
                    + kandidaten.stream().map(g -> g.naam() + " (" + g.code() + ")").collect(Collectors.joining(", "))
                    + "; gebruik de CBS-code of de volledige naam";
        }
    }
}
