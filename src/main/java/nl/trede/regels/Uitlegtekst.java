package nl.trede.regels;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A rule's {@code @uitleg} names a number policy can change as {@code {parameter_naam}}, never as the number
 * itself: the text then shows the value in force, and a changed parameter cannot leave a stale number in it.
 */
final class Uitlegtekst {

    private static final Pattern PLAATS = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    private Uitlegtekst() {
    }

    /** The parameter names the text refers to, in order. */
    static Set<String> namen(String tekst) {
        Set<String> namen = new LinkedHashSet<>();
        Matcher m = PLAATS.matcher(tekst);
        while (m.find()) {
            namen.add(m.group(1));
        }
        return namen;
    }

    /** The text with every reference replaced by the value of {@code feiten}; an unknown one stays as written. */
    static String vul(String tekst, List<Parameter> feiten) {
        Map<String, Parameter> perNaam = feiten.stream().collect(Collectors.toMap(Parameter::naam, Function.identity()));
        return PLAATS.matcher(tekst).replaceAll(m -> {
            Parameter p = perNaam.get(m.group(1));
            return Matcher.quoteReplacement(p == null ? m.group() : waarde(p));
        });
    }

    /** 75, 12,5 or the text: as a Dutch reader writes it. */
    private static String waarde(Parameter p) {
        return p.getal() != null ? p.getal().stripTrailingZeros().toPlainString().replace('.', ',') : p.tekst();
    }
}
