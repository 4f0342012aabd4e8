package nl.trede.regels.werker;

import nl.trede.regels.Feittypen;
import nl.trede.regels.Regelsetfout;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' and MVEL's compile messages as a policy writer can act on them: in Dutch, on the line where
 * the mistake is, with the fields a fact has when a field is unknown. The original text stays in
 * {@link Regelsetfout#details()}. A table of the phrases these machines produce; anything else gets a
 * general sentence and the details.
 */
final class Foutuitleg {

    /** A translated message, and the word to look for when Drools reported only the rule's first line. */
    record Uitleg(String melding, String zoek) {
    }

    private record Vertaling(Pattern patroon, Function<Matcher, Uitleg> uitleg) {
    }

    private static final List<Vertaling> TABEL = List.of(
            vertaling("mismatched input '(.*?)'(?: expecting (\\S+))?", m -> new Uitleg("de regel loopt hier niet zoals Drools verwacht bij '"
                    + m.group(1) + "'" + (m.group(2) == null ? "" : " (verwacht: " + m.group(2) + ")")
                    + "; meestal ontbreekt een ')' of ',' of staat er een woord te veel", null)),
            vertaling("no viable alternative at input '(.*?)'", m -> new Uitleg("'" + m.group(1) + "' kan hier niet staan; "
                    + "kijk of er een waarde, komma of aanhalingsteken ontbreekt", null)),
            vertaling("missing (\\S+) at '(.*?)'", m -> new Uitleg("vóór '" + m.group(2) + "' ontbreekt " + m.group(1), null)),
            vertaling("extraneous input '(.*?)'", m -> new Uitleg("'" + m.group(1) + "' staat hier te veel", null)),
            vertaling("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\$?\\w+)\\(\\)", Foutuitleg::onbekendVeld),
            vertaling("Unable to resolve ObjectType '(.*?)'", m -> new Uitleg("onbekend feittype '" + m.group(1) + "'"
                    + bedoelt(m.group(1), Feittypen.alle().keySet()) + "; importeer het bovenaan het bestand, bekend zijn: "
                    + String.join(", ", Feittypen.alle().keySet()), m.group(1))),
            vertaling("(\\S+) cannot be resolved to a variable", m -> new Uitleg(m.group(1).startsWith("$")
                    ? "onbekende variabele '" + m.group(1) + "' in de actie: die is in deze regel niet gebonden (zoals " + m.group(1) + " : veld)"
                    : "onbekende naam '" + m.group(1) + "' in de actie", m.group(1))),
            vertaling("The method (\\w+)\\((.*?)\\) is undefined for the type (\\w+)", Foutuitleg::onbekendeMethode),
            vertaling("The constructor (\\w+)\\((.*?)\\) is undefined", Foutuitleg::onbekendeConstructor),
            vertaling("Type mismatch: cannot convert from (\\S+) to (\\S+)", m -> new Uitleg("hier staat een " + soort(m.group(1))
                    + " waar een " + soort(m.group(2)) + " hoort", null)),
            vertaling("The operator (\\S+) is undefined for the argument type\\(s\\) (.*)", m -> new Uitleg("de bewerking "
                    + m.group(1) + " kan niet met " + m.group(2).trim(), m.group(1))),
            vertaling("(\\S+) cannot be resolved to a type", m -> new Uitleg("onbekend type '" + m.group(1) + "'"
                    + bedoelt(m.group(1), Feittypen.alle().keySet()) + "; importeer het bovenaan het bestand", m.group(1))),
            vertaling("(\\S+) cannot be resolved", m -> new Uitleg("onbekende naam '" + m.group(1) + "'", m.group(1))),
            vertaling("Duplicate rule name: (.*)", m -> new Uitleg("de regelnaam '" + m.group(1).trim() + "' komt al eerder voor; "
                    + "elke regel heeft een eigen naam", null)),
            vertaling("Predicate '(.*?)' must be a Boolean expression", m -> new Uitleg("'" + m.group(1) + "' is geen voorwaarde: "
                    + "die moet waar of onwaar opleveren, zoals realisatie > 3", null)),
            vertaling("Syntax error[^\\n]*", m -> new Uitleg("de actie is geen geldige Java", null)),
            vertaling("Unable to Analyse Expression (.*?):", m -> new Uitleg("de voorwaarde '" + m.group(1).trim()
                    + "' kan niet worden uitgerekend; controleer de namen van velden en variabelen", null)));

    private static final Pattern REGEL = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+)");
    /** The only phrase of Drools that says nothing of its own: it always follows a real error. */
    static final String LEEG_PAKKET = "Parser returned a null Package";

    private Foutuitleg() {
    }

    private static Vertaling vertaling(String patroon, Function<Matcher, Uitleg> uitleg) {
        return new Vertaling(Pattern.compile(patroon, Pattern.DOTALL), uitleg);
    }

    /** The Dutch explanation of one of Drools' messages. */
    static Uitleg vertaal(String tekst) {
        for (Vertaling v : TABEL) {
            Matcher m = v.patroon().matcher(tekst);
            if (m.find()) {
                return v.uitleg().apply(m);
            }
        }
        return new Uitleg("Drools meldt een fout in deze regel; zie de details", null);
    }

    /**
     * A message of the DRL parser, at the line where the mistake is. The parser notices a missing
     * ')' or ',' only at the next word, which is often the first word of the next line: then the
     * mistake is at the end of the line of code before it.
     */
    static Regelsetfout leesfout(String pad, String inhoud, int regel, int kolom, String tekst) {
        Matcher plek = REGEL.matcher(tekst);
        if (plek.find()) {
            regel = Integer.parseInt(plek.group(1));
            kolom = Integer.parseInt(plek.group(2));
        }
        String melding = vertaal(tekst).melding();
        String[] regels = inhoud.split("\n", -1);
        if (regel > 0 && regel <= regels.length && regels[regel - 1].substring(0, Math.min(kolom, regels[regel - 1].length())).isBlank()) {
            int vorige = vorigeCoderegel(regels, regel);
            if (vorige > 0) {
                return new Regelsetfout(pad, vorige, 0, melding + " (aan het eind van deze regel; Drools merkte het pas op regel "
                        + regel + ")", tekst);
            }
        }
        return new Regelsetfout(pad, regel, kolom > 0 ? kolom + 1 : 0, melding, tekst);
    }

    /** The last line before {@code regel} with code on it: not blank, not a comment, not a bare when/then/end. */
    private static int vorigeCoderegel(String[] regels, int regel) {
        for (int r = regel - 1; r >= 1; r--) {
            String tekst = regels[r - 1].strip();
            if (!tekst.isEmpty() && !tekst.startsWith("//") && !tekst.startsWith("#")
                    && !List.of("when", "then", "end").contains(tekst)) {
                return r;
            }
        }
        return 0;
    }

    /** A JavaParser problem ({@code Parse error. Found "}", expected one of ";" ...}) in a few Dutch words. */
    static String javafout(String tekst) {
        Matcher gevonden = Pattern.compile("Found\\s+(\"[^\"]*\"|<EOF>)").matcher(tekst);
        String waar = gevonden.find() ? " bij " + gevonden.group(1).replace("<EOF>", "het einde") : "";
        if (tekst.contains("expected one of") && tekst.contains("\";\"")) {
            return "er ontbreekt een ';'" + waar;
        }
        if (tekst.contains("\")\"")) {
            return "er ontbreekt een ')'" + waar;
        }
        return "de opbouw klopt niet" + waar;
    }

    /** {@code " (bedoelt u 'taakstelling'?)"} when a known name is one or two letters off. */
    static String bedoelt(String naam, Collection<String> bekend) {
        return bekend.stream()
                .filter(b -> !b.equals(naam))
                .min(Comparator.comparingInt(b -> afstand(b.toLowerCase(), naam.toLowerCase())))
                .filter(b -> afstand(b.toLowerCase(), naam.toLowerCase()) <= 2)
                .map(b -> " (bedoelt u '" + b + "'?)")
                .orElse("");
    }

    private static Uitleg onbekendVeld(Matcher m) {
        String naam = m.group(2);
        if (naam.startsWith("$")) {
            return new Uitleg("onbekende variabele '" + naam + "': die is in deze regel nergens gebonden (zoals " + naam + " : veld)", naam);
        }
        return feit(m.group(1)).map(k -> new Uitleg(Expressiecontrole.onbekendVeld(k, naam), naam))
                .orElse(new Uitleg("onbekend veld '" + naam + "'", naam));
    }

    private static Uitleg onbekendeMethode(Matcher m) {
        return feit(m.group(3)).map(k -> new Uitleg(Expressiecontrole.onbekendVeld(k, m.group(1)), m.group(1) + "("))
                .orElse(new Uitleg(m.group(3) + " heeft geen methode " + m.group(1) + "(" + m.group(2) + ")", m.group(1) + "("));
    }

    private static Uitleg onbekendeConstructor(Matcher m) {
        return feit(m.group(1)).map(k -> new Uitleg("new " + m.group(1) + "(...) past niet: hier staan (" + m.group(2)
                        + "), maar een " + m.group(1) + " heeft, in deze volgorde: " + Regelwereld.veldenMetSoort(k), "new " + m.group(1)))
                .orElse(new Uitleg("new " + m.group(1) + "(" + m.group(2) + ") bestaat niet", "new " + m.group(1)));
    }

    /** A fact type by its full or simple class name, as Drools and ECJ write it. */
    private static Optional<Class<?>> feit(String klassenaam) {
        return Feittypen.alle().values().stream()
                .filter(k -> k.getName().equals(klassenaam) || k.getSimpleName().equals(klassenaam))
                .findFirst();
    }

    private static String soort(String javatype) {
        return switch (javatype) {
            case "int", "Integer", "long", "Long" -> "geheel getal";
            case "String" -> "tekst";
            case "boolean", "Boolean" -> "waar/onwaar";
            case "BigDecimal" -> "getal";
            default -> javatype;
        };
    }

    private static int afstand(String a, String b) {
        int[] vorige = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            vorige[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] huidige = new int[b.length() + 1];
            huidige[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                huidige[j] = Math.min(Math.min(huidige[j - 1] + 1, vorige[j] + 1),
                        vorige[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            vorige = huidige;
        }
        return vorige[b.length()];
    }
}
