package nl.trede.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.trede.kern.Periode;

/**
 * Reads a kader's {@code kader.yaml}:
 * <pre>
 * naam: Aanvullend beleidskader IBT huisvesting vergunninghouders 2024, provincie Utrecht
 * provincies: [PV26]          # CBS codes; [standaard] for the kader of every province without its own
 * vanaf: 2024-1               # the first period it applies to
 * tot: 2025-2                 # the last, where known; leave out while it applies
 * bron:
 *   titel: ...
 *   datum: 2023-11-01
 *   kenmerk: CVDR713805
 *   url: https://lokaleregelgeving.overheid.nl/CVDR713805
 * toelichting: ...            # the readings trede made where the source is silent
 * </pre>
 * Any other field is refused, with its line ({@link YamlBestand}).
 */
final class KaderLezer {

    static final String STANDAARD = "standaard";
    private static final Pattern PROVINCIE = Pattern.compile("PV\\d{2}");

    private KaderLezer() {
    }

    static Optional<Kader> lees(Domein domein, String pad, String inhoud, List<Regelsetfout> fouten) {
        Bestand velden;
        try {
            velden = YamlBestand.lees(inhoud, Bestand.class);
        } catch (YamlBestand.Fout e) {
            fouten.add(new Regelsetfout(pad, e.regel(), e.getMessage()));
            return Optional.empty();
        }
        if (velden == null) {
            fouten.add(new Regelsetfout(pad, 0, "Een kader.yaml noemt naam, provincies, vanaf, (tot,) bron en toelichting"));
            return Optional.empty();
        }
        int voor = fouten.size();
        String naam = tekst(velden.naam());
        if (naam == null) {
            fouten.add(new Regelsetfout(pad, 0, "Het kader heeft geen 'naam'"));
        }
        List<String> provincies = new ArrayList<>();
        List<String> lijst = velden.provincies();
        if (lijst == null || lijst.isEmpty()) {
            fouten.add(new Regelsetfout(pad, 0, "Noem de provincies van het kader als CBS-codes, zoals [PV26], of [standaard] "
                    + "voor het kader van elke provincie zonder eigen kader"));
        } else if (!(lijst.size() == 1 && STANDAARD.equals(lijst.get(0)))) {
            for (String code : lijst) {
                if (code != null && PROVINCIE.matcher(code).matches()) {
                    provincies.add(code);
                } else {
                    fouten.add(new Regelsetfout(pad, 0, "'" + code + "' is geen CBS-code van een provincie (zoals PV26 voor Utrecht)"));
                }
            }
        }
        Periode vanaf = periode(velden.vanaf(), "vanaf", pad, fouten);
        Periode tot = velden.tot() == null ? null : periode(velden.tot(), "tot", pad, fouten);
        if (vanaf != null && tot != null && tot.compareTo(vanaf) < 0) {
            fouten.add(new Regelsetfout(pad, 0, "'tot' (" + tot + ") ligt voor 'vanaf' (" + vanaf + ")"));
        }
        Kader.Bron bron = null;
        Bron b = velden.bron();
        if (b == null || tekst(b.titel()) == null) {
            fouten.add(new Regelsetfout(pad, 0, "Noem de bron van het kader: een openbaar document met 'titel' en waar bekend "
                    + "'datum', 'kenmerk' (zoals een CVDR-nummer) en 'url'"));
        } else {
            bron = new Kader.Bron(tekst(b.titel()), tekst(b.datum()), tekst(b.kenmerk()), tekst(b.url()));
        }
        if (fouten.size() > voor) {
            return Optional.empty();
        }
        return Optional.of(new Kader(domein.kader(), naam, List.copyOf(provincies), vanaf, tot, bron,
                tekst(velden.toelichting())));
    }

    /** The file as written; periods as text, so that a wrong one gets the message below rather than Jackson's. */
    record Bestand(String naam, List<String> provincies, String vanaf, String tot, Bron bron, String toelichting) {
    }

    record Bron(String titel, String datum, String kenmerk, String url) {
    }

    private static Periode periode(String waarde, String veld, String pad, List<Regelsetfout> fouten) {
        Optional<Periode> periode = Periode.lees(waarde);
        if (periode.isEmpty()) {
            fouten.add(new Regelsetfout(pad, 0, "'" + veld + "' hoort een periode te zijn, zoals 2024-1"));
        }
        return periode.orElse(null);
    }

    private static String tekst(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }
}
