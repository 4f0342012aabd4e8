package nl.trede.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.trede.bestand.Bereik;
import nl.trede.bestand.Bestanden;
import nl.trede.bestand.Namen;
import nl.trede.bestand.Rij;
import nl.trede.bestand.Tabel;
import nl.trede.gemeente.Gemeente;
import nl.trede.gemeente.GemeenteCellen;
import nl.trede.gemeente.GemeenteService;
import nl.trede.invoer.InvoerService;
import nl.trede.invoer.Maandoverzicht;
import nl.trede.kern.Periode;
import nl.trede.systeem.Fouten;
import nl.trede.systeem.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports opgaven and realisaties from CSV or xlsx in the layouts of the national dashboard (Opvang, Asiel, Huisvesting vergunninghouders, Opvang AMV, Opvang Oekraïne, Nidos AMV) and the notitie 'Stand van zaken realisatie opgaven' (Bestuurlijke PRT Drenthe, 19 November 2025); the COA
 * monthly overview through the one reader of {@code invoer}. Every error is reported with its row
 * (the file's own line) and column, a gemeente name that matches nothing or several is refused with
 * suggestions, every count has its bounds, and a file with any error stores nothing.
 */
@Service
class MonitoringInvoer {

    /** What an import needs besides the file: the realisatie peildatum, the date of the opgave, the half-year. */
    record Opties(LocalDate peildatum, LocalDate opgavedatum, String periode, String bron) {
    }

    record Resultaat(Invoerformaat formaat, int opgaven, int realisaties) {
    }

    private static final DateTimeFormatter KOLOMDATUM = DateTimeFormatter.ofPattern("yyyy_MM_dd");
    private static final int MAANDEN = 6;

    private final MonitoringRepository repository;
    private final GemeenteService gemeenten;
    private final Bestanden bestanden;
    private final InvoerService invoer;

    MonitoringInvoer(MonitoringRepository repository, GemeenteService gemeenten, Bestanden bestanden,
                     InvoerService invoer) {
        this.repository = repository;
        this.gemeenten = gemeenten;
        this.bestanden = bestanden;
        this.invoer = invoer;
    }

    @Transactional
    Resultaat importeer(Invoerformaat formaat, byte[] inhoud, Opties opties) {
        List<Opgave> opgaven = new ArrayList<>();
        List<Realisatie> realisaties = new ArrayList<>();
        Tabel tabel = bestanden.tabel(inhoud);
        Fouten fouten = tabel.fouten();
        if (tabel.kopregel().isPresent()) {
            switch (formaat) {
                case LANDELIJK -> landelijk(tabel, opties, opgaven);
                case REALISATIES -> realisaties(tabel, opties, realisaties);
                case OPVANG -> opvang(tabel, opties, opgaven, realisaties);
                case NIDOS -> nidos(tabel, opties, opgaven, realisaties);
                case HUISVESTING -> huisvesting(tabel, opties, opgaven, realisaties);
            }
        }
        if (!fouten.leeg()) {
            throw new OngeldigeInvoerException("De monitoringcijfers (" + formaat.name().toLowerCase(Locale.ROOT)
                    + ") zijn niet ingelezen", fouten);
        }
        opgaven.forEach(repository::bewaar);
        realisaties.forEach(repository::bewaar);
        return new Resultaat(formaat, opgaven.size(), realisaties.size());
    }

    /** Checks the header for {@code verplicht}; other columns (notes, sources) may be there too. */
    private static boolean kop(Tabel tabel, List<String> verplicht) {
        return tabel.controleerKop(verplicht, verplicht, true, String.join(", ", verplicht));
    }

    private void landelijk(Tabel tabel, Opties opties, List<Opgave> opgaven) {
        if (!kop(tabel, List.of("opgave", "oude_opgave", "oude_datum", "nieuwe_opgave", "nieuwe_datum"))) {
            return;
        }
        for (Rij rij : tabel.rijen()) {
            Optional<OpgaveSoort> soort = soort(rij);
            Integer oud = rij.geheel("oude_opgave", Bereik.AANTAL);
            LocalDate oudeDatum = rij.datum("oude_datum");
            Integer nieuw = rij.geheel("nieuwe_opgave", Bereik.AANTAL);
            LocalDate nieuweDatum = rij.datum("nieuwe_datum");
            if (oudeDatum != null && nieuweDatum != null && nieuweDatum.isBefore(oudeDatum)) {
                rij.fout("nieuwe_datum", "De nieuwe datum " + nieuweDatum + " ligt voor de oude datum " + oudeDatum);
            } else if (!rij.foutGevonden()) {
                opgaven.add(new Opgave(soort.orElseThrow(), Gebied.NEDERLAND, oud, oudeDatum, nieuw, nieuweDatum,
                        Verloop.DAG, null, null, null, opties.bron()));
            }
        }
    }

    private void realisaties(Tabel tabel, Opties opties, List<Realisatie> realisaties) {
        if (!kop(tabel, List.of("opgave", "gebied", "peildatum", "realisatie"))) {
            return;
        }
        GemeenteCellen gemeenteCellen = new GemeenteCellen(gemeenten);
        for (Rij rij : tabel.rijen()) {
            Optional<OpgaveSoort> soort = soort(rij);
            String gebied = gebied(rij, gemeenteCellen);
            LocalDate peildatum = rij.datum("peildatum");
            Integer aantal = rij.geheel("realisatie", Bereik.AANTAL);
            Integer regulier = rij.geheelOfLeeg("regulier", Bereik.AANTAL);
            Integer noodopvang = rij.geheelOfLeeg("noodopvang", Bereik.AANTAL);
            Integer tgo = rij.geheelOfLeeg("tgo", Bereik.AANTAL);
            boolean delen = regulier != null || noodopvang != null || tgo != null;
            if (delen && soort.isPresent() && soort.get() != OpgaveSoort.ASIEL) {
                rij.fout("regulier", "Alleen asiel is verdeeld in regulier, noodopvang en TGO");
                continue;
            }
            int som = Math.addExact(Math.addExact(nulAlsLeeg(regulier), nulAlsLeeg(noodopvang)), nulAlsLeeg(tgo));
            if (delen && aantal != null && som != aantal) {
                rij.fout("realisatie", "Realisatie " + aantal + " is niet regulier + noodopvang + TGO = " + som
                        + " (alle plekken tellen mee)");
                continue;
            }
            if (!rij.foutGevonden()) {
                realisaties.add(new Realisatie(soort.orElseThrow(), gebied, peildatum, aantal, regulier, noodopvang, tgo,
                        opties.bron()));
            }
        }
    }

    private static int nulAlsLeeg(Integer getal) {
        return getal == null ? 0 : getal;
    }

    /** NL, a province or veiligheidsregio code, or a gemeente by code or name. */
    private String gebied(Rij rij, GemeenteCellen gemeenteCellen) {
        String gebied = rij.tekst("gebied").toUpperCase(Locale.ROOT);
        boolean bekend = gebied.equals(Gebied.NEDERLAND) || gemeenten.alle().stream()
                .anyMatch(g -> gebied.equals(g.provincieCode()) || gebied.equals(g.veiligheidsregioCode()));
        if (bekend) {
            return gebied;
        }
        Gemeente gm = gemeenteCellen.gemeente(rij, "gebied");
        return gm == null ? null : gm.code();
    }

    private void opvang(Tabel tabel, Opties opties, List<Opgave> opgaven, List<Realisatie> realisaties) {
        record Kolommen(OpgaveSoort soort, String opgave, String realisatie) {
        }
        List<Kolommen> kolommen = List.of(
                new Kolommen(OpgaveSoort.OEKRAINE, "oekraine_opgave_25_26", "oekraine_realisatie"),
                new Kolommen(OpgaveSoort.ASIEL, "asiel_regulier_opgave_25_26", "asiel_regulier_realisatie"),
                new Kolommen(OpgaveSoort.AMV, "amv_opgave_25_26", "amv_realisatie"));
        List<String> verplicht = new ArrayList<>(List.of("gemeente"));
        kolommen.forEach(k -> verplicht.addAll(List.of(k.opgave(), k.realisatie())));
        boolean kop = kop(tabel, verplicht);
        if (!nodig(tabel.fouten(), opties.peildatum() != null, "peildatum", opties.opgavedatum() != null, "opgavedatum")
                || !kop) {
            return;
        }
        GemeenteCellen gemeenteCellen = new GemeenteCellen(gemeenten);
        for (Rij rij : tabel.rijen()) {
            Gemeente gm = eenmaal(rij, gemeenteCellen);
            for (Kolommen k : kolommen) {
                // An empty cell is "no opgave" in the PRT Drenthe notitie of 19 November 2025: nothing is stored for it.
                Integer opgave = rij.geheelOfLeeg(k.opgave(), Bereik.AANTAL);
                Integer realisatie = rij.geheelOfLeeg(k.realisatie(), Bereik.AANTAL);
                if (gm != null && opgave != null) {
                    opgaven.add(new Opgave(k.soort(), gm.code(), opgave, opties.opgavedatum(), opgave,
                            opties.opgavedatum(), Verloop.DAG, null, null, null, opties.bron()));
                }
                if (gm != null && realisatie != null) {
                    realisaties.add(new Realisatie(k.soort(), gm.code(), opties.peildatum(), realisatie, null, null, null,
                            opties.bron()));
                }
            }
        }
    }

    private void nidos(Tabel tabel, Opties opties, List<Opgave> opgaven, List<Realisatie> realisaties) {
        if (!nodig(tabel.fouten(), opties.peildatum() != null, "peildatum", opties.opgavedatum() != null, "opgavedatum")) {
            return;
        }
        // The factsheet's taakstelling is "voor 1 januari 2026": the column names its date.
        String taakstelling = "taakstelling_" + KOLOMDATUM.format(opties.opgavedatum());
        if (!kop(tabel, List.of("gemeente", "gerealiseerd", taakstelling))) {
            return;
        }
        GemeenteCellen gemeenteCellen = new GemeenteCellen(gemeenten);
        for (Rij rij : tabel.rijen()) {
            Gemeente gm = eenmaal(rij, gemeenteCellen);
            Integer gerealiseerd = rij.geheel("gerealiseerd", Bereik.AANTAL);
            Integer taak = rij.geheel(taakstelling, Bereik.AANTAL);
            if (gm != null && gerealiseerd != null && taak != null) {
                opgaven.add(new Opgave(OpgaveSoort.NIDOS_AMV, gm.code(), taak, opties.opgavedatum(), taak,
                        opties.opgavedatum(), Verloop.DAG, null, null, null, opties.bron()));
                realisaties.add(new Realisatie(OpgaveSoort.NIDOS_AMV, gm.code(), opties.peildatum(), gerealiseerd,
                        null, null, null, opties.bron()));
            }
        }
    }

    /**
     * One half-year of the COA monthly overview, read by the one reader of {@code invoer}. The
     * totaalopgave is stand + taakstelling + correcties and runs in whole months (totaalopgave * m / 6
     * after month m); the realisatie of month m is known on the first of the next month and is stored
     * as the running total since the half-year began. The overview gives the first half-year's
     * realisatie only as a whole, known on 1 July.
     */
    private void huisvesting(Tabel tabel, Opties opties, List<Opgave> opgaven, List<Realisatie> realisaties) {
        Optional<Periode> periode = Periode.lees(opties.periode());
        if (!nodig(tabel.fouten(), opties.peildatum() != null, "peildatum", periode.isPresent(), "periode (JJJJ-1 of JJJJ-2)")) {
            return;
        }
        Optional<Maandoverzicht> overzicht = invoer.leesMaandoverzicht(tabel);
        if (overzicht.isEmpty()) {
            return;
        }
        Periode p = periode.get();
        if (overzicht.get().jaar() != p.jaar()) {
            tabel.fouten().voegToe(null, "periode", "Het maandoverzicht gaat over " + overzicht.get().jaar()
                    + ", niet over de periode " + p);
            return;
        }
        LocalDate begin = p.begin();
        for (Maandoverzicht.Regel r : overzicht.get().regels()) {
            int stand = p.helft() == 1 ? r.standJanuari() : r.standJuli();
            int taakstelling = p.helft() == 1 ? r.taakstelling1() : r.taakstelling2();
            int correcties = p.helft() == 1 ? 0 : r.correcties();
            int totaal = p.helft() == 1 ? Math.addExact(stand, taakstelling) : r.totaal2();
            String totaalKolom = p.helft() == 1 ? "taakstelling_" + p.jaar() + "_1" : "totaal_" + p.jaar() + "_2";
            if (totaal < 0) {
                tabel.fouten().voegToe(r.rij(), totaalKolom, "Een totaalopgave onder 0 (" + totaal
                        + ") kan niet als opgave worden gevolgd");
                continue;
            }
            List<Realisatie> vanRij = p.helft() == 1 ? eersteHelft(r, p, opties) : perMaand(tabel.fouten(), r, p, opties);
            opgaven.add(new Opgave(OpgaveSoort.HUISVESTING, r.gemeente(), 0, begin, totaal, begin.plusMonths(MAANDEN),
                    Verloop.MAAND, stand, taakstelling, correcties, opties.bron()));
            realisaties.addAll(vanRij);
        }
    }

    private static List<Realisatie> eersteHelft(Maandoverzicht.Regel r, Periode p, Opties opties) {
        return p.einde().isAfter(opties.peildatum()) ? List.of()
                : List.of(new Realisatie(OpgaveSoort.HUISVESTING, r.gemeente(), p.einde(), r.realisatie1(), null, null,
                null, opties.bron()));
    }

    private static List<Realisatie> perMaand(Fouten fouten, Maandoverzicht.Regel r, Periode p, Opties opties) {
        List<Realisatie> vanRij = new ArrayList<>();
        int opgeteld = 0;
        for (int m = 0; m < MAANDEN; m++) {
            Integer aantal = r.perMaand().get(m);
            LocalDate bekendOp = p.begin().plusMonths(m + 1);
            if (aantal == null) {
                continue;
            }
            opgeteld = Math.addExact(opgeteld, aantal);
            if (!bekendOp.isAfter(opties.peildatum())) {
                vanRij.add(new Realisatie(OpgaveSoort.HUISVESTING, r.gemeente(), bekendOp, opgeteld, null, null, null,
                        opties.bron()));
            } else if (aantal != 0) {
                fouten.voegToe(r.rij(), "realisatie_" + p.begin().plusMonths(m).format(DateTimeFormatter.ofPattern("yyyy_MM")),
                        "Een realisatie van " + aantal + " in een maand die op de peildatum " + opties.peildatum()
                                + " nog niet voorbij is");
            }
        }
        return vanRij;
    }

    /** The gemeente of the row, once per file. */
    private static Gemeente eenmaal(Rij rij, GemeenteCellen gemeenteCellen) {
        Gemeente gm = gemeenteCellen.gemeente(rij, "gemeente");
        return gm != null && gemeenteCellen.eerste(rij, "gemeente", gm, "") ? gm : null;
    }

    /** The opgave of a row, by its name or code; an unknown one is an error naming both forms. */
    private static Optional<OpgaveSoort> soort(Rij rij) {
        String gezocht = Namen.sleutel(rij.tekst("opgave"));
        Optional<OpgaveSoort> soort = Arrays.stream(OpgaveSoort.values())
                .filter(s -> Namen.sleutel(s.naam()).equals(gezocht) || Namen.sleutel(s.name()).equals(gezocht))
                .findFirst();
        if (soort.isEmpty()) {
            rij.fout("opgave", "Onbekende opgave '" + rij.tekst("opgave") + "'; verwacht een van "
                    + Arrays.stream(OpgaveSoort.values()).map(s -> s.naam() + " (" + s.name() + ")").toList());
        }
        return soort;
    }

    /** Adds an error for each missing request parameter; true when none is missing. */
    private static boolean nodig(Fouten fouten, boolean eerste, String eersteNaam, boolean tweede, String tweedeNaam) {
        if (!eerste) {
            fouten.voegToe(null, eersteNaam, "De parameter '" + eersteNaam + "' ontbreekt");
        }
        if (!tweede) {
            fouten.voegToe(null, tweedeNaam, "De parameter '" + tweedeNaam + "' ontbreekt of is onjuist");
        }
        return eerste && tweede;
    }
}
