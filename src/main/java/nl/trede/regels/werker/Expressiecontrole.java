package nl.trede.regels.werker;

import nl.trede.regels.Feittypen;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VarType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.drools.mvel.parser.printer.PrintUtil;

/**
 * Checks the Java and MVEL inside one rule (its consequence, constraints, evals and {@code from}
 * sources) against the rule profile, on the tree a real parser made of it: JavaParser for the
 * Java of consequences and evals, Drools' own DRLX parser for constraints. Every node kind is
 * either allowed here or refused with its Dutch name, so a construct nobody thought of is refused
 * rather than let through.
 */
final class Expressiecontrole {

    /** Where the text stands: each allows a little more or less. */
    enum Plek {
        /** The {@code then} part: statements. */
        ACTIE,
        /** A constraint of a pattern: names are the fields of the pattern's fact. */
        VOORWAARDE,
        /** An {@code eval(...)} or the source of a {@code from}: an expression over bound facts. */
        EXPRESSIE
    }

    /**
     * A refusal at a position inside the checked text (line 1 is its first line; 0 when unknown), with
     * the word it is about ({@code kenmerk}, null if none) for finding the column where the parser
     * keeps no positions.
     */
    record Bevinding(int regel, int kolom, String kenmerk, String melding) {
    }

    private static final Set<String> INVOEGEN = Set.of("insert", "insertLogical");
    private static final Set<String> WIJZIGEN = Set.of("modify", "update", "retract", "delete");
    private static final Set<String> ENGINE = Set.of("drools", "kcontext");
    private static final Set<String> OPERATOREN = Set.of("in", "contains", "memberOf", "excludes");

    private final Regelwereld wereld;
    private final Map<String, Class<?>> typen;
    private final Map<String, Class<?>> gebonden;
    private final Set<String> functies;
    private final Class<?> patroon;
    private final Plek plek;
    private final Set<String> lokaal = new HashSet<>();
    private final Map<String, Class<?>> lokaleFeiten = new HashMap<>();
    private final List<Bevinding> bevindingen = new ArrayList<>();

    /**
     * @param typen    the classes this DRL file imported, by simple name
     * @param gebonden every variable the rule binds, with its fact type (null for a value such as {@code $g : gemeente})
     * @param functies the functions imported with {@code import function}
     * @param patroon  for a constraint: the fact type of its pattern
     */
    Expressiecontrole(Regelwereld wereld, Map<String, Class<?>> typen, Map<String, Class<?>> gebonden,
                      Set<String> functies, Class<?> patroon, Plek plek) {
        this.wereld = wereld;
        this.typen = typen;
        this.gebonden = gebonden;
        this.functies = functies;
        this.patroon = patroon;
        this.plek = plek;
    }

    List<Bevinding> controleer(Node wortel) {
        // Locals first: a later statement may use a variable declared earlier in the block.
        wortel.findAll(VariableDeclarator.class).forEach(v -> {
            lokaal.add(v.getNameAsString());
            lokaalType(v.getType()).filter(wereld::isFeit).ifPresent(k -> lokaleFeiten.put(v.getNameAsString(), k));
        });
        // Children first: the root of a forbidden chain (the class in Runtime.getRuntime().exec) says most.
        wortel.walk(Node.TreeTraversal.POSTORDER, this::knoop);
        return List.copyOf(bevindingen);
    }

    private void knoop(Node knoop) {
        if (knoop instanceof com.github.javaparser.ast.comments.Comment) {
            weiger(knoop, "commentaar in een actie is niet toegestaan: wat een regel doet, staat in haar @uitleg, en "
                    + "toelichting hoort boven de regel");
        } else if (knoop instanceof Statement statement) {
            statement(statement);
        } else if (knoop instanceof Expression expressie) {
            expressie(expressie);
        } else if (knoop instanceof Type type) {
            type(type);
        } else if (!(knoop instanceof SimpleName || knoop instanceof Name || knoop instanceof VariableDeclarator
                || knoop instanceof Modifier)) {
            weiger(knoop, naamVan(knoop) + " is in een regel niet toegestaan");
        }
    }

    private void statement(Statement s) {
        if (s instanceof ForStmt || s instanceof ForEachStmt) {
            weiger(s, "een lus (for) is in een regel niet toegestaan; een regel beslist één ding per keer");
        } else if (s instanceof WhileStmt) {
            weiger(s, "een lus (while) is in een regel niet toegestaan; een regel beslist één ding per keer");
        } else if (s instanceof DoStmt) {
            weiger(s, "een lus (do) is in een regel niet toegestaan; een regel beslist één ding per keer");
        } else if (plek != Plek.ACTIE || !(s instanceof BlockStmt || s instanceof ExpressionStmt || s instanceof IfStmt
                || s instanceof EmptyStmt)) {
            weiger(s, naamVan(s) + " is in een regel niet toegestaan; een actie voegt feiten in, met zo nodig lokale variabelen en if");
        }
    }

    private void expressie(Expression e) {
        if (e instanceof LiteralExpr || e instanceof BinaryExpr || e instanceof ConditionalExpr || e instanceof EnclosedExpr
                || e instanceof HalfBinaryExpr || e instanceof VariableDeclarationExpr) {
            return;
        }
        if (e instanceof NameExpr naam) {
            naam(naam, naam.getNameAsString());
        } else if (e instanceof DrlNameExpr naam) {
            naam(naam, naam.getNameAsString());
        } else if (e instanceof MethodCallExpr aanroep) {
            aanroep(aanroep, aanroep.getNameAsString(), aanroep.getScope().orElse(null));
        } else if (e instanceof NullSafeMethodCallExpr aanroep) {
            aanroep(aanroep, aanroep.getNameAsString(), aanroep.getScope().orElse(null));
        } else if (e instanceof FieldAccessExpr veld) {
            veld(veld, veld.getNameAsString(), veld.getScope());
        } else if (e instanceof NullSafeFieldAccessExpr veld) {
            veld(veld, veld.getNameAsString(), veld.getScope());
        } else if (e instanceof ObjectCreationExpr nieuw) {
            nieuw(nieuw);
        } else if (e instanceof AssignExpr toekenning) {
            toekenning(toekenning, toekenning.getTarget());
        } else if (e instanceof UnaryExpr unair) {
            if (unair.getOperator().isPrefix() && unair.getOperator() != UnaryExpr.Operator.PREFIX_INCREMENT
                    && unair.getOperator() != UnaryExpr.Operator.PREFIX_DECREMENT) {
                return;
            }
            toekenning(unair, unair.getExpression());
        } else if (e instanceof CastExpr cast) {
            if (!(cast.getType() instanceof PrimitiveType)) {
                weiger(cast, "een cast naar " + tekst(cast.getType()) + " is in een regel niet toegestaan; alleen naar een getaltype zoals (int)");
            }
        } else if (e instanceof PointFreeExpr operator) {
            operator(operator, operator.getOperator().asString());
        } else if (e instanceof HalfPointFreeExpr operator) {
            operator(operator, operator.getOperator().asString());
        } else if (e instanceof ThisExpr && plek == Plek.VOORWAARDE) {
            return;
        } else {
            weiger(e, naamVan(e) + " is in een regel niet toegestaan");
        }
    }

    private void naam(Expression knoop, String naam) {
        if (ENGINE.contains(naam)) {
            weiger(knoop, "'" + naam + "' geeft een regel toegang tot de engine zelf; dat is in een regel niet toegestaan");
            return;
        }
        if (gebonden.containsKey(naam) || lokaal.contains(naam) || isScopeVanType(knoop, naam) || isVeldVanPatroon(naam)) {
            return;
        }
        boolean inNaam = knoop.getParentNode().orElse(null) instanceof FieldAccessExpr veld && veld.getScope() == knoop;
        if (inNaam && !naam.startsWith("$")) {
            weiger(knoop, "een volledig gekwalificeerde naam (" + gekwalificeerd(knoop) + ") is in een regel niet toegestaan; "
                    + "gebruik alleen de feittypen die bovenaan zijn geïmporteerd");
        } else if (Character.isUpperCase(naam.charAt(0))) {
            weiger(knoop, "de klasse " + naam + " is in een regel niet toegestaan; een regel gebruikt alleen feittypen "
                    + "en de functies van trede (" + functieklassen() + ")");
        } else if (naam.startsWith("$")) {
            weiger(knoop, "onbekende variabele '" + naam + "': die is in deze regel nergens gebonden (zoals " + naam + " : veld)");
        } else if (plek == Plek.VOORWAARDE && patroon != null) {
            weiger(knoop, onbekendVeld(patroon, naam));
        } else {
            weiger(knoop, "onbekende naam '" + naam + "'");
        }
    }

    /** In a constraint a plain name is a field of the pattern's fact: {@code realisatie} in {@code HalfjaarCijfers( realisatie > 3 )}. */
    private boolean isVeldVanPatroon(String naam) {
        return plek == Plek.VOORWAARDE && patroon != null && Regelwereld.ledenVan(patroon).contains(naam);
    }

    /** {@code Grondslag} in {@code Grondslag.TOTAALOPGAVE}: an imported type used as the scope of a field or method. */
    private boolean isScopeVanType(Expression knoop, String naam) {
        return typen.containsKey(naam) && knoop.getParentNode().flatMap(Expressiecontrole::scopeVan).filter(s -> s == knoop).isPresent();
    }

    private void aanroep(Expression knoop, String naam, Expression scope) {
        if (scope == null) {
            if (WIJZIGEN.contains(naam)) {
                weiger(knoop, naam + "(...) is in een regel niet toegestaan: feiten zijn onveranderlijk; een regel concludeert "
                        + "door een nieuw feit in te voegen met insert(new ...)");
            } else if (INVOEGEN.contains(naam) && plek == Plek.ACTIE) {
                invoegen(knoop);
            } else if (functies.contains(naam) || isVeldVanPatroon(naam)) {
                return;
            } else if (plek == Plek.VOORWAARDE && patroon != null && !"eval".equals(naam)) {
                weiger(knoop, onbekendVeld(patroon, naam));
            } else {
                weiger(knoop, "de functie " + naam + "(...) is in een regel niet toegestaan; beschikbaar zijn de functies van "
                        + functieklassen() + " (met import function)");
            }
            return;
        }
        Class<?> type = typeVanScope(scope);
        if (type != null) {
            if (!Regelwereld.publiekeStatischeMethoden(type).contains(naam)) {
                weiger(knoop, type.getSimpleName() + "." + naam + "(...) is in een regel niet toegestaan");
            }
            return;
        }
        Class<?> feit = feitVan(scope);
        if (feit != null && !Regelwereld.ledenVan(feit).contains(naam) && !wereld.isLid(naam)) {
            weiger(knoop, onbekendVeld(feit, naam));
        } else if (!wereld.isLid(naam) && !isOnbekendeWortel(scope)) {
            weiger(knoop, "de methode " + naam + "(...) is in een regel niet toegestaan; een regel leest alleen de velden "
                    + "van feiten en rekent, vergelijkt en schrijft tekst");
        }
    }

    private void veld(Expression knoop, String naam, Expression scope) {
        Class<?> type = typeVanScope(scope);
        if (type != null) {
            if (!Regelwereld.heeftPubliekStatischVeld(type, naam)) {
                weiger(knoop, type.getSimpleName() + " heeft geen waarde " + naam);
            }
            return;
        }
        Class<?> feit = feitVan(scope);
        if (feit != null && !Regelwereld.ledenVan(feit).contains(naam)) {
            weiger(knoop, onbekendVeld(feit, naam));
        } else if (feit == null && !wereld.isLid(naam) && !isOnbekendeWortel(scope)) {
            weiger(knoop, "'" + naam + "' is in een regel niet toegestaan; een regel leest alleen de velden van feiten");
        }
    }

    private void nieuw(ObjectCreationExpr nieuw) {
        Class<?> klasse = nieuw.getType().getScope().isPresent() ? null : typen.get(nieuw.getType().getNameAsString());
        if (!wereld.isFeit(klasse)) {
            weiger(nieuw, "new " + tekst(nieuw.getType()) + "(...) is in een regel niet toegestaan; een regel maakt alleen feiten ("
                    + String.join(", ", Feittypen.alle().keySet()) + ")");
        } else if (nieuw.getAnonymousClassBody().isPresent()) {
            weiger(nieuw, "een anonieme klasse is in een regel niet toegestaan");
        }
    }

    /** {@code insert(x)}: x must be a fact: a new one, one made by its type, or a bound or local fact. */
    private void invoegen(Expression knoop) {
        MethodCallExpr aanroep = (MethodCallExpr) knoop;
        if (aanroep.getArguments().size() != 1) {
            weiger(knoop, aanroep.getNameAsString() + " voegt één feit in: " + aanroep.getNameAsString() + "(new ...)");
            return;
        }
        Expression feit = aanroep.getArgument(0);
        boolean isFeit = feit instanceof ObjectCreationExpr
                || feit instanceof MethodCallExpr fabriek && fabriek.getScope().map(this::typeVanScope)
                        .filter(wereld::isFeit).map(t -> geeftFeit(t, fabriek.getNameAsString())).orElse(false)
                || feit instanceof NameExpr naam && (wereld.isFeit(gebonden.get(naam.getNameAsString()))
                        || lokaleFeiten.containsKey(naam.getNameAsString()));
        if (!isFeit) {
            weiger(knoop, aanroep.getNameAsString() + " voegt alleen feiten in, zoals " + aanroep.getNameAsString()
                    + "(new Opgave(...)); '" + tekst(feit) + "' is geen feit");
        }
    }

    private boolean geeftFeit(Class<?> type, String methode) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(methode)).map(Method::getReturnType)
                .allMatch(wereld::isFeit);
    }

    private void toekenning(Expression knoop, Expression doel) {
        String naam = doel instanceof NameExpr n ? n.getNameAsString() : doel instanceof DrlNameExpr d ? d.getNameAsString() : null;
        if (plek != Plek.ACTIE || naam == null || !lokaal.contains(naam)) {
            weiger(knoop, "alleen een lokale variabele van de actie kan een nieuwe waarde krijgen; feiten zijn onveranderlijk");
        }
    }

    private void operator(Expression knoop, String operator) {
        if (!OPERATOREN.contains(operator)) {
            weiger(knoop, "de operator '" + operator + "' is in een regel niet toegestaan; gebruik ==, <, >, in, contains of memberOf");
        }
    }

    private void type(Type type) {
        if (type instanceof PrimitiveType || type instanceof VarType) {
            return;
        }
        if (type instanceof ClassOrInterfaceType klasse && klasse.getParentNode().filter(ObjectCreationExpr.class::isInstance).isPresent()) {
            return; // checked as the 'new' it belongs to
        }
        if (lokaalType(type).isEmpty()) {
            weiger(type, "het type " + tekst(type) + " is in een regel niet toegestaan; gebruik een getal, tekst of een feittype");
        }
    }

    private Optional<Class<?>> lokaalType(Type type) {
        if (!(type instanceof ClassOrInterfaceType klasse) || klasse.getScope().isPresent() || klasse.getTypeArguments().isPresent()) {
            return Optional.empty();
        }
        String naam = klasse.getNameAsString();
        Optional<Class<?>> geimporteerd = Optional.ofNullable(typen.get(naam));
        return geimporteerd.filter(k -> wereld.isFeit(k) || k.isEnum()).or(() -> wereld.taaltype(naam));
    }

    /** The imported type a scope names ({@code Soort} in {@code Soort.REGULIER}), unless a variable has that name. */
    private Class<?> typeVanScope(Expression scope) {
        String naam = scope instanceof NameExpr n ? n.getNameAsString() : scope instanceof DrlNameExpr d ? d.getNameAsString() : null;
        if (naam == null || gebonden.containsKey(naam) || lokaal.contains(naam)) {
            return null;
        }
        return typen.get(naam);
    }

    /** The fact type of a bound or local variable used as a scope ({@code $c} in {@code $c.realisatie()}). */
    private Class<?> feitVan(Expression scope) {
        String naam = scope instanceof NameExpr n ? n.getNameAsString() : scope instanceof DrlNameExpr d ? d.getNameAsString() : null;
        if (naam == null) {
            return null;
        }
        Class<?> klasse = gebonden.getOrDefault(naam, lokaleFeiten.get(naam));
        return wereld.isFeit(klasse) ? klasse : null;
    }

    /** {@code java.lang} in {@code java.lang.System}: its root is refused on its own, once. */
    private boolean isOnbekendeWortel(Expression scope) {
        Expression wortel = scope;
        while (wortel instanceof FieldAccessExpr veld) {
            wortel = veld.getScope();
        }
        String naam = wortel instanceof NameExpr n ? n.getNameAsString() : wortel instanceof DrlNameExpr d ? d.getNameAsString() : null;
        return naam != null && !gebonden.containsKey(naam) && !lokaal.contains(naam) && !typen.containsKey(naam)
                && !isVeldVanPatroon(naam);
    }

    private static Optional<Expression> scopeVan(Node ouder) {
        if (ouder instanceof FieldAccessExpr f) {
            return Optional.of(f.getScope());
        }
        if (ouder instanceof MethodCallExpr m) {
            return m.getScope();
        }
        if (ouder instanceof NullSafeFieldAccessExpr f) {
            return Optional.of(f.getScope());
        }
        if (ouder instanceof NullSafeMethodCallExpr m) {
            return m.getScope();
        }
        return Optional.empty();
    }

    /** {@code java.lang.System} for the {@code java} at the root of {@code java.lang.System.exit(1)}. */
    private static String gekwalificeerd(Node wortel) {
        StringBuilder naam = new StringBuilder(tekst(wortel));
        Node knoop = wortel;
        while (knoop.getParentNode().orElse(null) instanceof FieldAccessExpr veld && veld.getScope() == knoop) {
            naam.append('.').append(veld.getNameAsString());
            knoop = veld;
        }
        return naam.toString();
    }

    /** A node as text; DRLX nodes only print with Drools' own printer. */
    private static String tekst(Node knoop) {
        return PrintUtil.printNode(knoop);
    }

    static String onbekendVeld(Class<?> feit, String naam) {
        String type = Feittypen.naam(feit).orElse(feit.getSimpleName());
        return type + " heeft geen veld '" + naam + "'" + Foutuitleg.bedoelt(naam, Regelwereld.velden(feit))
                + "; de velden van " + type + " zijn: " + Regelwereld.veldenMetSoort(feit);
    }

    private static String functieklassen() {
        return String.join(", ", Regelwereld.FUNCTIEKLASSEN.stream().map(Class::getSimpleName).toList());
    }

    private void weiger(Node knoop, String melding) {
        int regel = knoop.getBegin().map(p -> p.line).orElse(0);
        int kolom = knoop.getBegin().map(p -> p.column).orElse(0);
        bevindingen.add(new Bevinding(regel, kolom, kenmerk(knoop), melding));
    }

    private static String kenmerk(Node knoop) {
        if (knoop instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (knoop instanceof DrlNameExpr n) {
            return n.getNameAsString();
        }
        if (knoop instanceof MethodCallExpr m) {
            return m.getNameAsString();
        }
        if (knoop instanceof NullSafeMethodCallExpr m) {
            return m.getNameAsString();
        }
        if (knoop instanceof FieldAccessExpr f) {
            return f.getNameAsString();
        }
        return knoop instanceof ObjectCreationExpr ? "new" : null;
    }

    /** The Dutch name of a construct a rule may not contain. */
    static String naamVan(Node knoop) {
        return switch (knoop.getClass().getSimpleName()) {
            case "LambdaExpr" -> "een lambda (->)";
            case "MethodReferenceExpr" -> "een methodeverwijzing (::)";
            case "ClassExpr" -> "een klasseverwijzing (.class)";
            case "ArrayCreationExpr", "ArrayInitializerExpr", "ArrayAccessExpr", "ArrayType" -> "een array";
            case "ThisExpr" -> "this";
            case "SuperExpr" -> "super";
            case "InstanceOfExpr" -> "instanceof";
            case "SwitchExpr", "SwitchStmt", "SwitchEntry" -> "een switch";
            case "TryStmt", "CatchClause" -> "try/catch";
            case "ThrowStmt" -> "throw";
            case "SynchronizedStmt" -> "synchronized";
            case "ReturnStmt" -> "return";
            case "BreakStmt", "ContinueStmt", "LabeledStmt", "YieldStmt" -> "een sprong (break, continue, label)";
            case "LocalClassDeclarationStmt", "LocalRecordDeclarationStmt", "ClassOrInterfaceDeclaration" -> "een klasse";
            case "AssertStmt" -> "assert";
            case "ListCreationLiteralExpression", "MapCreationLiteralExpression" -> "een lijst of map";
            case "InlineCastExpr", "FullyQualifiedInlineCastExpr" -> "een cast (#)";
            case "OOPathExpr" -> "een OOPath";
            case "TemporalLiteralExpr" -> "een tijdsduur";
            default -> "deze constructie (" + knoop.getClass().getSimpleName() + ")";
        };
    }
}
