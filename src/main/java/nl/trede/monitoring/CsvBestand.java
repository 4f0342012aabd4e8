package nl.trede.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.trede.systeem.Csv;
import nl.trede.systeem.Invoerfout;

/**
 * A CSV file read for an import, collecting every error with its row (1 is the header) and column
 * instead of stopping at the first, so a user fixes a file in one go.
 */
final class CsvBestand {

    /** The fields per line number of the file; a blank line has none. */
    private final Map<Integer, List<String>> regels = new HashMap<>();
    private final Map<String, Integer> kolommen = new HashMap<>();
    private int laatsteRegel = 1;
    final List<Invoerfout> fouten = new ArrayList<>();

    CsvBestand(String tekst, List<String> verplicht) {
        List<Csv.Rij> rijen = Csv.rijen(tekst, fouten);
        if (rijen.isEmpty()) {
            fouten.add(new Invoerfout(1, null, "Het bestand is leeg; verwacht een kopregel met " + String.join(", ", verplicht)));
            return;
        }
        List<String> kop = rijen.get(0).velden();
        for (int i = 0; i < kop.size(); i++) {
            kolommen.put(kop.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        verplicht.stream().filter(k -> !kolommen.containsKey(k))
                .forEach(k -> fouten.add(new Invoerfout(1, k, "De kolom '" + k + "' ontbreekt in de kopregel")));
        for (Csv.Rij rij : rijen.subList(1, rijen.size())) {
            regels.put(rij.nummer(), rij.velden());
            laatsteRegel = rij.nummer();
        }
    }

    int aantalRijen() {
        return laatsteRegel - 1;
    }

    /** Row {@code rij} as in the file (2 is the first data row); blank lines are skipped by callers. */
    boolean leeg(int rij) {
        return regels.getOrDefault(rij, List.of()).stream().allMatch(String::isBlank);
    }

    String tekst(int rij, String kolom) {
        Integer i = kolommen.get(kolom);
        List<String> waarden = regels.getOrDefault(rij, List.of());
        return i == null || i >= waarden.size() ? "" : waarden.get(i).trim();
    }

    /** A whole number; empty gives null when {@code leegMag}, otherwise an error. */
    Integer geheel(int rij, String kolom, boolean leegMag, boolean negatiefMag) {
        String waarde = tekst(rij, kolom);
        if (waarde.isEmpty()) {
            if (!leegMag) {
                fouten.add(new Invoerfout(rij, kolom, "Geen waarde; verwacht een geheel getal"));
            }
            return null;
        }
        try {
            int getal = Integer.parseInt(waarde.replace(".", ""));
            if (getal < 0 && !negatiefMag) {
                fouten.add(new Invoerfout(rij, kolom, "'" + waarde + "' is negatief; verwacht 0 of meer"));
                return null;
            }
            return getal;
        } catch (NumberFormatException e) {
            fouten.add(new Invoerfout(rij, kolom, "'" + waarde + "' is geen geheel getal"));
            return null;
        }
    }

    LocalDate datum(int rij, String kolom) {
        String waarde = tekst(rij, kolom);
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException e) {
            fouten.add(new Invoerfout(rij, kolom, "'" + waarde + "' is geen datum; verwacht JJJJ-MM-DD"));
            return null;
        }
    }

    void fout(int rij, String kolom, String melding) {
        fouten.add(new Invoerfout(rij, kolom, melding));
    }
}
