package nl.trede.regels;

import java.util.List;
import java.util.stream.Collectors;

/** The rule set cannot be used; every problem names its file and line. */
public class OngeldigeRegelsetException extends RuntimeException {

    private final List<Regelsetfout> fouten;

    public OngeldigeRegelsetException(List<Regelsetfout> fouten) {
        this("De regelset bevat fouten:\n" + opsomming(fouten), fouten);
    }

    public OngeldigeRegelsetException(String bericht, List<Regelsetfout> fouten) {
        super(bericht);
        this.fouten = List.copyOf(fouten);
    }

    public List<Regelsetfout> fouten() {
        return fouten;
    }

    /** One problem per line, indented: {@code   interventieladder/uitkomst.drl:40: ...}. */
    static String opsomming(List<Regelsetfout> fouten) {
        return fouten.stream().map(f -> "  " + f).collect(Collectors.joining("\n"));
    }
}
