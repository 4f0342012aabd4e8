package nl.trede.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.beoordeling.Beoordelingsronde;
import nl.trede.beoordeling.Opgave;
import nl.trede.beoordeling.RondeUitgevoerd;
import nl.trede.beoordeling.TredeVoorstel;
import nl.trede.regels.Engineversie;
import nl.trede.regels.GevuurdeRegel;
import nl.trede.regels.Regelset;
import nl.trede.regels.RegelsetService;
import nl.trede.regels.Uitvoering;
import nl.trede.systeem.NietGevondenException;
import nl.trede.verdeling.GemeenteUitkomst;
import nl.trede.verdeling.Verdeling;
import nl.trede.verdeling.VerdelingService;
import nl.trede.verdeling.VerdelingVastgelegd;
import nl.trede.verdeling.VerdelingVerzoek;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a receipt per beoordeling, and answers the auditor's questions from the receipts. */
@Service
public class AuditService {

    static final String BEOORDELING = "BEOORDELING";
    static final String VERDELING = "VERDELING";
    private static final String FEITPAKKET = "nl.trede.";

    private final BewijsRepository bewijzen;
    private final RegelsetService regelsets;
    private final BeoordelingService beoordelingen;
    private final VerdelingService verdelingen;
    private final Engineversie engine;
    private final JsonMapper json;
    private final Clock klok;

    AuditService(BewijsRepository bewijzen, RegelsetService regelsets, BeoordelingService beoordelingen,
                 VerdelingService verdelingen, Engineversie engine, JsonMapper json, Optional<Clock> klok) {
        this.bewijzen = bewijzen;
        this.regelsets = regelsets;
        this.beoordelingen = beoordelingen;
        this.verdelingen = verdelingen;
        this.engine = engine;
        this.json = json;
        this.klok = klok.orElse(Clock.systemUTC());
    }

    /** In the run's own transaction: a failing receipt fails the run. */
    @EventListener
    public void legVast(RondeUitgevoerd uitgevoerd) {
        Beoordelingsronde ronde = uitgevoerd.ronde();
        ObjectNode bestanden = bestanden(uitgevoerd.regelset());
        ArrayNode parameterfeiten = feiten(uitgevoerd.parameterfeiten());
        List<String> documenten = new ArrayList<>();
        for (Beoordeling b : uitgevoerd.beoordelingen()) {
            ObjectNode document = document(BEOORDELING, ronde.droolsVersie(), ronde.tredeVersie(), ronde.regelsetVersie(),
                    bestanden, parameterfeiten.deepCopy().add(feit(uitgevoerd.cijfers().get(b.gemeente()))),
                    uitgevoerd.regels().getOrDefault(b.gemeente(), List.of()));
            document.put("ronde", ronde.id()).put("beoordeling", b.id()).put("gemeente", b.gemeente())
                    .put("periode", ronde.periode());
            document.set("uitkomst", json.valueToTree(uitkomst(b)));
            documenten.add(json.writeValueAsString(document));
        }
        bewijzen.voegToe(BEOORDELING, ronde.id(), uitgevoerd.beoordelingen().stream().map(Beoordeling::id).toList(),
                uitgevoerd.beoordelingen().stream().map(Beoordeling::gemeente).toList(), ronde.periode(),
                ronde.regelsetVersie(), klok.instant(), documenten, bewijzen.sluitKetenEnGeefLaatsteHash());
    }

    /** A computed verdeling: one receipt with its input, parameter date, fired rules and every gemeente's numbers. */
    @EventListener
    public void legVast(VerdelingVastgelegd vastgelegd) {
        Verdeling verdeling = vastgelegd.verdeling();
        String vorige = bewijzen.sluitKetenEnGeefLaatsteHash();
        ObjectNode document = document(VERDELING, engine.drools(), engine.trede(), vastgelegd.regelset().versie(),
                bestanden(vastgelegd.regelset()), feiten(List.copyOf(vastgelegd.parameters())), vastgelegd.gevuurd());
        document.put("verdeling", verdeling.id()).put("provincie", verdeling.provincie())
                .put("parameterdatum", vastgelegd.parameterdatum().toString());
        document.set("invoer", json.valueToTree(vastgelegd.verzoek()));
        ObjectNode uitkomst = document.putObject("uitkomst");
        verdeling.gemeenten().forEach(g -> uitkomst.set(g.gemeente(), json.valueToTree(aandeel(g))));
        bewijzen.voegToe(VERDELING, verdeling.id(), Arrays.asList((Long) null), Arrays.asList((String) null), null,
                vastgelegd.regelset().versie(), klok.instant(), List.of(json.writeValueAsString(document)), vorige);
    }

    /** What every receipt holds: its kind, the engine, the rule-set version with each file's hash, facts and fired rules. */
    private ObjectNode document(String soort, String drools, String trede, String regelsetVersie, ObjectNode bestanden,
                                ArrayNode feiten, List<GevuurdeRegel> gevuurd) {
        ObjectNode document = json.createObjectNode().put("soort", soort);
        document.putObject("engine").put("drools", drools).put("trede", trede);
        document.putObject("regelset").put("versie", regelsetVersie).set("bestanden", bestanden);
        document.set("feiten", feiten);
        ArrayNode regels = document.putArray("regels");
        for (GevuurdeRegel regel : gevuurd) {
            ObjectNode r = regels.addObject().put("volgnummer", regel.volgnummer()).put("regel", regel.regel())
                    .put("pakket", regel.pakket()).put("grondslag", regel.grondslag());
            r.set("feiten", feiten(regel.feiten()));
            r.set("conclusies", feiten(regel.conclusies()));
        }
        return document;
    }

    private static VerdelingHerhaling.Aandeel aandeel(GemeenteUitkomst g) {
        return new VerdelingHerhaling.Aandeel(g.regulier(), g.amv(), g.restRegulier(), g.restAmv());
    }

    /** Computes a stored verdeling again from its receipt, with the rule files of its own version from the database. */
    @Transactional(readOnly = true)
    public VerdelingHerhaling herhaalVerdeling(long verdelingId) {
        Beslissingsbewijs bewijs = bewijzen.vanRonde(VERDELING, verdelingId).stream().findFirst()
                .orElseThrow(() -> new NietGevondenException("Verdeling " + verdelingId
                        + " heeft geen beslissingsbewijs om te herhalen (een overgenomen gepubliceerd besluit is niet berekend)"));
        JsonNode document = json.readTree(bewijs.inhoud());
        List<GemeenteUitkomst> herhaald = verdelingen.herbereken(
                json.treeToValue(document.get("invoer"), VerdelingVerzoek.class), regelsets.versie(bewijs.regelsetVersie()),
                LocalDate.parse(document.get("parameterdatum").asText()));
        Map<String, GemeenteUitkomst> perGemeente = herhaald.stream()
                .collect(Collectors.toMap(GemeenteUitkomst::gemeente, g -> g));
        List<VerdelingHerhaling.Gemeente> gemeenten = new ArrayList<>();
        Map<String, String> namen = verdelingen.verdeling(verdelingId).gemeenten().stream()
                .collect(Collectors.toMap(GemeenteUitkomst::gemeente, GemeenteUitkomst::gemeenteNaam));
        JsonNode uitkomst = document.get("uitkomst");
        for (String gemeente : uitkomst.propertyNames()) {
            VerdelingHerhaling.Aandeel was = json.treeToValue(uitkomst.get(gemeente), VerdelingHerhaling.Aandeel.class);
            VerdelingHerhaling.Aandeel nu = perGemeente.containsKey(gemeente) ? aandeel(perGemeente.get(gemeente)) : null;
            gemeenten.add(new VerdelingHerhaling.Gemeente(gemeente, namen.getOrDefault(gemeente, gemeente), was, nu, was.equals(nu)));
        }
        int identiek = (int) gemeenten.stream().filter(VerdelingHerhaling.Gemeente::identiek).count();
        return new VerdelingHerhaling(verdelingId, bewijs.regelsetVersie(), identiek, gemeenten.size() - identiek, gemeenten);
    }

    private static Herhaling.Uitkomst uitkomst(Beoordeling b) {
        return new Herhaling.Uitkomst(b.trede(), b.grondslag().name(), b.standEinde(), b.tredeOpTotaalopgave(),
                b.koppelingstekortGunstig());
    }

    /** Each fact with its class, so a replay can rebuild it exactly. */
    private ArrayNode feiten(List<?> feiten) {
        ArrayNode lijst = json.createArrayNode();
        feiten.forEach(f -> lijst.add(feit(f)));
        return lijst;
    }

    private ObjectNode feit(Object feit) {
        ObjectNode node = json.createObjectNode().put("type", feit.getClass().getName());
        node.set("waarde", json.valueToTree(feit));
        return node;
    }

    /** The sha256 of every file of the rule set, computed once per run rather than per receipt. */
    private ObjectNode bestanden(Regelset regelset) {
        ObjectNode bestanden = json.createObjectNode();
        regelset.bestanden().forEach((pad, inhoud) -> bestanden.put(pad, Regelset.hashVan(inhoud)));
        return bestanden;
    }

    @Transactional(readOnly = true)
    public List<Beslissingsbewijs> bewijzenVanRonde(long rondeId) {
        return bewijzen.vanRonde(BEOORDELING, rondeId);
    }

    /**
     * Re-runs a stored run from its receipts with the rule files of its own version, read from the
     * database (not from rules/), and compares per gemeente with what was recorded.
     */
    @Transactional(readOnly = true)
    public Herhaling herhaal(long rondeId) {
        List<Beslissingsbewijs> ronde = bewijzenVanRonde(rondeId);
        if (ronde.isEmpty()) {
            throw new NietGevondenException("Ronde " + rondeId + " heeft geen beslissingsbewijzen om te herhalen");
        }
        String versie = ronde.get(0).regelsetVersie();
        Regelset regelset = regelsets.versie(versie);
        Map<String, JsonNode> feiten = new LinkedHashMap<>();
        Map<String, JsonNode> documenten = new TreeMap<>();
        for (Beslissingsbewijs bewijs : ronde) {
            JsonNode document = json.readTree(bewijs.inhoud());
            documenten.put(bewijs.gemeente(), document);
            document.get("feiten").forEach(f -> feiten.putIfAbsent(f.toString(), f));
        }
        Uitvoering uitvoering = regelset.voerUit(feiten.values().stream().map(this::feit).toList());
        Map<String, TredeVoorstel> voorstellen = uitvoering.conclusies(TredeVoorstel.class).stream()
                .collect(Collectors.toMap(TredeVoorstel::gemeente, v -> v, (x, y) -> x));
        Map<String, Opgave> opgaven = uitvoering.conclusies(Opgave.class).stream()
                .collect(Collectors.toMap(Opgave::gemeente, o -> o, (x, y) -> x));
        List<Herhaling.Gemeente> gemeenten = new ArrayList<>();
        documenten.forEach((gemeente, document) -> {
            Herhaling.Uitkomst vastgelegd = json.treeToValue(document.get("uitkomst"), Herhaling.Uitkomst.class);
            TredeVoorstel voorstel = voorstellen.get(gemeente);
            Opgave opgave = opgaven.get(gemeente);
            Herhaling.Uitkomst herhaald = voorstel == null || opgave == null ? null
                    : new Herhaling.Uitkomst(voorstel.trede(), voorstel.grondslag().name(), opgave.standEinde(),
                    voorstel.tredeOpTotaalopgave(), voorstel.koppelingstekortGunstig());
            gemeenten.add(new Herhaling.Gemeente(gemeente, naam(document), vastgelegd, herhaald, vastgelegd.equals(herhaald)));
        });
        int identiek = (int) gemeenten.stream().filter(Herhaling.Gemeente::identiek).count();
        return new Herhaling(rondeId, versie, identiek, gemeenten.size() - identiek, gemeenten);
    }

    private Object feit(JsonNode feit) {
        String type = feit.get("type").asText();
        if (!type.startsWith(FEITPAKKET)) {
            throw new IllegalStateException("Onbekend feittype in een beslissingsbewijs: " + type);
        }
        try {
            return json.treeToValue(feit.get("waarde"), Class.forName(type));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Het feittype " + type + " bestaat niet meer in deze versie van trede", e);
        }
    }

    private String naam(JsonNode document) {
        for (JsonNode feit : document.get("feiten")) {
            if (feit.get("waarde").has("gemeenteNaam")) {
                return feit.get("waarde").get("gemeenteNaam").asText();
            }
        }
        return document.get("gemeente").asText();
    }

    /** Two runs compared per gemeente: the outcome, and which inputs differ. */
    @Transactional(readOnly = true)
    public Vergelijking vergelijk(long rondeA, long rondeB) {
        Beoordelingsronde a = beoordelingen.ronde(rondeA);
        Beoordelingsronde b = beoordelingen.ronde(rondeB);
        if (!a.periode().equals(b.periode())) {
            throw new IllegalArgumentException("Ronde " + rondeA + " (" + a.periode() + ") en ronde " + rondeB + " ("
                    + b.periode() + ") gaan over verschillende periodes; vergelijk rondes van dezelfde periode");
        }
        Map<String, JsonNode> perGemeenteA = documenten(rondeA);
        Map<String, JsonNode> perGemeenteB = documenten(rondeB);
        Set<String> alle = new TreeSet<>(perGemeenteA.keySet());
        alle.addAll(perGemeenteB.keySet());
        List<Vergelijking.Gemeente> gemeenten = new ArrayList<>();
        for (String gemeente : alle) {
            JsonNode docA = perGemeenteA.get(gemeente);
            JsonNode docB = perGemeenteB.get(gemeente);
            Herhaling.Uitkomst uitA = docA == null ? null : json.treeToValue(docA.get("uitkomst"), Herhaling.Uitkomst.class);
            Herhaling.Uitkomst uitB = docB == null ? null : json.treeToValue(docB.get("uitkomst"), Herhaling.Uitkomst.class);
            List<Vergelijking.Verschil> verschillen = docA == null || docB == null
                    ? List.of(new Vergelijking.Verschil(Vergelijking.Oorzaak.CIJFERS,
                            "alleen beoordeeld in ronde " + (docA == null ? rondeB : rondeA)))
                    : verschillen(docA, docB);
            gemeenten.add(new Vergelijking.Gemeente(gemeente, naam(docA != null ? docA : docB), uitA, uitB,
                    !Objects.equals(uitA, uitB), verschillen));
        }
        int gewijzigd = (int) gemeenten.stream().filter(Vergelijking.Gemeente::gewijzigd).count();
        return new Vergelijking(rondeA, rondeB, a.periode(), gewijzigd, gemeenten.size() - gewijzigd, gemeenten);
    }

    private Map<String, JsonNode> documenten(long rondeId) {
        Map<String, JsonNode> documenten = new TreeMap<>();
        bewijzenVanRonde(rondeId).forEach(b -> documenten.put(b.gemeente(), json.readTree(b.inhoud())));
        return documenten;
    }

    private List<Vergelijking.Verschil> verschillen(JsonNode a, JsonNode b) {
        List<Vergelijking.Verschil> verschillen = new ArrayList<>();
        velden(feitVan(a, "HalfjaarCijfers"), feitVan(b, "HalfjaarCijfers"))
                .forEach(v -> verschillen.add(new Vergelijking.Verschil(Vergelijking.Oorzaak.CIJFERS, v)));
        bestanden(a, b, pad -> pad.endsWith(".drl"))
                .forEach(v -> verschillen.add(new Vergelijking.Verschil(Vergelijking.Oorzaak.REGELS, v)));
        Set<String> parameters = new LinkedHashSet<>(bestanden(a, b, pad -> pad.startsWith("parameters/")));
        parameters.addAll(parameterwaarden(a, b));
        parameters.forEach(v -> verschillen.add(new Vergelijking.Verschil(Vergelijking.Oorzaak.PARAMETERS, v)));
        velden(a.get("engine"), b.get("engine"))
                .forEach(v -> verschillen.add(new Vergelijking.Verschil(Vergelijking.Oorzaak.ENGINE, v)));
        return verschillen;
    }

    private static JsonNode feitVan(JsonNode document, String soort) {
        for (JsonNode feit : document.get("feiten")) {
            if (feit.get("type").asText().endsWith("." + soort)) {
                return feit.get("waarde");
            }
        }
        return null;
    }

    /** "realisatie 12 -> 15" for every field that differs. */
    private static List<String> velden(JsonNode a, JsonNode b) {
        List<String> verschillen = new ArrayList<>();
        if (a == null || b == null) {
            return verschillen;
        }
        Set<String> namen = new TreeSet<>(a.propertyNames());
        namen.addAll(b.propertyNames());
        for (String naam : namen) {
            JsonNode va = a.get(naam);
            JsonNode vb = b.get(naam);
            if (!Objects.equals(va, vb)) {
                verschillen.add(naam + " " + tekst(va) + " -> " + tekst(vb));
            }
        }
        return verschillen;
    }

    private static String tekst(JsonNode waarde) {
        return waarde == null || waarde.isNull() ? "leeg" : waarde.isString() ? waarde.asText() : waarde.toString();
    }

    private static List<String> bestanden(JsonNode a, JsonNode b, Predicate<String> welke) {
        JsonNode bestandenA = a.get("regelset").get("bestanden");
        JsonNode bestandenB = b.get("regelset").get("bestanden");
        Set<String> paden = new TreeSet<>(bestandenA.propertyNames());
        paden.addAll(bestandenB.propertyNames());
        List<String> verschillen = new ArrayList<>();
        for (String pad : paden) {
            if (welke.test(pad) && !Objects.equals(bestandenA.get(pad), bestandenB.get(pad))) {
                verschillen.add(pad + (bestandenA.get(pad) == null ? " toegevoegd"
                        : bestandenB.get(pad) == null ? " verwijderd" : " gewijzigd"));
            }
        }
        return verschillen;
    }

    private static List<String> parameterwaarden(JsonNode a, JsonNode b) {
        Map<String, JsonNode> waardenA = parameters(a);
        Map<String, JsonNode> waardenB = parameters(b);
        Set<String> namen = new TreeSet<>(waardenA.keySet());
        namen.addAll(waardenB.keySet());
        List<String> verschillen = new ArrayList<>();
        for (String naam : namen) {
            JsonNode va = waardenA.get(naam);
            JsonNode vb = waardenB.get(naam);
            if (!Objects.equals(va, vb)) {
                verschillen.add(naam + " " + tekst(va) + " -> " + tekst(vb));
            }
        }
        return verschillen;
    }

    private static Map<String, JsonNode> parameters(JsonNode document) {
        Map<String, JsonNode> waarden = new TreeMap<>();
        for (JsonNode feit : document.get("feiten")) {
            if (feit.get("type").asText().endsWith(".Parameter")) {
                JsonNode waarde = feit.get("waarde");
                waarden.put(waarde.get("naam").asText(), waarde.get("getal").isNull() ? waarde.get("tekst") : waarde.get("getal"));
            }
        }
        return waarden;
    }

    /** Walks the whole chain and reports the first receipt whose link or content does not hold. */
    @Transactional(readOnly = true)
    public Verificatie verifieer() {
        AtomicReference<String> vorige = new AtomicReference<>(Beslissingsbewijs.BEGIN);
        AtomicReference<Verificatie.Breuk> breuk = new AtomicReference<>();
        AtomicLong aantal = new AtomicLong();
        bewijzen.doorloop(bewijs -> {
            if (breuk.get() != null) {
                return;
            }
            aantal.incrementAndGet();
            if (!bewijs.vorigeHash().equals(vorige.get())) {
                breuk.set(breuk(bewijs, "verwijst naar vorige hash " + bewijs.vorigeHash().substring(0, 12)
                        + ", maar het bewijs ervoor heeft hash " + vorige.get().substring(0, 12)
                        + ": er is een bewijs verwijderd, ingevoegd of verplaatst"));
            } else if (!sha256(bewijs.vorigeHash() + bewijs.inhoud()).equals(bewijs.hash())) {
                breuk.set(breuk(bewijs, "de inhoud past niet bij de vastgelegde hash: het bewijs is na het vastleggen gewijzigd"));
            }
            vorige.set(bewijs.hash());
        });
        return new Verificatie(aantal.get(), breuk.get() == null, breuk.get());
    }

    private static Verificatie.Breuk breuk(Beslissingsbewijs bewijs, String reden) {
        return new Verificatie.Breuk(bewijs.id(), bewijs.soort(), bewijs.rondeId(), bewijs.gemeente(),
                "Beslissingsbewijs " + bewijs.id() + " (ronde " + bewijs.rondeId()
                        + (bewijs.gemeente() == null ? "" : ", " + bewijs.gemeente()) + ") " + reden + ".");
    }

    private static String sha256(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The explanation of a beoordeling in the order a person reads it, with the rule and numbers of each step. */
    @Transactional(readOnly = true)
    public Uitleg uitleg(long beoordelingId) {
        Beoordeling b = beoordelingen.beoordeling(beoordelingId);
        Map<String, Uitleg.Stap> perTekst = new LinkedHashMap<>();
        for (Beslissingsbewijs bewijs : bewijzen.vanBeoordeling(beoordelingId)) {
            for (JsonNode regel : json.readTree(bewijs.inhoud()).get("regels")) {
                for (JsonNode conclusie : regel.get("conclusies")) {
                    JsonNode waarde = conclusie.get("waarde");
                    Map<String, Object> getallen = new TreeMap<>();
                    for (String veld : waarde.propertyNames()) {
                        if (!veld.equals("uitleg") && !veld.equals("gemeente")) {
                            getallen.put(veld, json.treeToValue(waarde.get(veld), Object.class));
                        }
                    }
                    perTekst.put(waarde.get("uitleg").asText(), new Uitleg.Stap(waarde.get("uitleg").asText(),
                            regel.get("regel").asText(), regel.get("grondslag").asText(), getallen));
                }
            }
        }
        List<Uitleg.Stap> stappen = b.uitleg().stream()
                .map(tekst -> perTekst.getOrDefault(tekst, new Uitleg.Stap(tekst, null, null, Map.of()))).toList();
        return new Uitleg(b.id(), b.gemeente(), b.gemeenteNaam(), b.periode(), b.trede(), b.grondslag().name(), stappen,
                geschiedenis(b.gemeente()));
    }

    /** Every beoordeling of a gemeente over the years that fits the search, newest first. */
    @Transactional(readOnly = true)
    public List<Beoordeling> zoek(String gemeenteCode, String periode, Integer trede, String grondslag) {
        Zoekvraag vraag = new Zoekvraag(gemeenteCode, periode, trede, grondslag);
        return beoordelingen.vanGemeente(gemeenteCode).stream().filter(vraag::past).toList();
    }

    /** The same as CSV, for the auditor's own analysis. */
    @Transactional(readOnly = true)
    public String zoekAlsCsv(String gemeenteCode, String periode, Integer trede, String grondslag) {
        return Zoekvraag.csv(zoek(gemeenteCode, periode, trede, grondslag));
    }

    /** Per period the gemeente's trede in the latest run of that period, oldest first. */
    @Transactional(readOnly = true)
    public List<Uitleg.Schakel> geschiedenis(String gemeente) {
        Map<String, Beoordeling> laatstePerPeriode = new TreeMap<>();
        beoordelingen.vanGemeente(gemeente).forEach(b -> laatstePerPeriode.merge(b.periode(), b,
                (x, y) -> x.rondeId() > y.rondeId() ? x : y));
        return laatstePerPeriode.values().stream().sorted(Comparator.comparing(Beoordeling::periode))
                .map(b -> new Uitleg.Schakel(b.periode(), b.trede(), b.id(), "/beoordelingen/" + b.id())).toList();
    }
}
