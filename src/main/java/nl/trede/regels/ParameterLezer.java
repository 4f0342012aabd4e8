package nl.trede.regels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Reads {@code parameters/*.yaml}. Each top-level key is a parameter:
 * <pre>
 * hoogste_voorgestelde_trede:
 *   omschrijving: ...
 *   waarden:
 *     - vanaf: 2014-01-01
 *       waarde: 4
 *       bron: "..."
 * </pre>
 * Every value needs a date and a source; a parameter name may occur in one file only. Bound to
 * records by {@link YamlBestand}: an unknown field (say {@code bronn}) is refused with its line.
 */
final class ParameterLezer {

    static final String MAP = "parameters/";

    /** A parameter file: in a domain's {@code parameters/} folder (or, in a version stored before kaders, in {@code parameters/}). */
    static boolean isParameterbestand(String pad) {
        return (pad.startsWith(MAP) || pad.contains("/" + MAP)) && (pad.endsWith(".yaml") || pad.endsWith(".yml"));
    }

    private ParameterLezer() {
    }

    static Parameters lees(SortedMap<String, String> bestanden, List<Regelsetfout> fouten) {
        List<ParameterDefinitie> definities = new ArrayList<>();
        Map<String, String> bestandPerNaam = new HashMap<>();
        bestanden.forEach((pad, inhoud) -> {
            if (!isParameterbestand(pad)) {
                return;
            }
            Bestand parameters;
            try {
                parameters = YamlBestand.lees(inhoud, Bestand.class);
            } catch (YamlBestand.Fout e) {
                fouten.add(new Regelsetfout(pad, e.regel(), e.getMessage()));
                return;
            }
            if (parameters == null) {
                fouten.add(new Regelsetfout(pad, 0, "Verwacht per parameter een naam met 'omschrijving' en 'waarden'"));
                return;
            }
            parameters.forEach((naam, definitie) -> {
                String eerder = bestandPerNaam.putIfAbsent(naam, pad);
                if (eerder != null) {
                    fouten.add(new Regelsetfout(pad, 0, "De parameter '" + naam + "' staat ook in " + eerder));
                    return;
                }
                leesDefinitie(pad, naam, definitie, fouten).ifPresent(definities::add);
            });
        });
        return new Parameters(definities);
    }

    private static Optional<ParameterDefinitie> leesDefinitie(
            String pad, String naam, Definitie definitie, List<Regelsetfout> fouten) {
        if (definitie == null || definitie.waarden() == null || definitie.waarden().isEmpty()) {
            fouten.add(new Regelsetfout(pad, 0, "De parameter '" + naam + "' heeft geen lijst 'waarden'"));
            return Optional.empty();
        }
        List<ParameterWaarde> gelezen = new ArrayList<>();
        for (int i = 0; i < definitie.waarden().size(); i++) {
            String plek = "De parameter '" + naam + "', waarde " + (i + 1);
            Waarde waarde = definitie.waarden().get(i);
            if (waarde == null) {
                fouten.add(new Regelsetfout(pad, 0, plek + ": verwacht 'vanaf', 'waarde' en 'bron'"));
            } else if (waarde.vanaf() == null) {
                fouten.add(new Regelsetfout(pad, 0, plek + ": 'vanaf' ontbreekt of is geen datum (JJJJ-MM-DD)"));
            } else if (waarde.bron() == null || waarde.bron().isBlank()) {
                fouten.add(new Regelsetfout(pad, 0, plek + ": 'bron' ontbreekt; noem de wet, het beleidskader of de bron"));
            } else if (waarde.waarde() == null) {
                fouten.add(new Regelsetfout(pad, 0, plek + ": 'waarde' ontbreekt"));
            } else {
                gelezen.add(new ParameterWaarde(waarde.vanaf(), waarde.waarde(), waarde.bron().trim()));
            }
        }
        String omschrijving = definitie.omschrijving();
        return Optional.of(new ParameterDefinitie(naam, omschrijving == null ? "" : omschrijving.trim(), pad, List.copyOf(gelezen)));
    }

    /** A parameter file: per name a definition, in the file's order. */
    static final class Bestand extends LinkedHashMap<String, Definitie> {
    }

    record Definitie(String omschrijving, List<Waarde> waarden) {
    }

    /** {@code waarde} is a number, a text or a list (such as the treden with their names). */
    record Waarde(LocalDate vanaf, Object waarde, String bron) {
    }
}
