package nl.trede.verdeling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of step 4b for one kind of places, on the gemeenten the rules left: water-filling
 * to a common percentage of the indicatieve verdeling of that kind, each gemeente capped by its room
 * under the total cap (regular plus amv), then whole places by the largest-remainder method.
 */
final class Verdeler {

    /**
     * A gemeente that takes part: its indicatieve verdeling of this kind, the places of this kind
     * already counted for it, and how many more places its total indicatieve verdeling (regular plus
     * amv) still allows. A gemeente without an indicatieve verdeling of this kind has no percentage to
     * be topped up to, so no room for this kind.
     */
    record Kandidaat(String gemeente, long indicatief, long geteld, long totaleRuimte) {

        long ruimte() {
            return indicatief == 0 ? 0 : Math.max(0, totaleRuimte);
        }

        /** The percentage from which this kandidaat gets a share. */
        Breuk vanaf() {
            return new Breuk(geteld, indicatief);
        }

        /** The percentage at which its share fills its room. */
        Breuk tot() {
            return new Breuk(geteld + ruimte(), indicatief);
        }
    }

    /**
     * The exact spread: the common percentage ({@code null} when nobody receives anything), each
     * kandidaat's share (0 for those already at or above the percentage, its room for those whose
     * room the percentage would overflow) and what could not be placed because every kandidaat is
     * at its total cap. When places stay unplaced, the percentage is the lowest at which every
     * kandidaat is at its cap.
     */
    record Spreiding(Breuk percentage, Map<String, Breuk> aandelen, long onverdeeld) {
    }

    private Verdeler() {
    }

    /** Where the share of one kandidaat starts to grow with p, or stops at its room. */
    record Knik(Breuk bij, Kandidaat kandidaat, boolean begin) {
    }

    /**
     * The kinks of every kandidaat with room, in the order of p. Sorted once per kind: the rounds of
     * the minimum share only take kandidaten away, and a round walks these, skipping who is gone.
     */
    record Knikken(List<Knik> opVolgorde) {
    }

    static Knikken knikken(List<Kandidaat> iedereen) {
        List<Knik> knikken = new ArrayList<>(2 * iedereen.size());
        for (Kandidaat k : iedereen) {
            if (k.ruimte() > 0) {
                knikken.add(new Knik(k.vanaf(), k, true));
                knikken.add(new Knik(k.tot(), k, false));
            }
        }
        knikken.sort(Comparator.comparing(Knik::bij));
        return new Knikken(List.copyOf(knikken));
    }

    /**
     * Finds p with sum over kandidaten of min(ruimte, max(0, p * indicatief - geteld)) = restopgave.
     * The sum is piecewise linear and non-decreasing in p, with a kink where a kandidaat starts to
     * receive (p = geteld / indicatief) and one where it reaches its room. Between kinks, the
     * kandidaten receiving at p ("actief") give p = (restopgave - their room of the full ones + their
     * geteld) / their indicatief; walking the kinks in order, the first segment whose p lies at or
     * below its end holds the solution. {@code knikken} are those of these kandidaten or more.
     */
    static Spreiding spreid(List<Kandidaat> kandidaten, Knikken knikken, long restopgave) {
        Map<String, Breuk> aandelen = new LinkedHashMap<>();
        kandidaten.forEach(k -> aandelen.put(k.gemeente(), Breuk.NUL));
        List<Kandidaat> metRuimte = kandidaten.stream().filter(k -> k.ruimte() > 0).toList();
        long ruimte = metRuimte.stream().mapToLong(Kandidaat::ruimte).reduce(0, Math::addExact);
        if (restopgave <= 0 || metRuimte.isEmpty()) {
            return new Spreiding(null, aandelen, Math.max(0, restopgave));
        }
        if (restopgave >= ruimte) {
            metRuimte.forEach(k -> aandelen.put(k.gemeente(), new Breuk(k.ruimte(), 1)));
            Breuk vol = metRuimte.stream().map(Kandidaat::tot).max(Comparator.naturalOrder()).orElseThrow();
            return new Spreiding(vol, aandelen, restopgave - ruimte);
        }
        long somIndicatief = 0;
        long somGeteld = 0;
        long vol = 0;
        // restopgave < ruimte, so some segment before the last kink (where all are full) holds p
        for (Knik knik : knikken.opVolgorde()) {
            if (!aandelen.containsKey(knik.kandidaat().gemeente())) {
                continue;
            }
            if (somIndicatief > 0) {
                Breuk p = new Breuk(restopgave - vol + somGeteld, somIndicatief);
                if (p.compareTo(knik.bij()) <= 0) {
                    return verdeeld(metRuimte, aandelen, p);
                }
            }
            Kandidaat k = knik.kandidaat();
            if (knik.begin()) {
                somIndicatief += k.indicatief();
                somGeteld += k.geteld();
            } else {
                somIndicatief -= k.indicatief();
                somGeteld -= k.geteld();
                vol += k.ruimte();
            }
        }
        throw new IllegalStateException("restopgave " + restopgave + " kleiner dan de ruimte " + ruimte + " maar niet verdeeld");
    }

    /**
     * The shares at p: 0 below a kandidaat's start, its room above its end, and p * indicatief -
     * geteld in between, over the denominator of p, so the shares in between have one denominator.
     */
    private static Spreiding verdeeld(List<Kandidaat> metRuimte, Map<String, Breuk> aandelen, Breuk p) {
        for (Kandidaat k : metRuimte) {
            if (p.compareTo(k.tot()) >= 0) {
                aandelen.put(k.gemeente(), new Breuk(k.ruimte(), 1));
            } else if (p.compareTo(k.vanaf()) > 0) {
                long teller = Math.subtractExact(Math.multiplyExact(p.teller(), k.indicatief()),
                        Math.multiplyExact(k.geteld(), p.noemer()));
                aandelen.put(k.gemeente(), new Breuk(teller, p.noemer()));
            }
        }
        return new Spreiding(p, aandelen, 0);
    }

    /**
     * Whole places that add up to the placed restopgave: every share rounded down, then one more to
     * the largest remainders (ties: larger indicatieve verdeling, then the lower CBS code). Only
     * shares with a remainder get one more, since the remainders add up to the places still missing
     * and each is below one; so no share goes above its room (a whole number) or below its whole
     * part (at least the minimum, when the share was). Shares with a remainder all lie strictly
     * between start and room, so they share the denominator of the percentage.
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
