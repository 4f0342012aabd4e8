package nl.trede.publicatie;

import java.util.List;
import java.util.stream.Collectors;
import nl.trede.regels.Regelsetfout;

/** A template that fails the check: it is not rendered. The message names every problem with file and line. */
class OngeldigSjabloonException extends IllegalStateException {

    private final transient List<Regelsetfout> fouten;

    OngeldigSjabloonException(List<Regelsetfout> fouten) {
        super("Het sjabloon is geweigerd en niet gebruikt: " + fouten.stream().map(Regelsetfout::toString)
                .collect(Collectors.joining("; ")));
        this.fouten = List.copyOf(fouten);
    }

    List<Regelsetfout> fouten() {
        return fouten;
    }
}
