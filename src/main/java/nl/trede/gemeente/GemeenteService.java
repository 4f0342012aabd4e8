package nl.trede.gemeente;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.trede.bestand.Namen;
import nl.trede.kern.GemeenteCode;
import org.springframework.stereotype.Service;

/**
 * The gemeenten, held in memory (342 rows of reference data that change by Liquibase only).
 * Names are matched without regard to case, accents, hyphens and spacing, as COA and PRT overviews
 * spell them differently ("Midden Drenthe", "HOOGVEEN"); a name is never guessed.
 */
@Service
public class GemeenteService {

    private static final int SUGGESTIES = 3;

    /** No name is this long; longer input gets no suggestions, and is cut short in the message. */
    private static final int LANGSTE_NAAM = 80;

    private final List<Gemeente> alle;
    private final Map<String, Gemeente> perCode;
    /** The gemeenten by name and by name without CBS suffix, as compared: computed once, not per row. */
    private final Map<String, List<Gemeente>> opSleutel;
    private final Map<String, List<Gemeente>> opStam;

    GemeenteService(GemeenteRepository repository) {
        this.alle = repository.findAll().stream().sorted(Comparator.comparing(Gemeente::naam)).toList();
        this.perCode = alle.stream().collect(Collectors.toMap(Gemeente::code, Function.identity()));
        this.opSleutel = alle.stream().collect(Collectors.groupingBy(g -> Namen.sleutel(g.naam())));
        this.opStam = alle.stream().collect(Collectors.groupingBy(g -> Namen.sleutel(stam(g.naam()))));
    }

    public List<Gemeente> alle() {
        return alle;
    }

    public Optional<Gemeente> metCode(GemeenteCode code) {
        return Optional.ofNullable(perCode.get(code.waarde()));
    }

    public List<Gemeente> inProvincie(Provincie provincie) {
        return alle.stream().filter(g -> g.provincieCode().equals(provincie.code())).toList();
    }

    public List<Provincie> provincies() {
        Map<String, Provincie> provincies = new LinkedHashMap<>();
        alle.stream().sorted(Comparator.comparing(Gemeente::provincie))
                .forEach(g -> provincies.putIfAbsent(g.provincieCode(), new Provincie(g.provincieCode(), g.provincie())));
        return List.copyOf(provincies.values());
    }

    /** A province by its code ({@code PV26}) or name ({@code Utrecht}), case-insensitive. */
    public Optional<Provincie> provincie(String codeOfNaam) {
        String gezocht = Namen.sleutel(codeOfNaam);
        return provincies().stream()
                .filter(p -> Namen.sleutel(p.code()).equals(gezocht) || Namen.sleutel(p.naam()).equals(gezocht))
                .findFirst();
    }

    /**
     * Matches a CBS code ({@code GM0344}) or a name. A full name matches first ("Hengelo (O.)");
     * otherwise the name without its CBS suffix ("Hengelo"), which may match several ("Bergen").
     */
    public Zoekresultaat zoek(String codeOfNaam) {
        return zoek(codeOfNaam, true);
    }

    /**
     * The same, with suggestions for a name that matches nothing only when {@code suggesties}: they
     * cost a comparison with every gemeente, which a file of many bad rows need not pay for each row.
     */
    public Zoekresultaat zoek(String codeOfNaam, boolean suggesties) {
        String invoer = codeOfNaam == null ? "" : codeOfNaam.trim();
        Optional<Gemeente> opCode = GemeenteCode.lees(invoer).flatMap(this::metCode);
        if (opCode.isPresent()) {
            return new Zoekresultaat.Gevonden(opCode.get());
        }
        if (invoer.length() > LANGSTE_NAAM) {
            return new Zoekresultaat.NietGevonden(invoer.substring(0, LANGSTE_NAAM) + "…", List.of());
        }
        String gezocht = Namen.sleutel(invoer);
        List<Gemeente> volledig = opSleutel.getOrDefault(gezocht, List.of());
        if (volledig.size() == 1) {
            return new Zoekresultaat.Gevonden(volledig.get(0));
        }
        List<Gemeente> metStam = opStam.getOrDefault(gezocht, List.of());
        if (metStam.size() == 1) {
            return new Zoekresultaat.Gevonden(metStam.get(0));
        }
        if (metStam.size() > 1) {
            return new Zoekresultaat.Meerdere(invoer, metStam);
        }
        if (!suggesties) {
            return new Zoekresultaat.NietGevonden(invoer, List.of());
        }
        Map<Gemeente, Integer> afstanden = alle.stream()
                .collect(Collectors.toMap(Function.identity(), g -> afstand(gezocht, Namen.sleutel(stam(g.naam())))));
        List<Gemeente> dichtstbij = alle.stream()
                .sorted(Comparator.comparingInt((Gemeente g) -> afstanden.get(g)).thenComparing(Gemeente::naam))
                .limit(SUGGESTIES)
                .toList();
        return new Zoekresultaat.NietGevonden(invoer, dichtstbij);
    }

    /** "Hengelo (O.)" becomes "Hengelo". */
    private static String stam(String naam) {
        int haakje = naam.indexOf(" (");
        return haakje < 0 ? naam : naam.substring(0, haakje);
    }

    /** Levenshtein distance, for suggestions only. */
    static int afstand(String a, String b) {
        int[] vorige = new int[b.length() + 1];
        int[] huidige = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            vorige[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            huidige[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int kosten = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                huidige[j] = Math.min(Math.min(huidige[j - 1] + 1, vorige[j] + 1), vorige[j - 1] + kosten);
            }
            int[] wissel = vorige;
            vorige = huidige;
            huidige = wissel;
        }
        return vorige[b.length()];
    }
}
