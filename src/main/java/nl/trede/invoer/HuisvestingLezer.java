package nl.trede.invoer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.trede.gemeente.GemeenteService;
import nl.trede.gemeente.Zoekresultaat;
import nl.trede.systeem.Csv;
import nl.trede.systeem.Invoerfout;
import org.springframework.stereotype.Component;

/**
 * Reads a file of huisvesting figures in either layout, recognised by its header, and checks every
 * cell. It collects every error instead of stopping at the first, so a user fixes a file in one go.
 */
@Component
class HuisvestingLezer {

    /** The figures read, or the errors found; with any error, nothing may be stored. */
    record Ingelezen(Invoerformaat formaat, List<IngelezenCijfers> cijfers, List<IngelezenMaand> maanden,
                     List<Invoerfout> fouten) {
    }

    static final List<String> CSV_KOLOMMEN = List.of("gemeente", "periode", "taakstelling", "stand_begin",
            "correcties", "realisatie", "tijdig_gekoppeld", "vorige_trede");
    /** The others may be left out or left empty: correcties is then 0, the other two unknown. */
    private static final Set<String> CSV_VERPLICHT = Set.of("gemeente", "periode", "taakstelling", "stand_begin",
            "realisatie");
    private static final Pattern COA_STAND_JANUARI = Pattern.compile("stand_(\\d{4})_01_01");
    /** Nine digits at most: more is a typo, and it keeps the value inside an int. */
    private static final Pattern GEHEEL_GETAL = Pattern.compile("[+-]?\\d{1,9}");
    private static final String VERWACHT_CSV = "gemeente, periode, taakstelling, stand_begin, correcties, "
            + "realisatie, tijdig_gekoppeld, vorige_trede (correcties, tijdig_gekoppeld en vorige_trede mogen "
            + "ontbreken of leeg zijn), of de kolommen van het maandoverzicht van COA (gemeente, stand_JJJJ_01_01, "
            + "taakstelling_JJJJ_1, ...)";

    private final GemeenteService gemeenten;

    HuisvestingLezer(GemeenteService gemeenten) {
        this.gemeenten = gemeenten;
    }

    Ingelezen lees(byte[] inhoud) {
        List<Invoerfout> fouten = new ArrayList<>();
        Optional<String> tekst = Csv.decodeer(inhoud, fouten);
        if (tekst.isEmpty()) {
            return new Ingelezen(null, List.of(), List.of(), fouten);
        }
        List<Csv.Rij> rijen = Csv.rijen(tekst.get(), fouten);
        if (rijen.isEmpty()) {
            fouten.add(new Invoerfout(1, null, "Het bestand is leeg"));
            return new Ingelezen(null, List.of(), List.of(), fouten);
        }
        Csv.Rij kop = rijen.get(0);
        List<String> namen = kop.velden().stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).toList();
        Optional<Integer> coaJaar = namen.stream().map(COA_STAND_JANUARI::matcher).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).findFirst();
        Lezing lezing = coaJaar.isPresent() ? new CoaLezing(coaJaar.get(), fouten) : new CsvLezing(fouten);
        Map<String, Integer> kolommen = lezing.kopregel(kop.nummer(), namen);
        if (fouten.isEmpty() && rijen.size() == 1) {
            fouten.add(new Invoerfout(kop.nummer(), null, "Het bestand bevat alleen een kopregel; er staan geen cijfers in"));
        }
        if (!fouten.isEmpty()) {
            return new Ingelezen(lezing.formaat, List.of(), List.of(), fouten);
        }
        for (Csv.Rij rij : rijen.subList(1, rijen.size())) {
            if (rij.velden().size() != namen.size()) {
                fouten.add(new Invoerfout(rij.nummer(), null, "Deze rij heeft " + rij.velden().size()
                        + " velden, de kopregel " + namen.size() + ". Controleer de komma's; zet een waarde "
                        + "met een komma erin tussen aanhalingstekens (\")."));
            } else {
                lezing.rij(new Cellen(rij.nummer(), rij.velden(), kolommen, fouten));
            }
        }
        return new Ingelezen(lezing.formaat, lezing.cijfers, lezing.maanden, fouten);
    }

    /** Reading one layout: its header, then its rows. */
    private abstract class Lezing {

        final Invoerformaat formaat;
        final List<Invoerfout> fouten;
        final List<IngelezenCijfers> cijfers = new ArrayList<>();
        final List<IngelezenMaand> maanden = new ArrayList<>();
        /** Where a gemeente (and period) was first seen, to name both rows of a duplicate. */
        private final Map<String, Integer> gezien = new HashMap<>();

        Lezing(Invoerformaat formaat, List<Invoerfout> fouten) {
            this.formaat = formaat;
            this.fouten = fouten;
        }

        abstract List<String> kolommen();

        abstract boolean verplicht(String kolom);

        abstract String verwacht();

        abstract void rij(Cellen cellen);

        /** Column name to position; adds an error for a column that is doubled, unknown or missing. */
        Map<String, Integer> kopregel(int rij, List<String> namen) {
            Map<String, Integer> kolommen = new LinkedHashMap<>();
            for (int i = 0; i < namen.size(); i++) {
                String naam = namen.get(i);
                if (kolommen.putIfAbsent(naam, i) != null) {
                    fouten.add(new Invoerfout(rij, naam, "De kolom '" + naam + "' staat twee keer in de kopregel"));
                } else if (!kolommen().contains(naam)) {
                    fouten.add(new Invoerfout(rij, naam.isEmpty() ? null : naam, "De kolom '" + naam
                            + "' is onbekend. Verwacht worden de kolommen " + verwacht() + "."));
                }
            }
            kolommen().stream().filter(k -> verplicht(k) && !kolommen.containsKey(k))
                    .forEach(k -> fouten.add(new Invoerfout(rij, k, "De kolom '" + k
                            + "' ontbreekt in de kopregel. Verwacht worden de kolommen " + verwacht() + ".")));
            return kolommen;
        }

        /** False, with an error naming the earlier row, when {@code sleutel} was read before. */
        boolean eerste(Cellen cellen, String sleutel, String wat) {
            Integer eerder = gezien.putIfAbsent(sleutel, cellen.rij);
            if (eerder == null) {
                return true;
            }
            cellen.fout("gemeente", wat + " staat zowel in rij " + eerder + " als in rij " + cellen.rij
                    + "; laat een van beide rijen weg");
            return false;
        }
    }

    /** Our layout: one row per gemeente and period. */
    private final class CsvLezing extends Lezing {

        CsvLezing(List<Invoerfout> fouten) {
            super(Invoerformaat.CSV, fouten);
        }

        @Override
        List<String> kolommen() {
            return CSV_KOLOMMEN;
        }

        @Override
        boolean verplicht(String kolom) {
            return CSV_VERPLICHT.contains(kolom);
        }

        @Override
        String verwacht() {
            return VERWACHT_CSV;
        }

        @Override
        void rij(Cellen c) {
            Gevonden gemeente = c.gemeente("gemeente");
            Periode periode = c.periode("periode");
            Integer taakstelling = c.getal("taakstelling", true, true);
            Integer standBegin = c.getal("stand_begin", true, false);
            Integer correcties = c.getal("correcties", false, false);
            Integer realisatie = c.getal("realisatie", true, true);
            Integer tijdigGekoppeld = c.getal("tijdig_gekoppeld", false, true);
            Integer vorigeTrede = c.trede("vorige_trede");
            boolean eerste = gemeente == null || periode == null
                    || eerste(c, gemeente.code() + "/" + periode, gemeente.naam() + " voor periode " + periode);
            if (eerste && !c.foutGevonden) {
                cijfers.add(new IngelezenCijfers(c.rij, gemeente.code(), periode, taakstelling, standBegin,
                        correcties == null ? 0 : correcties, realisatie, tijdigGekoppeld, vorigeTrede));
            }
        }
    }

    /**
     * The COA monthly overview of year Y: period Y-1 from the stand on 1 January, its taakstelling and
     * realisatie; period Y-2 from the stand on 1 July, its taakstelling, the correcties and the
     * realisatie so far. The overview's own sums are checked, so a typing error shows up here.
     */
    private final class CoaLezing extends Lezing {

        private final int jaar;
        private final String standJanuari;
        private final String taakstelling1;
        private final String realisatie1;
        private final String standJuli;
        private final String taakstelling2;
        private static final String CORRECTIES = "correcties";
        private final String totaal2;
        private final List<String> maandkolommen;
        private final String realisatieTot;
        private final String achterVoor;
        private final List<String> kolommen;

        CoaLezing(int jaar, List<Invoerfout> fouten) {
            super(Invoerformaat.COA_MAANDOVERZICHT, fouten);
            this.jaar = jaar;
            standJanuari = "stand_" + jaar + "_01_01";
            taakstelling1 = "taakstelling_" + jaar + "_1";
            realisatie1 = "realisatie_" + jaar + "_1";
            standJuli = "stand_" + jaar + "_07_01";
            taakstelling2 = "taakstelling_" + jaar + "_2";
            totaal2 = "totaal_" + jaar + "_2";
            maandkolommen = IntStream.rangeClosed(7, 12).mapToObj(m -> "realisatie_" + jaar + String.format("_%02d", m))
                    .toList();
            realisatieTot = "realisatie_tot_" + (jaar + 1) + "_01_01";
            achterVoor = "achter_voor_" + (jaar + 1) + "_01_01";
            List<String> alle = new ArrayList<>(List.of("gemeente", standJanuari, taakstelling1, realisatie1, standJuli,
                    taakstelling2, CORRECTIES, totaal2));
            alle.addAll(maandkolommen);
            alle.addAll(List.of(realisatieTot, achterVoor));
            kolommen = List.copyOf(alle);
        }

        @Override
        Map<String, Integer> kopregel(int rij, List<String> namen) {
            if (Periode.lees(jaar + "-1").isEmpty()) {
                fouten.add(new Invoerfout(rij, standJanuari, "Het jaar " + jaar + " in '" + standJanuari
                        + "' is geen jaar waarvoor cijfers kunnen worden ingevoerd"));
            }
            return super.kopregel(rij, namen);
        }

        @Override
        List<String> kolommen() {
            return kolommen;
        }

        @Override
        boolean verplicht(String kolom) {
            return true;
        }

        @Override
        String verwacht() {
            return "van het maandoverzicht van COA voor " + jaar + ": " + String.join(", ", kolommen);
        }

        @Override
        void rij(Cellen c) {
            Gevonden gemeente = c.gemeente("gemeente");
            Integer b1 = c.getal(standJanuari, true, false);
            Integer t1 = c.getal(taakstelling1, true, true);
            Integer r1 = c.getal(realisatie1, true, true);
            Integer b2 = c.getal(standJuli, true, false);
            Integer t2 = c.getal(taakstelling2, true, true);
            Integer c2 = c.getal(CORRECTIES, false, false);
            Integer o2 = c.getal(totaal2, true, false);
            // A month still to come may be left empty ("as far as known"); it then counts as 0.
            List<Integer> perMaand = maandkolommen.stream().map(k -> c.getal(k, false, true)).toList();
            Integer r2 = c.getal(realisatieTot, true, true);
            Integer av = c.getal(achterVoor, true, false);
            if (c.foutGevonden) {
                return;
            }
            int correcties = c2 == null ? 0 : c2;
            int somMaanden = perMaand.stream().mapToInt(m -> m == null ? 0 : m).sum();
            c.klopt(standJuli, b2, b1 + t1 - r1, standJanuari + " + " + taakstelling1 + " - " + realisatie1,
                    b1 + " + " + t1 + " - " + r1);
            c.klopt(totaal2, o2, b2 + t2 + correcties, standJuli + " + " + taakstelling2 + " + " + CORRECTIES,
                    b2 + " + " + t2 + " + " + correcties);
            c.klopt(realisatieTot, r2, somMaanden, "de som van " + maandkolommen.get(0) + " tot en met "
                    + maandkolommen.get(5), String.join(" + ", perMaand.stream().map(m -> m == null ? "0" : m.toString()).toList()));
            c.klopt(achterVoor, av, o2 - r2, totaal2 + " - " + realisatieTot, o2 + " - " + r2);
            if (gemeente == null || !eerste(c, gemeente.code(), gemeente.naam()) || c.foutGevonden) {
                return;
            }
            cijfers.add(new IngelezenCijfers(c.rij, gemeente.code(), new Periode(jaar, 1), t1, b1, 0, r1, null, null));
            cijfers.add(new IngelezenCijfers(c.rij, gemeente.code(), new Periode(jaar, 2), t2, b2, correcties, r2,
                    null, null));
            for (int i = 0; i < perMaand.size(); i++) {
                if (perMaand.get(i) != null) {
                    maanden.add(new IngelezenMaand(gemeente.code(), LocalDate.of(jaar, 7 + i, 1), perMaand.get(i)));
                }
            }
        }
    }

    /** A matched gemeente: its CBS code, and how to name it in a message. */
    private record Gevonden(String code, String naam) {
    }

    /** The cells of one row, read by column name; every problem becomes an error on this row. */
    private final class Cellen {

        final int rij;
        private final List<String> velden;
        private final Map<String, Integer> kolommen;
        private final List<Invoerfout> fouten;
        boolean foutGevonden;

        Cellen(int rij, List<String> velden, Map<String, Integer> kolommen, List<Invoerfout> fouten) {
            this.rij = rij;
            this.velden = velden;
            this.kolommen = kolommen;
            this.fouten = fouten;
        }

        void fout(String kolom, String melding) {
            fouten.add(new Invoerfout(rij, kolom, melding));
            foutGevonden = true;
        }

        /** The trimmed text, or "" when the column is absent (an optional column of our layout). */
        String tekst(String kolom) {
            Integer index = kolommen.get(kolom);
            return index == null ? "" : velden.get(index).trim();
        }

        Gevonden gemeente(String kolom) {
            String tekst = tekst(kolom);
            if (tekst.isEmpty()) {
                fout(kolom, "Vul de gemeente in: de CBS-code (zoals GM0344) of de naam");
                return null;
            }
            Zoekresultaat resultaat = gemeenten.zoek(tekst);
            if (resultaat instanceof Zoekresultaat.Gevonden gevonden) {
                return new Gevonden(gevonden.gemeente().code(), resultaat.melding());
            }
            fout(kolom, resultaat.melding());
            return null;
        }

        Periode periode(String kolom) {
            String tekst = tekst(kolom);
            Optional<Periode> periode = Periode.lees(tekst);
            if (periode.isEmpty()) {
                fout(kolom, "'" + tekst + "' is geen periode; schrijf het jaar en de helft, zoals 2024-1 "
                        + "(eerste helft) of 2024-2 (tweede helft)");
            }
            return periode.orElse(null);
        }

        /** The whole number in the cell; null when it is empty (an error if required) or wrong. */
        Integer getal(String kolom, boolean verplicht, boolean nietNegatief) {
            String tekst = tekst(kolom);
            if (tekst.isEmpty()) {
                if (verplicht) {
                    fout(kolom, "Vul " + kolom + " in: een geheel getal");
                }
                return null;
            }
            if (!GEHEEL_GETAL.matcher(tekst).matches()) {
                fout(kolom, "'" + tekst + "' is geen geheel getal; schrijf alleen cijfers, zonder punt, komma "
                        + "of spatie (een min-teken mag vooraan)");
                return null;
            }
            int getal = Integer.parseInt(tekst.startsWith("+") ? tekst.substring(1) : tekst);
            if (nietNegatief && getal < 0) {
                fout(kolom, kolom + " is " + getal + ", maar kan niet negatief zijn");
                return null;
            }
            return getal;
        }

        Integer trede(String kolom) {
            Integer trede = getal(kolom, false, false);
            if (trede != null && (trede < 1 || trede > 5)) {
                fout(kolom, kolom + " is " + trede + ", maar een trede ligt tussen 1 en 5");
                return null;
            }
            return trede;
        }

        /** Checks one sum the overview prints, naming the cell that does not match. */
        void klopt(String kolom, int gelezen, int berekend, String formule, String getallen) {
            if (gelezen != berekend) {
                fout(kolom, kolom + " is " + gelezen + ", maar " + formule + " = " + getallen + " = " + berekend
                        + ". Controleer deze rij tegen het overzicht van COA.");
            }
        }
    }
}
