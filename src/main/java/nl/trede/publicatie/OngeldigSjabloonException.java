package nl.trede.publicatie;

import java.util.List;
import java.util.stream.Collectors;
import nl.trede.regels.Regelsetfout;
import nl.trede.systeem.ConflictException;

/**
 * A template that fails the check: it is not rendered. The message names every problem with file and line; to
 * the user a 409 (the rule set's state, not the request, is at fault), never a bare 500.
 */
class OngeldigSjabloonException extends ConflictException {

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
