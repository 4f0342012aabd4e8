package nl.trede.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.springframework.stereotype.Service;

/**
 * Impact before it counts: runs the candidate rule set (by default the current content of
 * {@code rules/}, not yet activated) and the active one over the stored figures of past periods,
 * as dry runs, and lists per gemeente what changes and by which rule.
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

    public Impact impact(SortedMap<String, String> kandidaatBestanden, List<String> periodes, String provincie) {
        if (periodes == null || periodes.isEmpty()) {
            throw new IllegalArgumentException("Kies ten minste één periode, zoals 2025-1");
        }
        Regelset actief = regelsets.actief();
        Regelset kandidaat = actief.versie().equals(Regelset.versieVan(kandidaatBestanden)) ? actief
                : regelsets.kandidaat(kandidaatBestanden);
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
        return new Impact(actief.versie(), kandidaat.versie(), List.copyOf(periodes), List.copyOf(samenvatting), List.copyOf(regels));
    }
}
