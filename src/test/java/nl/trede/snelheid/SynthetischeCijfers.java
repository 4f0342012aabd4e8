package nl.trede.snelheid;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * SYNTHETIC figures for the load test, made up with a fixed seed: they belong to no real gemeente and
 * no source document. They have the size of the national picture (342 gemeenten, several half-years)
 * and the spread of real figures, so the rules take every branch. Every file and import names itself
 * as synthetic ({@link #LABEL}), so nobody mistakes it for real figures in a page or receipt.
 */
final class SynthetischeCijfers {

    static final String LABEL = "SYNTHETISCH (lastproef, verzonnen cijfers)";
    /** The reference list the app itself loads (Liquibase), read from the repository. */
    static final Path GEMEENTEN = Path.of("db/changelog/data/gemeenten-2025.csv");

    record Gemeente(String code, String naam, String provincieCode, String provincie) {
    }

    private final List<Gemeente> gemeenten;
    private final Random random = new Random(342);

    SynthetischeCijfers(List<Gemeente> gemeenten) {
        this.gemeenten = List.copyOf(gemeenten);
    }

    static SynthetischeCijfers uitRepository() {
        try (Reader in = Files.newBufferedReader(GEMEENTEN, StandardCharsets.UTF_8)) {
            List<Gemeente> gemeenten = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                gemeenten.add(new Gemeente(r.get("code"), r.get("naam"), r.get("provincie_code"), r.get("provincie")));
            }
            return new SynthetischeCijfers(gemeenten);
        } catch (IOException e) {
            throw new UncheckedIOException("Lastproef: " + GEMEENTEN + " niet te lezen (start vanuit de projectmap)", e);
        }
    }

    List<Gemeente> gemeenten() {
        return gemeenten;
    }

    /** One gemeente's made-up half-year; {@code vorigeTrede} null: the previous run's trede counts. */
    record Halfjaar(String gemeente, String naam, int taakstelling, int standBegin, int realisatie, Integer tijdigGekoppeld,
                    Integer vorigeTrede) {
    }

    /**
     * A half-year of every gemeente, spread like real figures: taakstelling 0-120, a stand of -10..60,
     * a realisatie up to what was due, a third with a known number tijdig gekoppeld (so a koppelingstekort
     * occurs). Only the first period carries a vorige trede.
     */
    List<Halfjaar> halfjaar(boolean eerste) {
        List<Halfjaar> cijfers = new ArrayList<>();
        for (Gemeente g : gemeenten) {
            int taakstelling = random.nextInt(121);
            int standBegin = random.nextInt(71) - 10;
            int realisatie = random.nextInt(taakstelling + Math.max(standBegin, 0) + 1);
            Integer tijdig = random.nextInt(3) == 0 ? random.nextInt(taakstelling + 1) : null;
            Integer vorige = eerste ? 1 + random.nextInt(3) : null;
            cijfers.add(new Halfjaar(g.code(), g.naam(), taakstelling, standBegin, realisatie, tijdig, vorige));
        }
        return cijfers;
    }

    /** {@link #halfjaar} in trede's own layout, for {@code POST /api/v1/invoer/huisvesting}. */
    String huisvesting(String periode, boolean eerste) {
        StringBuilder csv = new StringBuilder("gemeente,periode,taakstelling,stand_begin,correcties,realisatie,"
                + "tijdig_gekoppeld,vorige_trede\n");
        for (Halfjaar h : halfjaar(eerste)) {
            csv.append(String.join(",", h.gemeente(), periode, String.valueOf(h.taakstelling()), String.valueOf(h.standBegin()),
                    "0", String.valueOf(h.realisatie()), leegAlsNull(h.tijdigGekoppeld()), leegAlsNull(h.vorigeTrede())))
                    .append('\n');
        }
        return csv.toString();
    }

    private static String leegAlsNull(Integer getal) {
        return getal == null ? "" : getal.toString();
    }

    /**
     * Opvang per gemeente (PRT layout) for every gemeente outside {@code behalve}: the demo's real
     * Drenthe figures stay as they are, the rest of the country is filled in so the national map has 342 colours.
     */
    String opvang(String behalve) {
        StringBuilder csv = new StringBuilder("gemeente,oekraine_opgave_25_26,oekraine_realisatie,"
                + "asiel_regulier_opgave_25_26,asiel_regulier_realisatie,amv_opgave_25_26,amv_realisatie\n");
        for (Gemeente g : gemeenten) {
            if (g.provincieCode().equals(behalve)) {
                continue;
            }
            int oekraine = 50 + random.nextInt(900);
            int asiel = random.nextInt(5) == 0 ? 0 : 20 + random.nextInt(900);
            String amv = random.nextInt(3) == 0 ? "" : String.valueOf(random.nextInt(60));
            csv.append(String.join(",", g.code(), String.valueOf(oekraine), String.valueOf(oekraine * (70 + random.nextInt(40)) / 100),
                    String.valueOf(asiel), String.valueOf(asiel * (60 + random.nextInt(50)) / 100), amv,
                    amv.isEmpty() ? "" : String.valueOf(random.nextInt(Integer.parseInt(amv) + 1)))).append('\n');
        }
        return csv.toString();
    }

    /** A verdeling of the restopgave over every gemeente of one province, as JSON for the API. */
    String verdeling(String provincie) {
        StringJoiner rijen = new StringJoiner(",");
        int regulier = 0;
        int amv = 0;
        for (Gemeente g : gemeenten) {
            if (!g.provincie().equals(provincie)) {
                continue;
            }
            int indicatiefRegulier = 20 + random.nextInt(400);
            int indicatiefAmv = random.nextInt(40);
            regulier += indicatiefRegulier;
            amv += indicatiefAmv;
            rijen.add("{\"gemeente\":\"%s\",\"indicatiefRegulier\":%d,\"indicatiefAmv\":%d,\"verslagRegulier\":%d,"
                    .formatted(g.code(), indicatiefRegulier, indicatiefAmv, random.nextInt(indicatiefRegulier + 100))
                    + "\"verslagAmv\":0,\"kansrijkRegulier\":%d,\"kansrijkAmv\":0,\"historischGemiddelde\":%d.5,"
                    .formatted(random.nextInt(50), random.nextInt(200))
                    + "\"oekrainePlaatsen\":%d,\"oekraineEvenredigAandeel\":%d}"
                    .formatted(random.nextInt(400), 50 + random.nextInt(200)));
        }
        return "{\"provincie\":\"%s\",\"naam\":\"%s\",\"opgaveRegulier\":%d,\"opgaveAmv\":%d,\"gemeenten\":[%s],\"uitruil\":[]}"
                .formatted(provincie, LABEL, regulier, amv, rijen);
    }
}
