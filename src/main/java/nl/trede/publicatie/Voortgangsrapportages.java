package nl.trede.publicatie;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.trede.audit.Bewijzen;
import nl.trede.bestand.CsvSchrijver;
import nl.trede.bestand.XlsxSchrijver;
import nl.trede.beoordeling.Beoordeling;
import nl.trede.beoordeling.BeoordelingService;
import nl.trede.beoordeling.Beoordelingsronde;
import nl.trede.beoordeling.Grondslag;
import nl.trede.beoordeling.Samenvatting;
import nl.trede.beoordeling.Trede;
import nl.trede.invoer.InvoerService;
import nl.trede.invoer.Periodecijfers;
import nl.trede.kern.Periode;
import nl.trede.regels.RegelTekst;
import nl.trede.systeem.ConflictException;
import nl.trede.systeem.Tijdstip;
import org.springframework.stereotype.Service;

/**
 * The voortgangsrapportage to Provinciale Staten over one ronde, as in the Utrecht report over 2023-2: Tabel 1
 * (this period and the previous one), Tabel 2 (the vastgestelde trede and the grondslag per gemeente), the
 * counts, the koppelingstekort, the deviations and a vooruitblik. As PDF/A from the template of the ronde's
 * rule-set version, and its tables as CSV and xlsx. Only vastgestelde beoordelingen are reported; 409 when
 * the ronde has none.
 */
@Service
public class Voortgangsrapportages {

    static final List<String> TABEL1_KOLOMMEN = List.of("periode", "taakstelling", "achterstand_vorige_periode",
            "totaalopgave", "gerealiseerd", "taakstelling_gerealiseerd_procent", "totaalopgave_gerealiseerd_procent",
            "achterstand_einde_periode");
    static final List<String> TABEL2_KOLOMMEN = List.of("gemeente", "cbs_code", "periode", "vastgestelde_trede",
            "beoordeeld_op", "koppelingstekort_gunstiger", "voorgestelde_trede", "reden_afwijking", "taakstelling",
            "stand_begin", "correcties", "totaalopgave", "gerealiseerd", "tijdig_gekoppeld", "stand_einde");
    static final List<String> AFWIJKING_KOLOMMEN = List.of("gemeente", "voorgestelde_trede", "vastgestelde_trede", "reden",
            "motivering");

    private final BeoordelingService beoordelingen;
    private final InvoerService invoer;
    private final Bewijzen bewijzen;
    private final Sjablonen sjablonen;
    private final Opmaker opmaker;
    private final Clock klok;

    Voortgangsrapportages(BeoordelingService beoordelingen, InvoerService invoer, Bewijzen bewijzen, Sjablonen sjablonen,
                          Opmaker opmaker, Optional<Clock> klok) {
        this.beoordelingen = beoordelingen;
        this.invoer = invoer;
        this.bewijzen = bewijzen;
        this.sjablonen = sjablonen;
        this.opmaker = opmaker;
        this.klok = klok.orElse(Clock.systemUTC());
    }

    public Document pdf(long rondeId) {
        Beoordelingsronde ronde = beoordelingen.ronde(rondeId);
        Sjablonen.Sjabloon sjabloon = sjablonen.op(klok.instant(), Sjablooncontrole.VOORTGANGSRAPPORTAGE);
        Verificatiebijlage bijlage = Verificatiebijlage.van(bewijzen);
        Voortgangsrapportage rapportage = rapportage(ronde, sjabloon, bijlage);
        return new Document(bestandsnaam(ronde, "pdf"), Document.PDF,
                opmaker.pdf(sjabloon.pad(), sjabloon.tekst(), "rapportage", rapportage, bijlage));
    }

    /** Tabel 1 ({@code tabel} 1) or Tabel 2 with every figure (2) as CSV. */
    public Document csv(long rondeId, int tabel) {
        if (tabel != 1 && tabel != 2) {
            throw new IllegalArgumentException("Kies tabel 1 (provinciale resultaten) of tabel 2 (per gemeente); " + tabel
                    + " bestaat niet.");
        }
        Beoordelingsronde ronde = beoordelingen.ronde(rondeId);
        Tabellen tabellen = tabellen(ronde);
        String csv = tabel == 1 ? CsvSchrijver.schrijf(TABEL1_KOLOMMEN, tabellen.tabel1())
                : CsvSchrijver.schrijf(TABEL2_KOLOMMEN, tabellen.tabel2());
        return new Document(bestandsnaam(ronde, "tabel" + tabel + ".csv"), Document.CSV, csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The tables as one workbook: Tabel 1, Tabel 2 and the deviations, each on its own sheet. */
    public Document xlsx(long rondeId) {
        Beoordelingsronde ronde = beoordelingen.ronde(rondeId);
        Tabellen tabellen = tabellen(ronde);
        return new Document(bestandsnaam(ronde, "xlsx"), Document.XLSX, XlsxSchrijver.schrijf(List.of(
                new XlsxSchrijver.Blad("Tabel 1", TABEL1_KOLOMMEN, tabellen.tabel1()),
                new XlsxSchrijver.Blad("Tabel 2", TABEL2_KOLOMMEN, tabellen.tabel2()),
                new XlsxSchrijver.Blad("Afwijkingen", AFWIJKING_KOLOMMEN, tabellen.afwijkingen()))));
    }

    /** The model of the report; package-private for the tests of its counts. */
    Voortgangsrapportage rapportage(long rondeId) {
        Beoordelingsronde ronde = beoordelingen.ronde(rondeId);
        return rapportage(ronde, sjablonen.op(klok.instant(), Sjablooncontrole.VOORTGANGSRAPPORTAGE), Verificatiebijlage.van(bewijzen));
    }

    private record Tabellen(List<List<String>> tabel1, List<List<String>> tabel2, List<List<String>> afwijkingen) {
    }

    private Tabellen tabellen(Beoordelingsronde ronde) {
        Voortgangsrapportage r = rapportage(ronde, null, Verificatiebijlage.van(bewijzen));
        List<Beoordeling> vastgesteld = vastgesteld(ronde);
        return new Tabellen(r.tabel1().stream().map(t -> List.of(t.periode(), t.taakstelling(), t.standBegin(),
                        t.totaalopgave(), t.realisatie(), t.percentageTaakstelling(), t.percentageTotaalopgave(),
                        t.standEinde())).toList(),
                vastgesteld.stream().map(b -> List.of(b.gemeenteNaam(), b.gemeente(), b.periode(),
                        getal(b.besluit().vastgesteldeTrede()), b.grondslag().label(), b.koppelingstekortGunstig() ? "ja" : "nee",
                        getal(b.voorgesteldeTrede()), b.besluit().afwijking() ? b.besluit().redenOmschrijving() : "",
                        getal(b.taakstelling()), getal(b.standBegin()), getal(b.correcties()), getal(b.totaalopgave()),
                        getal(b.realisatie()), b.tijdigGekoppeld() == null ? "" : getal(b.tijdigGekoppeld()),
                        getal(b.standEinde()))).toList(),
                r.afwijkingen().stream().map(a -> List.of(a.gemeente(), a.voorgesteld(), a.vastgesteld(), a.reden(),
                        a.motivering())).toList());
    }

    private List<Beoordeling> vastgesteld(Beoordelingsronde ronde) {
        List<Beoordeling> vastgesteld = beoordelingen.beoordelingen(ronde.id()).stream().filter(Toezichtbrieven::vastgesteld)
                .sorted(Comparator.comparing(Beoordeling::gemeenteNaam)).toList();
        if (vastgesteld.isEmpty()) {
            throw new ConflictException("Ronde " + ronde.id() + " heeft nog geen vastgestelde beoordeling: de "
                    + "voortgangsrapportage meldt alleen vastgestelde treden. Laat de besluiten eerst vaststellen.");
        }
        return vastgesteld;
    }

    private Voortgangsrapportage rapportage(Beoordelingsronde ronde, Sjablonen.Sjabloon sjabloon, Verificatiebijlage bijlage) {
        Periode periode = Periode.van(ronde.periode());
        List<Beoordeling> alle = beoordelingen.beoordelingen(ronde.id());
        List<Beoordeling> vastgesteld = vastgesteld(ronde);
        Map<Integer, Trede> treden = beoordelingen.treden(ronde.periode()).stream()
                .collect(Collectors.toMap(Trede::trede, Function.identity()));

        List<Voortgangsrapportage.Tabel1Rij> tabel1 = new ArrayList<>();
        periode.vorige().flatMap(v -> vorigeRonde(v, ronde)).ifPresent(v -> tabel1.add(rij(v.periode(),
                Samenvatting.van(beoordelingen.beoordelingen(v.id())))));
        tabel1.add(rij(ronde.periode(), Samenvatting.van(alle)));

        List<Voortgangsrapportage.Tabel2Rij> tabel2 = vastgesteld.stream().map(b -> new Voortgangsrapportage.Tabel2Rij(
                b.gemeenteNaam(), b.gemeente(), getal(b.besluit().vastgesteldeTrede()),
                naam(treden, b.besluit().vastgesteldeTrede()), b.grondslag().label(), b.koppelingstekortGunstig())).toList();

        Map<Integer, Long> perTrede = new TreeMap<>(vastgesteld.stream()
                .collect(Collectors.groupingBy(b -> b.besluit().vastgesteldeTrede(), Collectors.counting())));
        int hoogste = perTrede.isEmpty() ? 0 : Collections.max(perTrede.keySet());
        int top = treden.keySet().stream().mapToInt(Integer::intValue).max().orElse(hoogste);
        long opKoppelingstekort = vastgesteld.stream().filter(b -> b.grondslag() == Grondslag.KOPPELINGSTEKORT).count();
        Voortgangsrapportage.Tellingen tellingen = new Voortgangsrapportage.Tellingen(getal(vastgesteld.size()),
                perTrede.entrySet().stream().map(e -> new Voortgangsrapportage.Telling(getal(e.getKey()),
                        naam(treden, e.getKey()), getal(e.getValue().intValue()), gemeenten(e.getValue().intValue()))).toList(),
                hoogste < top ? "trede " + (hoogste + 1) + " (" + naam(treden, hoogste + 1) + ")" : null,
                getal((int) opKoppelingstekort), getal(vastgesteld.size() - (int) opKoppelingstekort),
                gemeenten((int) vastgesteld.stream().filter(Beoordeling::koppelingstekortGunstig).count()), opKoppelingstekort > 0);

        List<Voortgangsrapportage.Afwijking> afwijkingen = vastgesteld.stream().filter(b -> b.besluit().afwijking())
                .map(b -> new Voortgangsrapportage.Afwijking(b.gemeenteNaam(), getal(b.voorgesteldeTrede()),
                        getal(b.besluit().vastgesteldeTrede()), b.besluit().redenOmschrijving(), b.besluit().motivering()))
                .toList();

        Set<String> gemeenten = alle.stream().map(Beoordeling::gemeente).collect(Collectors.toSet());
        List<Periodecijfers> volgende = invoer.actueleCijfers(periode.volgende()).stream()
                .filter(c -> gemeenten.contains(c.gemeente())).toList();
        List<String> nietVastgesteld = alle.stream().filter(b -> !Toezichtbrieven.vastgesteld(b))
                .map(b -> b.gemeenteNaam() + " (" + b.besluit().status().omschrijving() + ")").sorted().toList();
        String provincie = ronde.provincie() != null ? ronde.provincie() : "alle provincies";
        return new Voortgangsrapportage("Voortgangsrapportage huisvesting vergunninghouders " + provincie + ", "
                + periode.omschrijving(), provincie, periode.omschrijving(), ronde.periode(), RegelTekst.datum(periode.einde()),
                tabel1, tabel2, tellingen, afwijkingen, volgende.isEmpty() ? null : Vooruitblik.van(periode.volgende(), volgende),
                nietVastgesteld, kaders(ronde, alle), new Voortgangsrapportage.Voet(getal((int) ronde.id()),
                regelsVersies(ronde, alle), sjabloon == null ? "" : sjabloon.herkomst(),
                bijlage.kop(), bijlage.aantal(), Tijdstip.tekst(klok.instant())));
    }

    /** The kaders that judged the ronde's gemeenten, each with why and its source; a ronde spans several at most. */
    private String kaders(Beoordelingsronde ronde, List<Beoordeling> alle) {
        List<String> kaders = alle.stream().map(beoordelingen::kader).flatMap(Optional::stream).distinct()
                .map(k -> k.naam() + " (" + k.id() + "): " + k.reden() + ". Bron: " + k.bron()).toList();
        return kaders.isEmpty() ? "regelset " + ronde.regelsetVersie().substring(0, 12) : String.join("; ", kaders);
    }

    /** The versions of the rules that judged: of each kader, or the ronde's rule set from before kaders. */
    private static String regelsVersies(Beoordelingsronde ronde, List<Beoordeling> alle) {
        List<String> versies = alle.stream().map(Beoordeling::kaderVersie).filter(v -> v != null).distinct().toList();
        return versies.isEmpty() ? ronde.regelsetVersie() : String.join(", ", versies);
    }

    /** The previous period's ronde of the same province: the latest that is not voorlopig. */
    private Optional<Beoordelingsronde> vorigeRonde(Periode vorige, Beoordelingsronde ronde) {
        return beoordelingen.rondes(vorige.toString(), ronde.provincieCode()).stream()
                .filter(r -> !r.voorlopig() && Objects.equals(r.provincieCode(), ronde.provincieCode()))
                .max(Comparator.comparingLong(Beoordelingsronde::id));
    }

    private static Voortgangsrapportage.Tabel1Rij rij(String periode, Samenvatting s) {
        return new Voortgangsrapportage.Tabel1Rij(periode, getal(s.taakstelling()), getal(s.standBegin()),
                getal(s.totaalopgave()), getal(s.realisatie()), procent(s.percentageTaakstellingAfgerond()),
                procent(s.percentageTotaalopgaveAfgerond()), getal(s.standEinde()));
    }

    private static String procent(Integer afgerond) {
        return afgerond == null ? "-" : afgerond + "%";
    }

    static String naam(Map<Integer, Trede> treden, int trede) {
        Trede t = treden.get(trede);
        return t == null ? "" : t.naam();
    }

    static String gemeenten(int aantal) {
        return aantal + (aantal == 1 ? " gemeente" : " gemeenten");
    }

    private static String getal(int waarde) {
        return Integer.toString(waarde);
    }

    private static String bestandsnaam(Beoordelingsronde ronde, String soort) {
        return "voortgangsrapportage-" + (ronde.provincie() != null ? ronde.provincie().replaceAll("[^A-Za-z0-9]+", "-")
                : "nederland") + "-" + ronde.periode() + "-ronde-" + ronde.id() + "." + soort;
    }
}
