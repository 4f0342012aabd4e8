package nl.trede.regels.werker;

import nl.trede.regels.Feittypen;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import nl.trede.regels.Regelsetfout;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ParseStart;
import org.drools.mvel.parser.Providers;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.ModifyStatement;
import org.drools.mvel.parser.ast.expr.WithStatement;

/**
 * The restricted rule profile. A rule is code written outside the development team, so before
 * Drools compiles anything (compiling already evaluates metadata with MVEL) every DRL file is read
 * with Drools' own parser ({@link DrlParser}) into its descriptions, and every piece of Java or MVEL
 * in it with a real parser: JavaParser for consequences and evals (the Java dialect Drools compiles
 * them in), Drools' DRLX parser for constraints and {@code from} sources (it knows DRL's
 * operators and bindings). Both parsers come with drools-engine 10.2 (drools-model-codegen), so
 * the profile adds no library.
 * <p>
 * Allowed: imports of fact types, their value enums and the functions trede offers; patterns on
 * facts with constraints over their fields; {@code from} over a fact's field; {@code accumulate}
 * and {@code collect} with the built-in functions over facts; consequences that insert facts,
 * declare local variables, call those functions, read fields, compute, compare and concatenate.
 * Everything else is refused with file, line and the construct, in Dutch.
 */
final class Regelprofiel {

    private static final Set<String> ATTRIBUTEN = Set.of("salience", "no-loop", "lock-on-active", "activation-group");
    private static final Set<String> ACCUMULATIEFUNCTIES = Set.of("count", "sum", "min", "max", "average", "collectList", "collectSet");
    private static final Set<String> RESULTAATTYPEN = Set.of("Number", "Integer", "Long", "Double", "BigDecimal", "List",
            "Set", "Collection", "ArrayList", "Object");
    private static final Set<String> WAARDEN_UIT_FEIT = Set.of("String", "Integer", "Long", "Boolean", "BigDecimal", "LocalDate");

    /** One DRL file: its parsed description when it parsed, and every refusal. */
    record Uitslag(PackageDescr pakket, List<Regelsetfout> fouten) {
    }

    private final Regelwereld wereld;

    Regelprofiel(Regelwereld wereld) {
        this.wereld = wereld;
    }

    /**
     * Checks one DRL file. When it passes, its description is what Drools compiles, never the text again: every action
     * and eval in it is replaced by the Java the check read, printed from its parsed tree without comments, so that the
     * compiler sees exactly what was checked.
     */
    Uitslag controleer(String pad, String inhoud) {
        List<Regelsetfout> teken = Bronpoort.controleer(pad, inhoud);
        if (!teken.isEmpty()) {
            return new Uitslag(null, teken);
        }
        DrlParser parser = new DrlParser();
        PackageDescr pakket;
        try {
            pakket = parser.parse(false, inhoud);
        } catch (DroolsParserException e) {
            return new Uitslag(null, List.of(Foutuitleg.leesfout(pad, inhoud, 0, 0, e.getMessage())));
        }
        if (parser.hasErrors() || pakket == null) {
            List<Regelsetfout> fouten = new ArrayList<>();
            for (DroolsError fout : parser.getErrors()) {
                fouten.add(Foutuitleg.leesfout(pad, inhoud, fout.getLines().length > 0 ? fout.getLines()[0] : 0, 0, fout.getMessage()));
            }
            return new Uitslag(null, eenPerRegel(fouten));
        }
        Bestand bestand = new Bestand(pad, inhoud);
        bestand.pakket(pakket);
        pakket.getRules().forEach(bestand::regel);
        if (bestand.fouten.isEmpty()) {
            bestand.herschrijf();
        }
        return new Uitslag(pakket, eenPerRegel(bestand.fouten));
    }

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(new DefaultPrinterConfiguration()
            .removeOption(new DefaultConfigurationOption(DefaultPrinterConfiguration.ConfigOption.PRINT_COMMENTS))
            .removeOption(new DefaultConfigurationOption(DefaultPrinterConfiguration.ConfigOption.PRINT_JAVADOC)));

    /** A checked tree as the Java text the compiler gets. */
    private static String java(com.github.javaparser.ast.Node knoop) {
        return PRINTER.print(knoop);
    }

    /** One refusal per line: the first says most; the rest follow from it. */
    private static List<Regelsetfout> eenPerRegel(List<Regelsetfout> fouten) {
        Map<String, Regelsetfout> perRegel = new LinkedHashMap<>();
        fouten.forEach(f -> perRegel.putIfAbsent(f.bestand() + ":" + (f.regel() > 0 ? f.regel() : f.melding()), f));
        return List.copyOf(perRegel.values());
    }

    /** The checks of one file, with what its imports make known. */
    private final class Bestand {

        private final String pad;
        private final String inhoud;
        private final List<Regelsetfout> fouten = new ArrayList<>();
        private final Map<String, Class<?>> typen = new HashMap<>();
        private final Set<String> functies = new TreeSet<>();
        private final Map<RuleDescr, BlockStmt> acties = new HashMap<>();
        private final Map<EvalDescr, Expression> evals = new HashMap<>();

        Bestand(String pad, String inhoud) {
            this.pad = pad;
            this.inhoud = inhoud;
        }

        /** Every checked action and eval replaced by its printed tree; only after the whole file passed. */
        void herschrijf() {
            acties.forEach((regel, blok) -> regel.setConsequence(String.join("\n", blok.getStatements().stream()
                    .map(Regelprofiel::java).toList())));
            evals.forEach((eval, expressie) -> eval.setContent(java(expressie)));
        }

        void pakket(PackageDescr pakket) {
            pakket.getAttributes().forEach(a -> weiger(a, "het pakketattribuut '" + a.getName() + "' is niet toegestaan; "
                    + "een regelbestand heeft alleen package, imports en regels"));
            pakket.getGlobals().forEach(g -> weiger(g, "een global (" + g.getIdentifier() + ") is in een regel niet toegestaan; "
                    + "een regel werkt alleen met feiten"));
            pakket.getFunctions().forEach(f -> weiger(f, "een eigen functie (function " + f.getName() + ") is niet toegestaan; "
                    + "gebruik de functies van trede (" + String.join(", ", Regelwereld.FUNCTIEKLASSEN.stream().map(Class::getSimpleName).toList()) + ")"));
            pakket.getClassAndEnumDeclarationDescrs().forEach(d -> weiger(d, "een eigen type (declare " + d.getTypeName()
                    + ") is niet toegestaan; een regel werkt met de feittypen van trede"));
            pakket.getEntryPointDeclarations().forEach(d -> weiger(d, "een entry-point is niet toegestaan"));
            pakket.getWindowDeclarations().forEach(d -> weiger(d, "een window is niet toegestaan"));
            pakket.getAccumulateImports().forEach(d -> weiger(d, "een eigen accumulate-functie is niet toegestaan"));
            if (pakket.getUnit() != null) {
                weiger(pakket.getUnit(), "een rule unit is niet toegestaan");
            }
            for (ImportDescr imp : pakket.getImports()) {
                String doel = imp.getTarget();
                wereld.importeerbaar(doel).ifPresentOrElse(k -> typen.put(k.getSimpleName(), k),
                        () -> weiger(imp, "import " + doel + " is niet toegestaan; importeer alleen feittypen ("
                                + String.join(", ", Feittypen.alle().keySet()) + "), hun waarden en de functies van trede"));
            }
            for (FunctionImportDescr imp : pakket.getFunctionImports()) {
                functieImport(imp);
            }
        }

        private void functieImport(FunctionImportDescr imp) {
            String doel = imp.getTarget();
            int punt = doel.lastIndexOf('.');
            Class<?> klasse = punt < 0 ? null : wereld.importeerbaar(doel.substring(0, punt)).filter(wereld::isFunctieklasse).orElse(null);
            String naam = punt < 0 ? doel : doel.substring(punt + 1);
            Set<String> beschikbaar = klasse == null ? Set.of() : Regelwereld.publiekeStatischeMethoden(klasse);
            if (klasse == null || !naam.equals("*") && !beschikbaar.contains(naam)) {
                weiger(imp, "import function " + doel + " is niet toegestaan; beschikbaar zijn "
                        + String.join(", ", Regelwereld.FUNCTIEKLASSEN.stream().map(k -> k.getName() + ".*").toList()));
                return;
            }
            functies.addAll(naam.equals("*") ? beschikbaar : Set.of(naam));
        }

        void regel(RuleDescr regel) {
            if (regel.isQuery()) {
                weiger(regel, "een query (" + regel.getName() + ") is niet toegestaan; schrijf een regel die een feit invoegt");
                return;
            }
            regel.getAttributes().values().forEach(this::attribuut);
            regel.getAnnotations().forEach(a -> annotatie(a, regel));
            if (!regel.getNamedConsequences().isEmpty()) {
                weiger(regel, "een benoemde actie (do[...]) is niet toegestaan; een regel heeft één actie na then");
            }
            Map<String, Class<?>> gebonden = new LinkedHashMap<>();
            binding(regel.getLhs(), gebonden);
            lhs(regel.getLhs(), gebonden);
            actie(regel, gebonden);
        }

        private void attribuut(AttributeDescr a) {
            String naam = a.getName();
            if (!ATTRIBUTEN.contains(naam)) {
                String waarom = switch (naam) {
                    case "dialect" -> "een regel is Java; een ander dialect is niet toegestaan";
                    case "date-effective", "date-expires" -> "zet een datum in een gedateerde parameter in de map parameters/ van het domein";
                    case "timer", "duration", "calendars" -> "een regel vuurt alleen als trede de feiten aanbiedt, niet op tijd";
                    default -> "toegestaan zijn " + String.join(", ", new TreeSet<>(ATTRIBUTEN));
                };
                weiger(a, "het attribuut '" + naam + "' is in een regel niet toegestaan; " + waarom);
            } else if (naam.equals("salience") && !isGetal(a.getValue())) {
                weiger(a, "salience is een vast geheel getal, geen expressie");
            }
        }

        /** Drools evaluates a rule's metadata with MVEL while compiling: only plain values are allowed. */
        private void annotatie(AnnotationDescr a, RuleDescr regel) {
            for (Object waarde : a.getValueMap().values()) {
                String tekst = String.valueOf(waarde).trim();
                if (!isLetterlijk(tekst)) {
                    weiger(a.getLine() > 0 ? a : regel, "@" + a.getName() + " bevat " + tekst + "; een annotatie bevat alleen tekst tussen aanhalingstekens of een getal");
                }
            }
        }

        private void binding(BaseDescr descr, Map<String, Class<?>> gebonden) {
            if (descr instanceof PatternDescr patroon) {
                if (patroon.getIdentifier() != null) {
                    gebonden.put(patroon.getIdentifier(), typen.get(patroon.getObjectType()));
                }
                patroon.getDescrs().forEach(c -> {
                    if (c instanceof ExprConstraintDescr constraint) {
                        Drlx expressie = drlx(constraint.getExpression());
                        if (expressie != null && expressie.bind() != null) {
                            gebonden.put(expressie.bind(), null);
                        }
                    }
                });
                if (patroon.getSource() instanceof AccumulateDescr accumulate) {
                    accumulate.getFunctions().stream().filter(f -> f.getBind() != null).forEach(f -> gebonden.put(f.getBind(), null));
                }
                if (patroon.getSource() instanceof AccumulateDescr || patroon.getSource() instanceof CollectDescr) {
                    onderdelen(patroon.getSource()).forEach(d -> binding(d, gebonden));
                }
            } else if (isGroep(descr)) {
                onderdelen(descr).forEach(d -> binding(d, gebonden));
            }
        }

        private void lhs(BaseDescr descr, Map<String, Class<?>> gebonden) {
            if (isGroep(descr)) {
                onderdelen(descr).forEach(d -> lhs(d, gebonden));
            } else if (descr instanceof PatternDescr patroon) {
                patroon(patroon, gebonden);
            } else if (descr instanceof EvalDescr eval) {
                eval(eval, String.valueOf(eval.getContent()), gebonden);
            } else {
                weiger(descr, omschrijving(descr) + " is in een regel niet toegestaan");
            }
        }

        private void patroon(PatternDescr patroon, Map<String, Class<?>> gebonden) {
            String type = patroon.getObjectType();
            Class<?> klasse = typen.get(type);
            PatternSourceDescr bron = patroon.getSource();
            if (patroon.isQuery()) {
                weiger(patroon, "een query-aanroep is in een regel niet toegestaan");
                return;
            }
            if (!patroon.getAnnotations().isEmpty()) {
                weiger(patroon, "een annotatie op een patroon is niet toegestaan");
            }
            if (!patroon.getBehaviors().isEmpty()) {
                weiger(patroon, "een window (over window:...) is in een regel niet toegestaan; een regel kijkt naar feiten, niet naar tijd");
            }
            if (bron == null && !wereld.isFeit(klasse)) {
                weiger(patroon, "een patroon op " + type + " is niet toegestaan; een regel kijkt naar feiten ("
                        + String.join(", ", Feittypen.alle().keySet()) + "), geïmporteerd bovenaan het bestand");
            } else if (bron instanceof GroupByDescr) {
                weiger(bron, "groupby is in een regel niet toegestaan");
            } else if (bron instanceof FromDescr from) {
                if (!wereld.isFeit(klasse) && !WAARDEN_UIT_FEIT.contains(type) && !(klasse != null && klasse.isEnum())) {
                    weiger(patroon, "een patroon op " + type + " is niet toegestaan; uit een feit haal je feiten of waarden (tekst, getallen)");
                }
                bron(from, from.getLine() > 0 ? from : patroon, gebonden);
            } else if (bron instanceof AccumulateDescr accumulate) {
                accumulatie(accumulate, accumulate.getLine() > 0 ? accumulate : patroon, type, gebonden);
            } else if (bron instanceof CollectDescr collect) {
                if (!Set.of("List", "Set", "Collection", "ArrayList").contains(type)) {
                    weiger(patroon, "collect levert een lijst (List), geen " + type);
                }
                onderdelen(collect).forEach(d -> lhs(d, gebonden));
            } else if (bron != null) {
                weiger(bron, omschrijving(bron) + " is als bron van een patroon niet toegestaan; gebruik from met een veld van een feit");
            }
            patroon.getDescrs().forEach(c -> {
                if (c instanceof ExprConstraintDescr constraint) {
                    voorwaarde(constraint, gebonden, wereld.isFeit(klasse) ? klasse : null);
                } else {
                    weiger(c, omschrijving(c) + " is als voorwaarde niet toegestaan");
                }
            });
        }

        private void accumulatie(AccumulateDescr accumulate, BaseDescr plek, String type, Map<String, Class<?>> gebonden) {
            if (!accumulate.isExternalFunction()) {
                weiger(plek, "accumulate met eigen code (init, action, result) is niet toegestaan; "
                        + "gebruik " + String.join(", ", new TreeSet<>(ACCUMULATIEFUNCTIES)));
                return;
            }
            if (!RESULTAATTYPEN.contains(type)) {
                weiger(plek, "accumulate levert een getal of lijst, geen " + type);
            }
            onderdelen(accumulate).forEach(d -> lhs(d, gebonden));
            for (AccumulateDescr.AccumulateFunctionCallDescr functie : accumulate.getFunctions()) {
                if (!ACCUMULATIEFUNCTIES.contains(functie.getFunction())) {
                    weiger(plek, "de accumulate-functie " + functie.getFunction() + " is niet toegestaan; gebruik "
                            + String.join(", ", new TreeSet<>(ACCUMULATIEFUNCTIES)));
                }
                for (String parameter : functie.getParams()) {
                    Drlx expressie = drlx(parameter);
                    if (expressie == null) {
                        weiger(plek, "'" + parameter + "' in accumulate kan trede niet lezen");
                    } else {
                        melding(plek, controle(gebonden, null, Expressiecontrole.Plek.EXPRESSIE)
                                .controleer(expressie.expressie()));
                    }
                }
            }
        }

        private void voorwaarde(ExprConstraintDescr constraint, Map<String, Class<?>> gebonden, Class<?> patroon) {
            Drlx expressie = drlx(constraint.getExpression());
            if (expressie == null) {
                weiger(constraint, "de voorwaarde '" + constraint.getExpression() + "' kan trede niet lezen; schrijf haar als "
                        + "veld, vergelijking en waarde, zoals realisatie > 10");
                return;
            }
            melding(constraint, controle(gebonden, patroon, Expressiecontrole.Plek.VOORWAARDE).controleer(expressie.expressie()));
        }

        /** {@code from $g.leden()}: the source must start at a fact the rule has bound. */
        private void bron(FromDescr from, BaseDescr plek, Map<String, Class<?>> gebonden) {
            String tekst = from.getExpression().trim();
            Drlx expressie = drlx(tekst);
            if (expressie == null) {
                weiger(plek, "de bron 'from " + tekst + "' kan trede niet lezen");
                return;
            }
            List<Expressiecontrole.Bevinding> bevindingen = controle(gebonden, null, Expressiecontrole.Plek.EXPRESSIE)
                    .controleer(expressie.expressie());
            melding(plek, bevindingen);
            Expression wortel = expressie.expressie();
            while (wortel instanceof MethodCallExpr || wortel instanceof FieldAccessExpr) {
                wortel = wortel instanceof MethodCallExpr m ? m.getScope().orElse(null) : ((FieldAccessExpr) wortel).getScope();
            }
            String naam = wortel instanceof NameExpr n ? n.getNameAsString() : wortel instanceof DrlNameExpr d ? d.getNameAsString() : null;
            if (bevindingen.isEmpty() && (naam == null || !wereld.isFeit(gebonden.get(naam)))) {
                weiger(plek, "from " + tekst + " is niet toegestaan; from haalt waarden uit een veld van een gebonden feit, "
                        + "zoals from $g.leden()");
            }
        }

        private void actie(RuleDescr regel, Map<String, Class<?>> gebonden) {
            String actie = String.valueOf(regel.getConsequence());
            int[] begin = beginVan(actie, regel.getConsequenceLine());
            // The parsed text is "{" + the action: its line 1 is the action's first line, one column on.
            ParseResult<BlockStmt> blok = java().parseBlock("{" + actie + "\n}");
            if (!blok.isSuccessful() || blok.getResult().isEmpty()) {
                Problem probleem = blok.getProblems().get(0);
                int regelnummer = probleem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(1);
                String melding = bevatWijziging(actie)
                        ? "modify { ... } is in een regel niet toegestaan: feiten zijn onveranderlijk; een regel concludeert "
                        + "door een nieuw feit in te voegen met insert(new ...)"
                        : "de actie van regel '" + regel.getName() + "' is geen geldige Java: " + Foutuitleg.javafout(probleem.getMessage());
                fouten.add(new Regelsetfout(pad, begin[0] + regelnummer - 1, 0, melding, probleem.getMessage()));
                return;
            }
            acties.put(regel, blok.getResult().get());
            for (Expressiecontrole.Bevinding b : controle(gebonden, null, Expressiecontrole.Plek.ACTIE).controleer(blok.getResult().get())) {
                int regelnummer = Math.max(b.regel(), 1);
                int kolom = b.kolom() <= 0 ? 0 : regelnummer == 1 ? begin[1] + b.kolom() - 2 : b.kolom();
                fouten.add(new Regelsetfout(pad, begin[0] + regelnummer - 1, kolom, b.melding()));
            }
        }

        /** Line and column where the consequence's text begins: Drools gives only the line of 'then'. */
        private int[] beginVan(String actie, int thenRegel) {
            int vanaf = 0;
            for (int r = 1; r < thenRegel && vanaf >= 0; r++) {
                vanaf = inhoud.indexOf('\n', vanaf) + 1;
            }
            int plek = actie.isEmpty() ? -1 : inhoud.indexOf(actie.lines().findFirst().orElse(""), Math.max(vanaf, 0));
            if (plek < 0) {
                return new int[] {thenRegel, 0};
            }
            int regel = (int) inhoud.substring(0, plek).chars().filter(c -> c == '\n').count() + 1;
            return new int[] {regel, plek - inhoud.lastIndexOf('\n', plek - 1)};
        }

        private void eval(EvalDescr eval, String tekst, Map<String, Class<?>> gebonden) {
            ParseResult<Expression> expressie = java().parseExpression(tekst);
            if (!expressie.isSuccessful() || expressie.getResult().isEmpty()) {
                weiger(eval, "eval(" + tekst + ") kan trede niet lezen: " + Foutuitleg.javafout(expressie.getProblems().get(0).getMessage()));
                return;
            }
            evals.put(eval, expressie.getResult().get());
            melding(eval, controle(gebonden, null, Expressiecontrole.Plek.EXPRESSIE).controleer(expressie.getResult().get()));
        }

        private Expressiecontrole controle(Map<String, Class<?>> gebonden, Class<?> patroon, Expressiecontrole.Plek plek) {
            return new Expressiecontrole(wereld, typen, gebonden, functies, patroon, plek);
        }

        /**
         * Findings in a constraint, eval or source, which the descriptions place only by line: the
         * column is where the word a finding is about stands on that line, from the column of the part.
         */
        private void melding(BaseDescr deel, List<Expressiecontrole.Bevinding> bevindingen) {
            String[] regels = inhoud.split("\n", -1);
            for (Expressiecontrole.Bevinding b : bevindingen) {
                int regel = deel.getLine() + Math.max(b.regel(), 1) - 1;
                int kolom = 0;
                if (b.kenmerk() != null && regel >= 1 && regel <= regels.length) {
                    int vanaf = b.regel() <= 1 ? Math.max(deel.getColumn() - 1, 0) : 0;
                    kolom = regels[regel - 1].indexOf(b.kenmerk(), Math.min(vanaf, regels[regel - 1].length())) + 1;
                }
                fouten.add(new Regelsetfout(pad, regel, kolom, b.melding()));
            }
        }

        private void weiger(BaseDescr descr, String melding) {
            fouten.add(new Regelsetfout(pad, Math.max(descr.getLine(), 0), 0, melding));
        }
    }

    private static boolean isGroep(BaseDescr descr) {
        return descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr || descr instanceof ExistsDescr
                || descr instanceof ForallDescr;
    }

    /** The parts of an and/or/not/exists/forall, or the input of an accumulate or collect. */
    private static List<BaseDescr> onderdelen(BaseDescr descr) {
        if (descr instanceof AccumulateDescr accumulate) {
            return accumulate.getInput() == null ? List.of() : List.of(accumulate.getInput());
        }
        if (descr instanceof CollectDescr collect) {
            return collect.getInputPattern() == null ? List.of() : List.of(collect.getInputPattern());
        }
        return ((ConditionalElementDescr) descr).getDescrs().stream().map(BaseDescr.class::cast).toList();
    }

    /** A constraint or source: the variable it binds (null if none) and its expression. */
    private record Drlx(String bind, Expression expressie) {
    }

    /**
     * A constraint as DRLX. Drools' DRLX parser splits off a binding ({@code $g : gemeente}) but
     * stops quietly at the first token it cannot use, so the expression itself is read with the
     * MVEL parser from the same module, which must reach the end of the text; {@code :=}
     * (unification) reads as a binding for the checks. Null when the text cannot be read.
     */
    private static Drlx drlx(String tekst) {
        String rest = tekst.strip();
        String bind = null;
        try {
            DrlxExpression drlx = DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(List.of()), rest.replace(":=", ":"));
            if (drlx.getBind() != null && rest.startsWith(drlx.getBind().asString())) {
                bind = drlx.getBind().asString();
                String na = rest.substring(bind.length()).stripLeading();
                rest = na.startsWith(":=") ? na.substring(2) : na.startsWith(":") ? na.substring(1) : null;
            }
        } catch (RuntimeException e) {
            return null;
        }
        if (rest == null) {
            return null;
        }
        ParseResult<Expression> expressie = new MvelParser().parse(ParseStart.EXPRESSION, Providers.provider(rest));
        return expressie.isSuccessful() && expressie.getResult().isPresent() ? new Drlx(bind, expressie.getResult().get()) : null;
    }

    /** Whether a consequence that is not Java holds Drools' modify/with block (the DRLX parser knows them). */
    private static boolean bevatWijziging(String actie) {
        try {
            ParseResult<BlockStmt> blok = new MvelParser().parse(ParseStart.BLOCK, Providers.provider("{" + actie + "\n}"));
            return blok.getResult().map(b -> !b.findAll(ModifyStatement.class).isEmpty() || !b.findAll(WithStatement.class).isEmpty())
                    .orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static JavaParser java() {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    }

    private static boolean isGetal(String tekst) {
        ParseResult<Expression> expressie = java().parseExpression(tekst == null ? "" : tekst.trim());
        return expressie.getResult().filter(e -> e instanceof IntegerLiteralExpr
                || e instanceof UnaryExpr u && u.getExpression() instanceof IntegerLiteralExpr).isPresent();
    }

    private static boolean isLetterlijk(String tekst) {
        ParseResult<Expression> expressie = java().parseExpression(tekst);
        return expressie.getResult().filter(e -> e instanceof LiteralStringValueExpr || e instanceof BooleanLiteralExpr
                || e instanceof UnaryExpr u && u.getExpression() instanceof LiteralStringValueExpr).isPresent();
    }

    private static String omschrijving(BaseDescr descr) {
        return switch (descr.getClass().getSimpleName()) {
            case "EntryPointDescr" -> "een entry-point";
            case "WindowReferenceDescr" -> "een window";
            case "ConditionalBranchDescr", "NamedConsequenceDescr" -> "een benoemde actie (if ... do[...])";
            case "GroupByDescr" -> "groupby";
            default -> "deze constructie (" + descr.getClass().getSimpleName().replace("Descr", "") + ")";
        };
    }
}
