package nl.trede.verdeling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.trede.systeem.Csv;
import nl.trede.systeem.Invoerfout;

/**
 * The CSV form of a verdeling: one row per gemeente with the JSON field names as header (comma or
 * semicolon), an optional uitruil file ({@code van,voor,regulier,groep}), and Tabel 7 as export.
 * Row 1 is the header; errors name the row and column of the file.
 */
final class VerdelingCsv {

    static final List<String> GEMEENTE_KOLOMMEN = List.of("gemeente", "indicatiefRegulier", "indicatiefAmv",
            "verslagRegulier", "verslagAmv", "kansrijkRegulier", "kansrijkAmv", "historischGemiddelde",
            "oekrainePlaatsen", "oekraineEvenredigAandeel");
    static final List<String> UITRUIL_KOLOMMEN = List.of("van", "voor", "regulier", "groep");

    private final List<Invoerfout> fouten = new ArrayList<>();

    List<Invoerfout> fouten() {
        return List.copyOf(fouten);
    }

    List<VerdelingVerzoek.Gemeente> gemeenten(String tekst) {
        return rijen(tekst, GEMEENTE_KOLOMMEN, "", List.of("gemeente", "indicatiefRegulier", "indicatiefAmv")).stream()
                .map(r -> new VerdelingVerzoek.Gemeente(r.tekst("gemeente"), r.geheel("indicatiefRegulier"),
                        r.geheel("indicatiefAmv"), r.geheel("verslagRegulier"), r.geheel("verslagAmv"),
                        r.geheel("kansrijkRegulier"), r.geheel("kansrijkAmv"), r.decimaal("historischGemiddelde"),
                        r.geheel("oekrainePlaatsen"), r.geheel("oekraineEvenredigAandeel")))
                .toList();
    }

    List<VerdelingVerzoek.Uitruil> uitruil(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return List.of();
        }
        return rijen(tekst, UITRUIL_KOLOMMEN, "uitruil: ", List.of("van", "voor", "regulier")).stream()
                .map(r -> new VerdelingVerzoek.Uitruil(r.tekst("van"), r.tekst("voor"), r.geheel("regulier"), r.tekst("groep")))
                .toList();
    }

    Integer opgave(String tekst, String veld) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(tekst.trim());
        } catch (NumberFormatException e) {
            fouten.add(new Invoerfout(null, veld, "Geen geheel getal: '" + tekst.trim() + "'"));
            return null;
        }
    }

    /** Tabel 7 of the besluit: gemeente, amv, regular and total, with a total row. */
    static String tabel7(Verdeling v) {
        StringBuilder csv = new StringBuilder("gemeente,cbs_code,amv,regulier,totaal\n");
        for (GemeenteUitkomst g : v.gemeenten()) {
            csv.append(veld(g.gemeenteNaam())).append(',').append(g.gemeente()).append(',').append(g.amv()).append(',')
                    .append(g.regulier()).append(',').append(g.amv() + g.regulier()).append('\n');
        }
        int amv = v.gemeenten().stream().mapToInt(GemeenteUitkomst::amv).sum();
        int regulier = v.gemeenten().stream().mapToInt(GemeenteUitkomst::regulier).sum();
        return csv.append("Totaal,,").append(amv).append(',').append(regulier).append(',').append(amv + regulier).append('\n')
                .toString();
    }

    private static String veld(String tekst) {
        return tekst.contains(",") || tekst.contains("\"") ? '"' + tekst.replace("\"", "\"\"") + '"' : tekst;
    }

    private final class Rij {
        private final int nummer;
        private final String voorvoegsel;
        private final Map<String, String> waarden;

        Rij(int nummer, String voorvoegsel, Map<String, String> waarden) {
            this.nummer = nummer;
            this.voorvoegsel = voorvoegsel;
            this.waarden = waarden;
        }

        String tekst(String kolom) {
            String waarde = waarden.get(kolom);
            return waarde == null || waarde.isBlank() ? null : waarde.trim();
        }

        Integer geheel(String kolom) {
            String waarde = tekst(kolom);
            if (waarde == null) {
                return null;
            }
            try {
                return Integer.valueOf(waarde);
            } catch (NumberFormatException e) {
                fouten.add(new Invoerfout(nummer, voorvoegsel + kolom, "Geen geheel getal: '" + waarde + "'"));
                return null;
            }
        }

        BigDecimal decimaal(String kolom) {
            String waarde = tekst(kolom);
            if (waarde == null) {
                return null;
            }
            try {
                return new BigDecimal(waarde.replace(',', '.'));
            } catch (NumberFormatException e) {
                fouten.add(new Invoerfout(nummer, voorvoegsel + kolom, "Geen getal: '" + waarde + "'"));
                return null;
            }
        }
    }

    private List<Rij> rijen(String tekst, List<String> bekend, String voorvoegsel, List<String> verplicht) {
        String eersteRegel = tekst.lines().findFirst().orElse("");
        char scheiding = eersteRegel.contains(";") ? ';' : ',';
        List<Csv.Rij> regels = Csv.rijen(tekst, scheiding, fouten);
        if (regels.isEmpty()) {
            fouten.add(new Invoerfout(1, voorvoegsel + "kop", "Het bestand is leeg; de eerste regel noemt de kolommen: "
                    + String.join(",", bekend)));
            return List.of();
        }
        Map<String, String> perKleineLetter = bekend.stream()
                .collect(Collectors.toMap(k -> k.toLowerCase(Locale.ROOT), k -> k));
        List<String> kop = new ArrayList<>();
        for (String naam : regels.get(0).velden()) {
            String kolom = perKleineLetter.get(naam.trim().toLowerCase(Locale.ROOT));
            if (kolom == null) {
                fouten.add(new Invoerfout(1, voorvoegsel + naam.trim(), "Onbekende kolom; bekend zijn: " + String.join(",", bekend)));
            }
            kop.add(kolom);
        }
        verplicht.stream().filter(k -> !kop.contains(k))
                .forEach(k -> fouten.add(new Invoerfout(1, voorvoegsel + k, "Deze kolom ontbreekt")));
        List<Rij> rijen = new ArrayList<>();
        for (Csv.Rij regel : regels.subList(1, regels.size())) {
            List<String> velden = regel.velden();
            Map<String, String> waarden = new HashMap<>();
            for (int k = 0; k < Math.min(kop.size(), velden.size()); k++) {
                if (kop.get(k) != null) {
                    waarden.put(kop.get(k), velden.get(k));
                }
            }
            rijen.add(new Rij(regel.nummer(), voorvoegsel, waarden));
        }
        return rijen;
    }
}
