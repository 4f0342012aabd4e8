package nl.trede.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Impact before it counts: runs the candidate rules (by default the current content of {@code rules/}, not yet
 * activated) and the rules in use over the stored figures of past periods, as dry runs, and lists per gemeente
 * what changes and by which rule. Also: a province's stored figures under another kader than its own, so that
 * equal treatment across provinces is visible.
 */
@Service
public class ImpactService {

    private final RegelsetService regelsets;
    private final List<Proefrun> proefruns;

    ImpactService(RegelsetService regelsets, List<Proefrun> proefruns) {
        this.regelsets = regelsets;
        this.proefruns = proefruns;
    }

    /** The candidate is {@code rules/} as it is now; {@code provincie} null for every gemeente with figures. */
    public Impact impact(List<String> periodes, String provincie) {
        return impact(regelsets.leesBron(), periodes, provincie);
    }

    /** With a {@code kader} (its id), the stored figures under that kader; without, {@code rules/} as it is now. */
    public Impact impact(String kader, List<String> periodes, String provincie) {
        return kader == null || kader.isBlank() ? impact(periodes, provincie) : onderKader(kader.strip(), periodes, provincie);
    }

    public Impact impact(SortedMap<String, String> kandidaatBestanden, List<String> periodes, String provincie) {
        Map<String, Regelset> kandidaten = regelsets.kandidaten(kandidaatBestanden);
        Map<String, Regelset> na = new TreeMap<>(regelsets.inGebruik());
        na.putAll(kandidaten);
        List<Regelset> kadersNa = na.values().stream().filter(r -> r.kader().isPresent()).toList();
        String wat = kandidaten.isEmpty() ? "rules/ is gelijk aan de regels in gebruik"
                : "gewijzigd in rules/: " + String.join(", ", kandidaten.keySet());
        return vergelijk(wat, periodes, provincie, kies(regelsets.kaders()), kies(kadersNa));
    }

    /** The stored figures under the kader {@code kaderId} (in use), beside the kader that judged them. */
    public Impact onderKader(String kaderId, List<String> periodes, String provincie) {
        Regelset ander = regelsets.kaders().stream().filter(r -> r.kader().orElseThrow().id().equals(kaderId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Er is geen kader '" + kaderId + "' in gebruik; kies een van: "
                        + String.join(", ", regelsets.kaders().stream().map(r -> r.kader().orElseThrow().id()).toList())));
        Kader kader = ander.kader().orElseThrow();
        Regelkeuze onder = (code, naam, periode) -> Optional.of(new Kaderkeuze(kader, ander, "vergeleken onder kader " + kader.id()));
        return vergelijk("onder kader " + kader.id() + " (" + kader.naam() + ")", periodes, provincie, kies(regelsets.kaders()), onder);
    }

    private static Regelkeuze kies(List<Regelset> kaders) {
        return (code, naam, periode) -> Optional.of(Kaders.kies(kaders, code, naam, periode));
    }

    private Impact vergelijk(String wat, List<String> periodes, String provincie, Regelkeuze actief, Regelkeuze kandidaat) {
        if (periodes == null || periodes.isEmpty()) {
            throw new IllegalArgumentException("Kies ten minste één periode, zoals 2025-1");
        }
        List<Impactregel> regels = new ArrayList<>();
        List<String> samenvatting = new ArrayList<>();
        for (Proefrun proefrun : proefruns) {
            List<Impactregel> vanSoort = new ArrayList<>();
            for (String periode : periodes) {
                try {
                    vanSoort.addAll(proefrun.vergelijk(actief, kandidaat, periode, provincie));
                } catch (IllegalStateException e) {
                    // The candidate leaves a gemeente without an outcome (or with two): a fault in the rules.
                    throw new OngeldigeRegelsetException(List.of(new Regelsetfout(proefrun.soort() + "/", 0, e.getMessage())));
                }
            }
            if (!vanSoort.isEmpty()) {
                long omhoog = vanSoort.stream().filter(r -> r.richting() > 0).count();
                long omlaag = vanSoort.stream().filter(r -> r.richting() < 0).count();
                samenvatting.add(proefrun.samenvatting(omhoog, omlaag, vanSoort.size() - omhoog - omlaag)
                        + (periodes.size() > 1 ? " (over " + periodes.size() + " periodes)" : ""));
            }
            regels.addAll(vanSoort);
        }
        if (regels.isEmpty()) {
            throw new IllegalArgumentException("Er zijn geen opgeslagen cijfers voor " + String.join(", ", periodes)
                    + "; kies een periode waarvan cijfers zijn ingevoerd.");
        }
        return new Impact(wat, List.copyOf(periodes), List.copyOf(samenvatting), List.copyOf(regels));
    }
}
