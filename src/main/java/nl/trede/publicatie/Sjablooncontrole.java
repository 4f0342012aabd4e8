package nl.trede.publicatie;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.regels.Bestandscontrole;
import nl.trede.regels.Opmaakfout;
import nl.trede.regels.Regelsetfout;
import nl.trede.regels.Werkerpool;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.springframework.stereotype.Component;
import org.unbescape.html.HtmlEscape;

/**
 * The check of a letter template (Thymeleaf HTML under {@code brieven/}) before it is used. A template is
 * written outside the team and Thymeleaf expressions can reach Java, so only a small part of Thymeleaf is
 * allowed: showing values of the model ({@code th:text}, {@code [[...]]}), conditions, loops and local
 * variables, over property paths and operators. Refused, each with file, line and the construct: Java types
 * and objects ({@code T(...)}, {@code new}), method calls, the expression objects ({@code #ctx},
 * {@code #request}, {@code #strings}...), bean references ({@code @...}), links and fragments
 * ({@code @{...}}, {@code ~{...}}, {@code th:replace}), preprocessing ({@code __...__}), unescaped output
 * ({@code th:utext}, {@code [(...)]}), assignments, scripts and every external resource. The same check runs
 * with every validation of the rule set and again before a template is rendered.
 */
@Component
class Sjablooncontrole implements Bestandscontrole {

    static final String MAP = "brieven/";
    static final String TOEZICHTBRIEF = MAP + "toezichtbrief.html";
    static final String VOORTGANGSRAPPORTAGE = MAP + "voortgangsrapportage.html";

    /** The Thymeleaf attributes a template may use: show, decide, repeat, name; nothing that includes or links. */
    private static final Set<String> TOEGESTAAN = Set.of("text", "if", "unless", "each", "with", "switch", "case",
            "classappend", "class", "remove", "title", "id", "content");
    private static final Set<String> VERBODEN_ELEMENTEN = Set.of("script", "iframe", "frame", "object", "embed", "applet",
            "link", "base", "form", "svg", "math", "img", "image", "video", "audio", "source");
    private static final Set<String> BRONATTRIBUTEN = Set.of("src", "href", "xlink:href", "srcset", "action", "formaction",
            "background", "poster", "data", "codebase", "cite", "longdesc");
    /** Properties that lead from a value to its class, and from there to anything in the JVM. */
    private static final Set<String> VERBODEN_NAMEN = Set.of("class", "getclass", "classloader", "module", "declaringclass",
            "protectiondomain", "new", "matches", "instanceof", "between", "runtime", "system");
    private static final Pattern NAAM = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern EXTERN = Pattern.compile("(?i)url\\s*\\(|@import|expression\\s*\\(");

    @Override
    public List<Regelsetfout> controleer(SortedMap<String, String> bestanden) {
        List<Regelsetfout> fouten = new ArrayList<>();
        // Each domain of rules/ is validated on its own; the templates are the domain brieven/.
        boolean brieven = bestanden.keySet().stream().anyMatch(p -> p.startsWith(MAP));
        for (String vereist : List.of(TOEZICHTBRIEF, VOORTGANGSRAPPORTAGE)) {
            if (brieven && !bestanden.containsKey(vereist)) {
                fouten.add(new Regelsetfout(vereist, 0, "Het sjabloon ontbreekt: zonder " + vereist
                        + " kan trede de brief niet opmaken."));
            }
        }
        bestanden.forEach((pad, inhoud) -> {
            if (pad.endsWith(".html")) {
                fouten.addAll(controleer(pad, inhoud));
            }
        });
        return fouten;
    }

    /**
     * Every problem of one template; empty when it may be rendered. A template that passes the check is then
     * rendered in a proof worker with example models ({@link Proefmodel}) as long as real ones, and read as XHTML, as
     * the PDF will read it: a property that does not exist, a tag left open or a template that grows past its budget is
     * found here, on its line.
     */
    List<Regelsetfout> controleer(String pad, String inhoud) {
        Controle controle = new Controle(pad);
        opbouw(inhoud, controle);
        if (controle.fouten.isEmpty()) {
            for (Proefmodel model : Proefmodel.voor(pad)) {
                try {
                    werkers.html(true, pad, inhoud, model.naam(), model.waarde());
                } catch (Opmaakfout e) {
                    controle.fout(e.regel(), e.kolom(), e.isExpressie()
                            ? "Het sjabloon kon niet worden opgemaakt met een voorbeeld: " + e.getMessage() : e.getMessage());
                    break;
                }
            }
        }
        return controle.fouten;
    }

    /**
     * The check of what the template says, without rendering it: before a template that was validated when it was
     * activated is used for a letter, in case the stored text was changed since.
     */
    List<Regelsetfout> controleerOpbouw(String pad, String inhoud) {
        Controle controle = new Controle(pad);
        opbouw(inhoud, controle);
        return controle.fouten;
    }

    private static void opbouw(String inhoud, Controle controle) {
        try {
            new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(inhoud, controle);
        } catch (ParseException e) {
            controle.fout(e.getLine() == null ? 0 : e.getLine(), e.getCol() == null ? 0 : e.getCol(),
                    "Het sjabloon is geen leesbare HTML: " + e.getMessage());
        }
    }

    /** Renders the example models in a proof worker; never a template that did not pass the check. */
    private final Werkerpool werkers;

    public Sjablooncontrole(Werkerpool werkers) {
        this.werkers = werkers;
    }

    private static final class Controle extends AbstractMarkupHandler {

        private final String pad;
        private final List<Regelsetfout> fouten = new ArrayList<>();

        Controle(String pad) {
            this.pad = pad;
        }

        void fout(int regel, int kolom, String melding) {
            fouten.add(new Regelsetfout(pad, regel, kolom, melding));
        }

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
            element(new String(buffer, offset, len), line, col);
        }

        @Override
        public void handleStandaloneElementStart(char[] buffer, int offset, int len, boolean minimized, int line, int col) {
            element(new String(buffer, offset, len), line, col);
        }

        private void element(String naam, int regel, int kolom) {
            String klein = naam.toLowerCase(Locale.ROOT);
            if (VERBODEN_ELEMENTEN.contains(klein)) {
                fout(regel, kolom, "<" + naam + "> is niet toegestaan in een sjabloon: een brief bevat geen scripts, "
                        + "formulieren, ingesloten objecten of afbeeldingen van buiten.");
            } else if (klein.startsWith("th:") && !klein.equals("th:block")) {
                fout(regel, kolom, "<" + naam + "> is niet toegestaan; gebruik <th:block> of een gewoon HTML-element.");
            }
        }

        @Override
        public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
                                    int operatorOffset, int operatorLen, int operatorLine, int operatorCol,
                                    int valueContentOffset, int valueContentLen, int valueOuterOffset, int valueOuterLen,
                                    int valueLine, int valueCol) {
            String naam = new String(buffer, nameOffset, nameLen).toLowerCase(Locale.ROOT);
            // Thymeleaf unescapes a value before it reads it: so must the check.
            String waarde = HtmlEscape.unescapeHtml(new String(buffer, valueContentOffset, valueContentLen));
            // attoparser places the value at its opening quote; the reader looks for the expression.
            valueCol += valueContentOffset - valueOuterOffset;
            String th = naam.startsWith("th:") ? naam.substring(3) : naam.startsWith("data-th-") ? naam.substring(8) : null;
            if (th != null) {
                if (!TOEGESTAAN.contains(th)) {
                    fout(nameLine, nameCol, naam + " is niet toegestaan" + (th.equals("utext")
                            ? ": th:utext toont tekst zonder escaping; gebruik th:text" : "") + ". Toegestaan zijn th:"
                            + String.join(", th:", TOEGESTAAN.stream().sorted().toList()) + ".");
                    return;
                }
                String probleem = Expressies.probleem(waarde);
                if (probleem != null) {
                    fout(valueLine, valueCol, naam + ": " + probleem);
                }
                return;
            }
            if (naam.startsWith("on")) {
                fout(nameLine, nameCol, naam + " is niet toegestaan: een brief bevat geen scripts.");
            } else if (BRONATTRIBUTEN.contains(naam) && !waarde.strip().startsWith("#")) {
                fout(nameLine, nameCol, naam + "=\"" + waarde + "\" is niet toegestaan: een brief haalt niets van buiten op "
                        + "(alleen verwijzingen binnen het document, zoals #bijlage).");
            } else if (naam.equals("style") && EXTERN.matcher(waarde).find()) {
                fout(valueLine, valueCol, "style met url(), @import of expression() is niet toegestaan: een brief haalt niets "
                        + "van buiten op.");
            }
        }

        /** A DOCTYPE with declarations of its own could define entities that read files: only {@code <!DOCTYPE html>}. */
        @Override
        public void handleDocType(char[] buffer, int keywordOffset, int keywordLen, int keywordLine, int keywordCol,
                                  int elementNameOffset, int elementNameLen, int elementNameLine, int elementNameCol,
                                  int typeOffset, int typeLen, int typeLine, int typeCol, int publicIdOffset, int publicIdLen,
                                  int publicIdLine, int publicIdCol, int systemIdOffset, int systemIdLen, int systemIdLine,
                                  int systemIdCol, int internalSubsetOffset, int internalSubsetLen, int internalSubsetLine,
                                  int internalSubsetCol, int outerOffset, int outerLen, int outerLine, int outerCol) {
            if (internalSubsetLen > 0 || systemIdLen > 0 || publicIdLen > 0) {
                fout(outerLine, outerCol, "Alleen <!DOCTYPE html> is toegestaan: een DOCTYPE met eigen declaraties of een "
                        + "verwijzing naar buiten kan bestanden inlezen.");
            }
        }

        @Override
        public void handleText(char[] buffer, int offset, int len, int line, int col) {
            tekst(new String(buffer, offset, len), line, col);
        }

        @Override
        public void handleCDATASection(char[] buffer, int contentOffset, int contentLen, int outerOffset, int outerLen,
                                       int line, int col) {
            tekst(new String(buffer, contentOffset, contentLen), line, col);
        }

        @Override
        public void handleComment(char[] buffer, int contentOffset, int contentLen, int outerOffset, int outerLen,
                                  int line, int col) {
            String inhoud = new String(buffer, contentOffset, contentLen);
            // <!--/*/ ... /*/--> is a comment to the browser but live markup to Thymeleaf.
            if (inhoud.startsWith("/*/")) {
                fout(line, col, "<!--/*/ ... /*/--> is niet toegestaan: Thymeleaf voert wat erin staat uit, terwijl het "
                        + "er als commentaar uitziet.");
            }
            tekst(inhoud, line, col + 4);
        }

        /** Inlined expressions in text: {@code [[...]]} is checked like an attribute, {@code [(...)]} is refused. */
        private void tekst(String tekst, int regel, int kolom) {
            if (EXTERN.matcher(tekst).find()) {
                fout(regel, kolom, "url(), @import of expression() is niet toegestaan: een brief haalt niets van buiten op.");
            }
            int van = 0;
            while (true) {
                int escaped = tekst.indexOf("[[", van);
                int onge = tekst.indexOf("[(", van);
                if (escaped < 0 && onge < 0) {
                    return;
                }
                int plek = escaped < 0 ? onge : onge < 0 ? escaped : Math.min(escaped, onge);
                int[] positie = positie(tekst, plek, regel, kolom);
                if (plek == onge) {
                    fout(positie[0], positie[1], "[( ... )] toont tekst zonder escaping en is niet toegestaan; gebruik [[ ... ]].");
                    van = plek + 2;
                    continue;
                }
                int einde = tekst.indexOf("]]", plek + 2);
                if (einde < 0) {
                    fout(positie[0], positie[1], "[[ zonder ]]: een inline waarde moet worden afgesloten.");
                    return;
                }
                String probleem = Expressies.probleem(tekst.substring(plek + 2, einde));
                if (probleem != null) {
                    fout(positie[0], positie[1], "[[ ... ]]: " + probleem);
                }
                van = einde + 2;
            }
        }

        private static int[] positie(String tekst, int plek, int regel, int kolom) {
            for (int i = 0; i < plek; i++) {
                if (tekst.charAt(i) == '\n') {
                    regel++;
                    kolom = 1;
                } else {
                    kolom++;
                }
            }
            return new int[] {regel, kolom};
        }
    }

    /** The expression language a template may use: values of the model, literals, operators, nothing else. */
    static final class Expressies {

        private Expressies() {
        }

        /** What is wrong with an attribute value or inline expression, in Dutch; null when it is allowed. */
        static String probleem(String waarde) {
            if (waarde.contains("__")) {
                return "__...__ (voorverwerking) is niet toegestaan: het voert een expressie uit voordat zij wordt gelezen.";
            }
            int i = 0;
            boolean inExpressie = false;
            char vorige = ' ';
            while (i < waarde.length()) {
                char c = waarde.charAt(i);
                if (c == '\'' || c == '"' && inExpressie) {
                    int einde = eindeLiteral(waarde, i);
                    if (einde < 0) {
                        return "een tekst tussen aanhalingstekens is niet afgesloten.";
                    }
                    i = einde + 1;
                    vorige = '\'';
                    continue;
                }
                if (!inExpressie) {
                    if ((c == '$' || c == '*') && i + 1 < waarde.length() && waarde.charAt(i + 1) == '{') {
                        inExpressie = true;
                        i += 2;
                        vorige = '{';
                        continue;
                    }
                    String buiten = buiten(c, waarde, i);
                    if (buiten != null) {
                        return buiten;
                    }
                    i++;
                    if (!Character.isWhitespace(c)) {
                        vorige = c;
                    }
                    continue;
                }
                if (c == '}') {
                    inExpressie = false;
                    i++;
                    vorige = '}';
                    continue;
                }
                if (Character.isLetter(c) || c == '_') {
                    Matcher naam = NAAM.matcher(waarde).region(i, waarde.length());
                    naam.lookingAt();
                    String woord = naam.group();
                    int na = volgende(waarde, naam.end());
                    boolean aanroep = na < waarde.length() && waarde.charAt(na) == '(';
                    if (woord.equals("T") && aanroep) {
                        return "T(...) verwijst naar een Java-type en is niet toegestaan: een sjabloon toont alleen waarden "
                                + "uit het model.";
                    }
                    if (woord.equals("new")) {
                        return "new maakt een Java-object en is niet toegestaan: een sjabloon toont alleen waarden uit het model.";
                    }
                    if (aanroep) {
                        return "de methodeaanroep " + woord + "(...) is niet toegestaan: een sjabloon roept geen Java aan; "
                                + "gebruik een waarde uit het model.";
                    }
                    if (VERBODEN_NAMEN.contains(woord.toLowerCase(Locale.ROOT))) {
                        return "'" + woord + "' is niet toegestaan: het leidt van een waarde naar Java.";
                    }
                    i = naam.end();
                    vorige = 'a';
                    continue;
                }
                String binnen = binnen(c, vorige, waarde, i);
                if (binnen != null) {
                    return binnen;
                }
                i++;
                if (!Character.isWhitespace(c)) {
                    vorige = c;
                }
            }
            return inExpressie ? "een ${ is niet afgesloten met }." : null;
        }

        /** Outside ${...}: Thymeleaf's own syntax; messages, links, fragments and literal substitution are refused. */
        private static String buiten(char c, String waarde, int i) {
            return switch (c) {
                case '#' -> "#{...} en de hulpobjecten (#ctx, #request, #strings, ...) zijn niet toegestaan: gebruik een "
                        + "waarde uit het model.";
                case '@' -> "@{...} (een link) is niet toegestaan: een brief haalt niets van buiten op.";
                case '~' -> "~{...} (een fragment) is niet toegestaan: een sjabloon voegt geen andere bestanden in.";
                case '|' -> "|...| is niet toegestaan; voeg teksten samen met +.";
                case '$', '{', '}', '`', ';', '\\' -> "het teken '" + c + "' is hier niet toegestaan.";
                default -> null;
            };
        }

        /** Inside ${...}: property paths, literals and operators; calls, objects and assignments are refused. */
        private static String binnen(char c, char vorige, String waarde, int i) {
            switch (c) {
                case '#':
                    return "#" + woordNa(waarde, i + 1) + " is een hulpobject van Thymeleaf en niet toegestaan: gebruik een "
                            + "waarde uit het model.";
                case '@':
                    return "@" + woordNa(waarde, i + 1) + " verwijst naar een Spring-bean en is niet toegestaan.";
                case '(':
                    if (vorige == ')' || vorige == ']') {
                        return "een aanroep (...) is niet toegestaan: een sjabloon roept geen Java aan.";
                    }
                    return null;
                case '=':
                    char voor = i > 0 ? waarde.charAt(i - 1) : ' ';
                    char na = i + 1 < waarde.length() ? waarde.charAt(i + 1) : ' ';
                    if (na != '=' && voor != '=' && voor != '!' && voor != '<' && voor != '>') {
                        return "een toewijzing (=) is niet toegestaan; vergelijk met ==.";
                    }
                    return null;
                case '[':
                    // A list by its position only: a name in brackets, brief['class'] or brief['cla' + 'ss'], is a property
                    // by another spelling.
                    int sluit = waarde.indexOf(']', i);
                    if (sluit < 0 || !waarde.substring(i + 1, sluit).strip().matches("\\d{1,4}")) {
                        return "[...] is alleen toegestaan met een getal, zoals rijen[0]: een naam of tekst tussen haken kan "
                                + "naar Java leiden.";
                    }
                    return null;
                case '{', '$', '&', '^', '`', ';', '\\', ',', '|':
                    return "het teken '" + c + "' is in een expressie niet toegestaan.";
                default:
                    return null;
            }
        }

        private static String woordNa(String waarde, int van) {
            Matcher naam = NAAM.matcher(waarde).region(Math.min(van, waarde.length()), waarde.length());
            return naam.lookingAt() ? naam.group() : "";
        }

        private static int volgende(String waarde, int van) {
            int i = van;
            while (i < waarde.length() && Character.isWhitespace(waarde.charAt(i))) {
                i++;
            }
            return i;
        }

        private static int eindeLiteral(String waarde, int begin) {
            char aanhaling = waarde.charAt(begin);
            for (int i = begin + 1; i < waarde.length(); i++) {
                if (waarde.charAt(i) == '\\') {
                    i++;
                } else if (waarde.charAt(i) == aanhaling) {
                    return i;
                }
            }
            return -1;
        }
    }
}
