package nl.trede.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.trede.systeem.Invoerfout;

/**
 * A CSV file read for an import, collecting every error with its row (1 is the header) and column
 * instead of stopping at the first, so a user fixes a file in one go.
 */
final class CsvBestand {

    private final List<String[]> regels = new ArrayList<>();
    private final Map<String, Integer> kolommen = new HashMap<>();
    final List<Invoerfout> fouten = new ArrayList<>();

    CsvBestand(String tekst, List<String> verplicht) {
        List<String> lijnen = tekst.replace("\uFEFF", "").lines().toList();
        if (lijnen.isEmpty()) {
            fouten.add(new Invoerfout(1, null, "Het bestand is leeg; verwacht een kopregel met " + String.join(", ", verplicht)));
            return;
        }
        String[] kop = splits(lijnen.get(0));
        for (int i = 0; i < kop.length; i++) {
            kolommen.put(kop[i].trim().toLowerCase(Locale.ROOT), i);
        }
        verplicht.stream().filter(k -> !kolommen.containsKey(k))
                .forEach(k -> fouten.add(new Invoerfout(1, k, "De kolom '" + k + "' ontbreekt in de kopregel")));
        lijnen.stream().skip(1).map(CsvBestand::splits).forEach(regels::add);
    }

    int aantalRijen() {
        return regels.size();
    }

    /** Row {@code rij} as in the file (2 is the first data row); blank lines are skipped by callers. */
    boolean leeg(int rij) {
        return Arrays.stream(regels.get(rij - 2)).allMatch(String::isBlank);
    }

    String tekst(int rij, String kolom) {
        Integer i = kolommen.get(kolom);
        String[] waarden = regels.get(rij - 2);
        return i == null || i >= waarden.length ? "" : waarden[i].trim();
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

    /** Splits on commas outside double quotes; "" inside quotes is a quote. */
    private static String[] splits(String lijn) {
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        for (int i = 0; i < lijn.length(); i++) {
            char c = lijn.charAt(i);
            if (c == '"' && tussenAanhalingstekens && i + 1 < lijn.length() && lijn.charAt(i + 1) == '"') {
                veld.append('"');
                i++;
            } else if (c == '"') {
                tussenAanhalingstekens = !tussenAanhalingstekens;
            } else if (c == ',' && !tussenAanhalingstekens) {
                velden.add(veld.toString());
                veld.setLength(0);
            } else {
                veld.append(c);
            }
        }
        velden.add(veld.toString());
        return velden.toArray(String[]::new);
    }
}
