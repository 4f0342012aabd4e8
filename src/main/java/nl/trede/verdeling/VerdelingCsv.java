package nl.trede.verdeling;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.trede.bestand.Bereik;
import nl.trede.bestand.CsvSchrijver;
import nl.trede.bestand.Rij;
import nl.trede.bestand.Tabel;
import nl.trede.systeem.Fouten;
import nl.trede.systeem.Invoerfout;

/**
 * The file form of a verdeling (CSV with commas or semicolons, or xlsx): one row per gemeente with
 * the JSON field names as header, an optional uitruil file ({@code van,voor,regulier,groep}), and
 * Tabel 7 as export. Errors name the row and column of the file; the row numbers are kept so the
 * checks after reading name them too.
 */
final class VerdelingCsv {

    static final List<String> GEMEENTE_KOLOMMEN = List.of("gemeente", "indicatiefRegulier", "indicatiefAmv",
            "verslagRegulier", "verslagAmv", "kansrijkRegulier", "kansrijkAmv", "historischGemiddelde",
            "oekrainePlaatsen", "oekraineEvenredigAandeel");
    static final List<String> UITRUIL_KOLOMMEN = List.of("van", "voor", "regulier", "groep");
    private static final String UITRUIL = "uitruil: ";

    private final Fouten fouten = new Fouten();
    private final List<Integer> gemeenteRijen = new ArrayList<>();
    private final List<Integer> uitruilRijen = new ArrayList<>();

    Fouten fouten() {
        return fouten;
    }

    /** Where the checks of {@link Validatie} put their errors: the rows these files had. */
    Validatie.Plaats plaats() {
        return Validatie.Plaats.csv(gemeenteRijen, uitruilRijen);
    }

    List<VerdelingVerzoek.Gemeente> gemeenten(Tabel tabel) {
        List<VerdelingVerzoek.Gemeente> gemeenten = new ArrayList<>();
        if (tabel.kopregel().isPresent() && tabel.controleerKop(GEMEENTE_KOLOMMEN,
                List.of("gemeente", "indicatiefRegulier", "indicatiefAmv"), false, String.join(",", GEMEENTE_KOLOMMEN))) {
            for (Rij r : tabel.rijen()) {
                gemeenteRijen.add(r.nummer());
                gemeenten.add(new VerdelingVerzoek.Gemeente(tekst(r, "gemeente"), aantal(r, "indicatiefRegulier"),
                        aantal(r, "indicatiefAmv"), aantal(r, "verslagRegulier"), aantal(r, "verslagAmv"),
                        aantal(r, "kansrijkRegulier"), aantal(r, "kansrijkAmv"),
                        r.decimaalOfLeeg("historischGemiddelde", Bereik.AANTAL), aantal(r, "oekrainePlaatsen"),
                        aantal(r, "oekraineEvenredigAandeel")));
            }
        }
        fouten.neem(tabel.fouten(), f -> f);
        return gemeenten;
    }

    List<VerdelingVerzoek.Uitruil> uitruil(Optional<Tabel> bestand) {
        if (bestand.isEmpty()) {
            return List.of();
        }
        Tabel tabel = bestand.get();
        List<VerdelingVerzoek.Uitruil> uitruil = new ArrayList<>();
        if (tabel.kopregel().isPresent() && tabel.controleerKop(UITRUIL_KOLOMMEN, List.of("van", "voor", "regulier"),
                false, String.join(",", UITRUIL_KOLOMMEN))) {
            for (Rij r : tabel.rijen()) {
                uitruilRijen.add(r.nummer());
                uitruil.add(new VerdelingVerzoek.Uitruil(tekst(r, "van"), tekst(r, "voor"), aantal(r, "regulier"),
                        tekst(r, "groep")));
            }
        }
        fouten.neem(tabel.fouten(), f -> new Invoerfout(f.rij(), UITRUIL + (f.kolom() == null ? "" : f.kolom()), f.melding()));
        return uitruil;
    }

    /** A whole number typed in the form; out of range is for {@link Validatie}, as for JSON. */
    Integer opgave(String tekst, String veld) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        Optional<BigInteger> getal = Rij.geheel(tekst);
        if (getal.isEmpty() || getal.get().bitLength() > 31) {
            fouten.voegToe(null, veld, getal.isEmpty() ? Rij.geenGeheelGetal(tekst)
                    : veld + " is " + getal.get() + ", maar moet liggen tussen 0 en " + Bereik.AANTAL.max());
            return null;
        }
        return getal.get().intValueExact();
    }

    private static String tekst(Rij r, String kolom) {
        String tekst = r.tekst(kolom);
        return tekst.isEmpty() ? null : tekst;
    }

    private static Integer aantal(Rij r, String kolom) {
        return r.geheelOfLeeg(kolom, Bereik.AANTAL);
    }

    /** Tabel 7 of the besluit: gemeente, amv, regular and total, with a total row. */
    static String tabel7(Verdeling v) {
        List<List<Object>> rijen = new ArrayList<>();
        int amv = 0;
        int regulier = 0;
        for (GemeenteUitkomst g : v.gemeenten()) {
            rijen.add(List.of(g.gemeenteNaam(), g.gemeente(), g.amv(), g.regulier(), Math.addExact(g.amv(), g.regulier())));
            amv = Math.addExact(amv, g.amv());
            regulier = Math.addExact(regulier, g.regulier());
        }
        rijen.add(List.of("Totaal", "", amv, regulier, Math.addExact(amv, regulier)));
        return CsvSchrijver.schrijf(List.of("gemeente", "cbs_code", "amv", "regulier", "totaal"), rijen);
    }
}
