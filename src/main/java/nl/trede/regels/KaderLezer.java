package nl.trede.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.trede.kern.Periode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

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
 */
final class KaderLezer {

    static final String STANDAARD = "standaard";
    private static final Pattern PROVINCIE = Pattern.compile("PV\\d{2}");

    private KaderLezer() {
    }

    static Optional<Kader> lees(Domein domein, String pad, String inhoud, List<Regelsetfout> fouten) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(inhoud);
        } catch (YAMLException e) {
            fouten.add(new Regelsetfout(pad, 0, "Geen geldige YAML: " + e.getMessage()));
            return Optional.empty();
        }
        if (!(document instanceof Map<?, ?> velden)) {
            fouten.add(new Regelsetfout(pad, 0, "Een kader.yaml noemt naam, provincies, vanaf, (tot,) bron en toelichting"));
            return Optional.empty();
        }
        int voor = fouten.size();
        String naam = tekst(velden.get("naam"));
        if (naam == null) {
            fouten.add(new Regelsetfout(pad, 0, "Het kader heeft geen 'naam'"));
        }
        List<String> provincies = new ArrayList<>();
        if (!(velden.get("provincies") instanceof List<?> lijst) || lijst.isEmpty()) {
            fouten.add(new Regelsetfout(pad, 0, "Noem de provincies van het kader als CBS-codes, zoals [PV26], of [standaard] "
                    + "voor het kader van elke provincie zonder eigen kader"));
        } else if (!(lijst.size() == 1 && STANDAARD.equals(String.valueOf(lijst.get(0))))) {
            for (Object code : lijst) {
                if (PROVINCIE.matcher(String.valueOf(code)).matches()) {
                    provincies.add(String.valueOf(code));
                } else {
                    fouten.add(new Regelsetfout(pad, 0, "'" + code + "' is geen CBS-code van een provincie (zoals PV26 voor Utrecht)"));
                }
            }
        }
        Periode vanaf = periode(velden.get("vanaf"), "vanaf", pad, fouten);
        Periode tot = velden.get("tot") == null ? null : periode(velden.get("tot"), "tot", pad, fouten);
        if (vanaf != null && tot != null && tot.compareTo(vanaf) < 0) {
            fouten.add(new Regelsetfout(pad, 0, "'tot' (" + tot + ") ligt voor 'vanaf' (" + vanaf + ")"));
        }
        Kader.Bron bron = null;
        if (!(velden.get("bron") instanceof Map<?, ?> b) || tekst(b.get("titel")) == null) {
            fouten.add(new Regelsetfout(pad, 0, "Noem de bron van het kader: een openbaar document met 'titel' en waar bekend "
                    + "'datum', 'kenmerk' (zoals een CVDR-nummer) en 'url'"));
        } else {
            bron = new Kader.Bron(tekst(b.get("titel")), tekst(b.get("datum")), tekst(b.get("kenmerk")), tekst(b.get("url")));
        }
        if (fouten.size() > voor) {
            return Optional.empty();
        }
        return Optional.of(new Kader(domein.kader(), naam, List.copyOf(provincies), vanaf, tot, bron,
                tekst(velden.get("toelichting"))));
    }

    private static Periode periode(Object waarde, String veld, String pad, List<Regelsetfout> fouten) {
        Optional<Periode> periode = Periode.lees(waarde == null ? null : String.valueOf(waarde));
        if (periode.isEmpty()) {
            fouten.add(new Regelsetfout(pad, 0, "'" + veld + "' hoort een periode te zijn, zoals 2024-1"));
        }
        return periode.orElse(null);
    }

    private static String tekst(Object waarde) {
        return waarde == null || String.valueOf(waarde).isBlank() ? null : String.valueOf(waarde).strip();
    }
}
