package nl.trede.monitoring;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.trede.gemeente.Gemeente;
import nl.trede.gemeente.GemeenteService;
import nl.trede.gemeente.Zoekresultaat;
import nl.trede.systeem.Invoerfout;
import nl.trede.systeem.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports opgaven and realisaties from CSV in the layouts of seed 000 and seed 002. Every error is
 * reported with its row and column, a gemeente name that matches nothing or several is refused with
 * suggestions, and a file with any error stores nothing.
 */
@Service
class MonitoringInvoer {

    /** What an import needs besides the file: the realisatie peildatum, the date of the opgave, the half-year. */
    record Opties(LocalDate peildatum, LocalDate opgavedatum, String periode, String bron) {
    }

    record Resultaat(Invoerformaat formaat, int opgaven, int realisaties) {
    }

    private static final DateTimeFormatter KOLOMDATUM = DateTimeFormatter.ofPattern("yyyy_MM_dd");
    private static final DateTimeFormatter KOLOMMAAND = DateTimeFormatter.ofPattern("yyyy_MM");
    private static final int MAANDEN = 6;

    private final MonitoringRepository repository;
    private final GemeenteService gemeenten;

    MonitoringInvoer(MonitoringRepository repository, GemeenteService gemeenten) {
        this.repository = repository;
        this.gemeenten = gemeenten;
    }

    @Transactional
    Resultaat importeer(Invoerformaat formaat, String tekst, Opties opties) {
        List<Opgave> opgaven = new ArrayList<>();
        List<Realisatie> realisaties = new ArrayList<>();
        List<Invoerfout> fouten = switch (formaat) {
            case LANDELIJK -> landelijk(tekst, opties, opgaven);
            case REALISATIES -> realisaties(tekst, opties, realisaties);
            case OPVANG -> opvang(tekst, opties, opgaven, realisaties);
            case NIDOS -> nidos(tekst, opties, opgaven, realisaties);
            case HUISVESTING -> huisvesting(tekst, opties, opgaven, realisaties);
        };
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException("De monitoringcijfers (" + formaat.name().toLowerCase(Locale.ROOT)
                    + ") zijn niet ingelezen", fouten);
        }
        opgaven.forEach(repository::bewaar);
        realisaties.forEach(repository::bewaar);
        return new Resultaat(formaat, opgaven.size(), realisaties.size());
    }

    private List<Invoerfout> landelijk(String tekst, Opties opties, List<Opgave> opgaven) {
        CsvBestand csv = new CsvBestand(tekst, List.of("opgave", "oude_opgave", "oude_datum", "nieuwe_opgave", "nieuwe_datum"));
        if (!csv.fouten.isEmpty()) {
            return csv.fouten;
        }
        for (int rij = 2; rij <= csv.aantalRijen() + 1; rij++) {
            if (csv.leeg(rij)) {
                continue;
            }
            Optional<OpgaveSoort> soort = soort(csv, rij);
            Integer oud = csv.geheel(rij, "oude_opgave", false, false);
            LocalDate oudeDatum = csv.datum(rij, "oude_datum");
            Integer nieuw = csv.geheel(rij, "nieuwe_opgave", false, false);
            LocalDate nieuweDatum = csv.datum(rij, "nieuwe_datum");
            if (oudeDatum != null && nieuweDatum != null && nieuweDatum.isBefore(oudeDatum)) {
                csv.fout(rij, "nieuwe_datum", "De nieuwe datum " + nieuweDatum + " ligt voor de oude datum " + oudeDatum);
            } else if (soort.isPresent() && oud != null && nieuw != null && oudeDatum != null && nieuweDatum != null) {
                opgaven.add(new Opgave(soort.get(), Gebied.NEDERLAND, oud, oudeDatum, nieuw, nieuweDatum, Verloop.DAG,
                        null, null, null, opties.bron()));
            }
        }
        return csv.fouten;
    }

    private List<Invoerfout> realisaties(String tekst, Opties opties, List<Realisatie> realisaties) {
        CsvBestand csv = new CsvBestand(tekst, List.of("opgave", "gebied", "peildatum", "realisatie"));
        if (!csv.fouten.isEmpty()) {
            return csv.fouten;
        }
        for (int rij = 2; rij <= csv.aantalRijen() + 1; rij++) {
            if (csv.leeg(rij)) {
                continue;
            }
            Optional<OpgaveSoort> soort = soort(csv, rij);
            String gebied = gebied(csv, rij);
            LocalDate peildatum = csv.datum(rij, "peildatum");
            Integer aantal = csv.geheel(rij, "realisatie", false, false);
            Integer regulier = csv.geheel(rij, "regulier", true, false);
            Integer noodopvang = csv.geheel(rij, "noodopvang", true, false);
            Integer tgo = csv.geheel(rij, "tgo", true, false);
            boolean delen = regulier != null || noodopvang != null || tgo != null;
            if (delen && soort.isPresent() && soort.get() != OpgaveSoort.ASIEL) {
                csv.fout(rij, "regulier", "Alleen asiel is verdeeld in regulier, noodopvang en TGO");
                continue;
            }
            int som = (regulier == null ? 0 : regulier) + (noodopvang == null ? 0 : noodopvang) + (tgo == null ? 0 : tgo);
            if (delen && aantal != null && som != aantal) {
                csv.fout(rij, "realisatie", "Realisatie " + aantal + " is niet regulier + noodopvang + TGO = " + som
                        + " (alle plekken tellen mee)");
                continue;
            }
            if (soort.isPresent() && gebied != null && peildatum != null && aantal != null) {
                realisaties.add(new Realisatie(soort.get(), gebied, peildatum, aantal, regulier, noodopvang, tgo, opties.bron()));
            }
        }
        return csv.fouten;
    }

    /** NL, a province or veiligheidsregio code, or a gemeente by code or name. */
    private String gebied(CsvBestand csv, int rij) {
        String gebied = csv.tekst(rij, "gebied").toUpperCase(Locale.ROOT);
        boolean bekend = gebied.equals(Gebied.NEDERLAND)
                || gemeenten.alle().stream().anyMatch(g -> gebied.equals(g.provincieCode()) || gebied.equals(g.veiligheidsregioCode()));
        if (bekend) {
            return gebied;
        }
        Gemeente gm = gemeente(csv, rij, "gebied", new HashMap<>());
        return gm == null ? null : gm.code();
    }

    private List<Invoerfout> opvang(String tekst, Opties opties, List<Opgave> opgaven, List<Realisatie> realisaties) {
        record Kolommen(OpgaveSoort soort, String opgave, String realisatie) {
        }
        List<Kolommen> kolommen = List.of(
                new Kolommen(OpgaveSoort.OEKRAINE, "oekraine_opgave_25_26", "oekraine_realisatie"),
                new Kolommen(OpgaveSoort.ASIEL, "asiel_regulier_opgave_25_26", "asiel_regulier_realisatie"),
                new Kolommen(OpgaveSoort.AMV, "amv_opgave_25_26", "amv_realisatie"));
        List<String> verplicht = new ArrayList<>(List.of("gemeente"));
        kolommen.forEach(k -> verplicht.addAll(List.of(k.opgave(), k.realisatie())));
        CsvBestand csv = new CsvBestand(tekst, verplicht);
        List<Invoerfout> ontbreekt = nodig(opties.peildatum() != null, "peildatum", opties.opgavedatum() != null, "opgavedatum");
        if (!csv.fouten.isEmpty() || !ontbreekt.isEmpty()) {
            return samen(csv.fouten, ontbreekt);
        }
        Map<String, Integer> gezien = new HashMap<>();
        for (int rij = 2; rij <= csv.aantalRijen() + 1; rij++) {
            if (csv.leeg(rij)) {
                continue;
            }
            Gemeente gm = gemeente(csv, rij, gezien);
            for (Kolommen k : kolommen) {
                // An empty cell is "no opgave" in seed 002: nothing is stored for it.
                Integer opgave = csv.geheel(rij, k.opgave(), true, false);
                Integer realisatie = csv.geheel(rij, k.realisatie(), true, false);
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
        return csv.fouten;
    }

    private List<Invoerfout> nidos(String tekst, Opties opties, List<Opgave> opgaven, List<Realisatie> realisaties) {
        List<Invoerfout> ontbreekt = nodig(opties.peildatum() != null, "peildatum", opties.opgavedatum() != null, "opgavedatum");
        if (!ontbreekt.isEmpty()) {
            return ontbreekt;
        }
        // The factsheet's taakstelling is "voor 1 januari 2026": the column names its date.
        String taakstelling = "taakstelling_" + KOLOMDATUM.format(opties.opgavedatum());
        CsvBestand csv = new CsvBestand(tekst, List.of("gemeente", "gerealiseerd", taakstelling));
        if (!csv.fouten.isEmpty()) {
            return csv.fouten;
        }
        Map<String, Integer> gezien = new HashMap<>();
        for (int rij = 2; rij <= csv.aantalRijen() + 1; rij++) {
            if (csv.leeg(rij)) {
                continue;
            }
            Gemeente gm = gemeente(csv, rij, gezien);
            Integer gerealiseerd = csv.geheel(rij, "gerealiseerd", false, false);
            Integer taak = csv.geheel(rij, taakstelling, false, false);
            if (gm != null && gerealiseerd != null && taak != null) {
                opgaven.add(new Opgave(OpgaveSoort.NIDOS_AMV, gm.code(), taak, opties.opgavedatum(), taak,
                        opties.opgavedatum(), Verloop.DAG, null, null, null, opties.bron()));
                realisaties.add(new Realisatie(OpgaveSoort.NIDOS_AMV, gm.code(), opties.peildatum(), gerealiseerd,
                        null, null, null, opties.bron()));
            }
        }
        return csv.fouten;
    }

    /**
     * One half-year of the COA overview. The totaalopgave is stand + taakstelling + correcties and
     * runs in whole months (totaalopgave * m / 6 after month m); the realisatie of month m is known
     * on the first of the next month and is stored as the running total since the half-year began.
     */
    private List<Invoerfout> huisvesting(String tekst, Opties opties, List<Opgave> opgaven, List<Realisatie> realisaties) {
        List<Invoerfout> ontbreekt = nodig(opties.peildatum() != null, "peildatum",
                opties.periode() != null && opties.periode().matches("\\d{4}-[12]"), "periode (JJJJ-1 of JJJJ-2)");
        if (!ontbreekt.isEmpty()) {
            return ontbreekt;
        }
        int jaar = Integer.parseInt(opties.periode().substring(0, 4));
        String helft = opties.periode().substring(5);
        LocalDate begin = LocalDate.of(jaar, helft.equals("1") ? 1 : 7, 1);
        String stand = "stand_" + KOLOMDATUM.format(begin);
        String taakstelling = "taakstelling_" + jaar + "_" + helft;
        String totaal = "totaal_" + jaar + "_" + helft;
        List<String> maanden = new ArrayList<>();
        for (int m = 0; m < MAANDEN; m++) {
            maanden.add("realisatie_" + KOLOMMAAND.format(begin.plusMonths(m)));
        }
        List<String> verplicht = new ArrayList<>(List.of("gemeente", stand, taakstelling, "correcties", totaal));
        verplicht.addAll(maanden);
        CsvBestand csv = new CsvBestand(tekst, verplicht);
        if (!csv.fouten.isEmpty()) {
            return csv.fouten;
        }
        Map<String, Integer> gezien = new HashMap<>();
        for (int rij = 2; rij <= csv.aantalRijen() + 1; rij++) {
            if (csv.leeg(rij)) {
                continue;
            }
            Gemeente gm = gemeente(csv, rij, gezien);
            Integer s = csv.geheel(rij, stand, false, true);
            Integer t = csv.geheel(rij, taakstelling, false, false);
            Integer c = csv.geheel(rij, "correcties", false, true);
            Integer tot = csv.geheel(rij, totaal, false, true);
            if (s != null && t != null && c != null && tot != null && tot != s + t + c) {
                csv.fout(rij, totaal, "Totaal " + tot + " is niet stand " + s + " + taakstelling " + t + " + correcties " + c);
                continue;
            }
            if (tot != null && tot < 0) {
                csv.fout(rij, totaal, "Een totaalopgave onder 0 (" + tot + ") kan niet als opgave worden gevolgd");
                continue;
            }
            int opgeteld = 0;
            List<Realisatie> vanRij = new ArrayList<>();
            for (int m = 0; m < MAANDEN; m++) {
                Integer aantal = csv.geheel(rij, maanden.get(m), false, false);
                LocalDate bekendOp = begin.plusMonths(m + 1);
                if (aantal == null) {
                    continue;
                }
                opgeteld += aantal;
                if (!bekendOp.isAfter(opties.peildatum())) {
                    vanRij.add(new Realisatie(OpgaveSoort.HUISVESTING, gm == null ? null : gm.code(), bekendOp, opgeteld,
                            null, null, null, opties.bron()));
                } else if (aantal != 0) {
                    csv.fout(rij, maanden.get(m), "Een realisatie van " + aantal + " in een maand die op de peildatum "
                            + opties.peildatum() + " nog niet voorbij is");
                }
            }
            if (gm != null && tot != null && s != null && t != null && c != null) {
                opgaven.add(new Opgave(OpgaveSoort.HUISVESTING, gm.code(), 0, begin, tot, begin.plusMonths(MAANDEN),
                        Verloop.MAAND, s, t, c, opties.bron()));
                realisaties.addAll(vanRij);
            }
        }
        return csv.fouten;
    }

    private Gemeente gemeente(CsvBestand csv, int rij, Map<String, Integer> gezien) {
        return gemeente(csv, rij, "gemeente", gezien);
    }

    private Gemeente gemeente(CsvBestand csv, int rij, String kolom, Map<String, Integer> gezien) {
        String naam = csv.tekst(rij, kolom);
        Zoekresultaat gevonden = gemeenten.zoek(naam);
        if (gevonden instanceof Zoekresultaat.Gevonden g) {
            Integer eerder = gezien.putIfAbsent(g.gemeente().code(), rij);
            if (eerder != null) {
                csv.fout(rij, kolom, g.gemeente().naam() + " staat ook op rij " + eerder);
                return null;
            }
            return g.gemeente();
        }
        csv.fout(rij, kolom, gevonden.melding());
        return null;
    }

    /** The opgave of a row, by its name or code; an unknown one is an error naming both forms. */
    private static Optional<OpgaveSoort> soort(CsvBestand csv, int rij) {
        Optional<OpgaveSoort> soort = soort(csv.tekst(rij, "opgave"));
        if (soort.isEmpty()) {
            csv.fout(rij, "opgave", "Onbekende opgave '" + csv.tekst(rij, "opgave") + "'; verwacht een van "
                    + Arrays.stream(OpgaveSoort.values()).map(s -> s.naam() + " (" + s.name() + ")").toList());
        }
        return soort;
    }

    private static Optional<OpgaveSoort> soort(String naam) {
        String gezocht = normaliseer(naam);
        return Arrays.stream(OpgaveSoort.values())
                .filter(s -> normaliseer(s.naam()).equals(gezocht) || normaliseer(s.name()).equals(gezocht))
                .findFirst();
    }

    private static String normaliseer(String tekst) {
        return Normalizer.normalize(tekst, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static List<Invoerfout> nodig(boolean eerste, String eersteNaam, boolean tweede, String tweedeNaam) {
        List<Invoerfout> fouten = new ArrayList<>();
        if (!eerste) {
            fouten.add(new Invoerfout(null, eersteNaam, "De parameter '" + eersteNaam + "' ontbreekt"));
        }
        if (!tweede) {
            fouten.add(new Invoerfout(null, tweedeNaam, "De parameter '" + tweedeNaam + "' ontbreekt of is onjuist"));
        }
        return fouten;
    }

    private static List<Invoerfout> samen(List<Invoerfout> a, List<Invoerfout> b) {
        List<Invoerfout> alle = new ArrayList<>(a);
        alle.addAll(b);
        return alle;
    }
}
