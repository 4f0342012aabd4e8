package nl.trede.verdeling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of step 4b for one kind of places, on the gemeenten the rules left: water-filling
 * to a common percentage, then whole places by the largest-remainder method.
 */
final class Verdeler {

    /** A gemeente that takes part: its indicatieve verdeling and the places already counted for it. */
    record Kandidaat(String gemeente, long indicatief, long geteld) {

        /** Room up to 100% of the indicatieve verdeling (validation keeps {@code geteld} at 0 or more). */
        long ruimte() {
            return indicatief == 0 ? 0 : Math.max(0, indicatief - geteld);
        }
    }

    /**
     * The exact spread: the common percentage ({@code null} when nobody receives anything), each
     * kandidaat's share (0 for those already at or above the percentage) and what could not be placed
     * because every kandidaat is at 100%.
     */
    record Spreiding(Breuk percentage, Map<String, Breuk> aandelen, long onverdeeld) {
    }

    private Verdeler() {
    }

    /**
     * Finds p with sum over kandidaten of max(0, min(p, 1) * indicatief - geteld) = restopgave. The
     * sum is piecewise linear in p, with a kink where p passes geteld/indicatief; walking the
     * kandidaten in that order, the first segment whose solution lies below the next kink holds p.
     */
    static Spreiding spreid(List<Kandidaat> kandidaten, long restopgave) {
        Map<String, Breuk> aandelen = new LinkedHashMap<>();
        kandidaten.forEach(k -> aandelen.put(k.gemeente(), Breuk.NUL));
        List<Kandidaat> metRuimte = kandidaten.stream().filter(k -> k.ruimte() > 0)
                .sorted(Comparator.comparing((Kandidaat k) -> new Breuk(k.geteld(), k.indicatief())))
                .toList();
        long ruimte = metRuimte.stream().mapToLong(Kandidaat::ruimte).sum();
        if (restopgave <= 0 || metRuimte.isEmpty()) {
            return new Spreiding(null, aandelen, Math.max(0, restopgave));
        }
        if (restopgave >= ruimte) {
            metRuimte.forEach(k -> aandelen.put(k.gemeente(), new Breuk(k.ruimte(), 1)));
            return new Spreiding(Breuk.EEN, aandelen, restopgave - ruimte);
        }
        long somIndicatief = 0;
        long somGeteld = 0;
        int actief = 0;
        Breuk percentage = null;
        while (percentage == null) {
            Kandidaat k = metRuimte.get(actief++);
            somIndicatief += k.indicatief();
            somGeteld += k.geteld();
            Breuk p = new Breuk(restopgave + somGeteld, somIndicatief);
            // restopgave < ruimte, so p < 1 and the last kandidaat with room always closes the walk
            if (actief == metRuimte.size()) {
                percentage = p;
            } else {
                Kandidaat volgende = metRuimte.get(actief);
                if (p.compareTo(new Breuk(volgende.geteld(), volgende.indicatief())) <= 0) {
                    percentage = p;
                }
            }
        }
        for (Kandidaat k : metRuimte.subList(0, actief)) {
            // p * indicatief - geteld, over the common denominator somIndicatief
            long teller = Math.subtractExact(Math.multiplyExact(restopgave + somGeteld, k.indicatief()),
                    Math.multiplyExact(k.geteld(), somIndicatief));
            aandelen.put(k.gemeente(), new Breuk(teller, somIndicatief));
        }
        return new Spreiding(percentage, aandelen, 0);
    }

    /**
     * Whole places that add up to the placed restopgave: every share rounded down, then one more to
     * the largest remainders (ties: larger indicatieve verdeling, then the lower CBS code). Only
     * shares with a remainder get one more, since the remainders add up to the places still missing
     * and each is below one; so no share goes above its room (a whole number) or below its whole
     * part (at least the minimum, when the share was).
     */
    static Map<String, Integer> rond(List<Kandidaat> kandidaten, Spreiding spreiding) {
        Map<String, Integer> plaatsen = new LinkedHashMap<>();
        long tekort = 0;
        List<Kandidaat> metRest = new ArrayList<>();
        for (Kandidaat k : kandidaten) {
            Breuk aandeel = spreiding.aandelen().get(k.gemeente());
            plaatsen.put(k.gemeente(), Math.toIntExact(aandeel.heel()));
            tekort += aandeel.rest();
            if (aandeel.rest() > 0) {
                metRest.add(k);
            }
        }
        if (metRest.isEmpty()) {
            return plaatsen;
        }
        long noemer = spreiding.aandelen().get(metRest.get(0).gemeente()).noemer();
        long extra = tekort / noemer;
        metRest.sort(Comparator.comparingLong((Kandidaat k) -> spreiding.aandelen().get(k.gemeente()).rest()).reversed()
                .thenComparing(Comparator.comparingLong(Kandidaat::indicatief).reversed())
                .thenComparing(Kandidaat::gemeente));
        metRest.subList(0, Math.toIntExact(extra)).forEach(k -> plaatsen.merge(k.gemeente(), 1, Integer::sum));
        return plaatsen;
    }
}
