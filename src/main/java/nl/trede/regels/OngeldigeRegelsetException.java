package nl.trede.regels;

import java.util.List;
import java.util.stream.Collectors;

/** The rule set cannot be used; every problem names its file and line. */
public class OngeldigeRegelsetException extends RuntimeException {

    private final List<Regelsetfout> fouten;

    public OngeldigeRegelsetException(List<Regelsetfout> fouten) {
        super("De regelset bevat fouten:\n" + fouten.stream().map(f -> "  " + f).collect(Collectors.joining("\n")));
        this.fouten = List.copyOf(fouten);
    }

    public List<Regelsetfout> fouten() {
        return fouten;
    }
}
