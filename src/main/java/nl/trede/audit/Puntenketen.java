package nl.trede.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.trede.systeem.Tijdstip;

/**
 * The checkpoints' own chain, as far as one check reads it: from checkpoint {@code vanaf} on the numbers follow
 * each other and each names the hash of the one before; a checkpoint is genuine when its own signature holds, or
 * when the next one names it and is genuine. So a check that finds every link whole verifies one signature, the
 * newest's, and the owner of the tables, who can rewrite any row but sign none, cannot change, remove, insert or
 * reorder a checkpoint unseen. Checkpoints before {@code vanaf} that were written again since are checked on their
 * own signature.
 */
final class Puntenketen {

    private final List<Verificatie.Breuk> breuken = new ArrayList<>();
    private final Set<Controlepunt> echt = new HashSet<>();
    private final List<Controlepunt> reeks = new ArrayList<>();

    /**
     * @param punten the checkpoints read, in the order of their numbers
     * @param vanaf the number the chain is read from; 0 to read it from its first checkpoint, which must then be number 1
     */
    Puntenketen(List<Controlepunt> punten, long vanaf, Ondertekening sleutel) {
        for (Controlepunt punt : punten) {
            if (punt.volgnummer() >= vanaf) {
                reeks.add(punt);
            } else if (eigenHandtekening(punt, sleutel)) {
                echt.add(punt);
            }
        }
        if (vanaf == 0 && !reeks.isEmpty() && (reeks.get(0).volgnummer() != 1 || !reeks.get(0).vorige().equals(Bewijs.BEGIN))) {
            breuken.add(new Verificatie.Breuk(null, "De controlepunten beginnen niet bij nummer 1 zonder voorganger: het eerste is "
                    + naam(reeks.get(0)) + ". Er zijn controlepunten verwijderd."));
        }
        for (int i = reeks.size() - 1; i >= 0; i--) {
            Controlepunt punt = reeks.get(i);
            boolean gedekt = i + 1 < reeks.size() && verwijstNaar(reeks.get(i + 1), punt) && echt.contains(reeks.get(i + 1));
            if (gedekt || eigenHandtekening(punt, sleutel)) {
                echt.add(punt);
            }
        }
        for (int i = 1; i < reeks.size(); i++) {
            schakel(reeks.get(i - 1), reeks.get(i));
        }
    }

    List<Verificatie.Breuk> breuken() {
        return breuken;
    }

    boolean echt(Controlepunt punt) {
        return echt.contains(punt);
    }

    /** The newest genuine checkpoint read: the head trede signed last, as far as this check can tell. */
    Optional<Controlepunt> nieuwsteEchte() {
        for (int i = reeks.size() - 1; i >= 0; i--) {
            if (echt.contains(reeks.get(i))) {
                return Optional.of(reeks.get(i));
            }
        }
        return Optional.empty();
    }

    /** Names what is wrong between two neighbours: a gap, a double number, or a link to other contents. */
    private void schakel(Controlepunt vorige, Controlepunt punt) {
        if (punt.volgnummer() == vorige.volgnummer()) {
            breuken.add(new Verificatie.Breuk(null, "Er zijn twee controlepunten met nummer " + punt.volgnummer() + ": "
                    + "hoogstens één ervan is van trede."));
        } else if (punt.volgnummer() != vorige.volgnummer() + 1) {
            breuken.add(new Verificatie.Breuk(null, "Na " + naam(vorige) + " komt " + naam(punt) + ": " + (punt.volgnummer()
                    - vorige.volgnummer() == 2 ? "controlepunt " + (vorige.volgnummer() + 1) + " is" : "de controlepunten "
                    + (vorige.volgnummer() + 1) + " tot en met " + (punt.volgnummer() - 1) + " zijn") + " verwijderd."));
        } else if (!verwijstNaar(punt, vorige) && echt.contains(vorige) && echt.contains(punt)) {
            breuken.add(new Verificatie.Breuk(null, naam(punt) + " verwijst niet naar " + naam(vorige) + ", al zijn beide door "
                    + "trede ondertekend: de reeks is gesplitst."));
        }
    }

    private boolean eigenHandtekening(Controlepunt punt, Ondertekening sleutel) {
        if (!punt.sleutel().equals(sleutel.vingerafdruk())) {
            breuken.add(new Verificatie.Breuk(null, naam(punt) + " is ondertekend met een andere sleutel (vingerafdruk "
                    + kort(punt.sleutel()) + ") dan die van trede (" + kort(sleutel.vingerafdruk()) + ")."));
            return false;
        }
        if (!sleutel.klopt(punt.handtekening(), punt.tekst())) {
            breuken.add(new Verificatie.Breuk(null, "De handtekening van " + naam(punt) + " klopt niet: het is na het ondertekenen "
                    + "gewijzigd, of niet door trede gemaakt."));
            return false;
        }
        return true;
    }

    private static boolean verwijstNaar(Controlepunt punt, Controlepunt vorige) {
        return punt.volgnummer() == vorige.volgnummer() + 1 && punt.vorige().equals(vorige.hash());
    }

    /** "controlepunt 12 van 3 mei 2026 10:12": how a reason names a checkpoint. */
    static String naam(Controlepunt punt) {
        return "controlepunt " + punt.volgnummer() + " van " + Tijdstip.tekst(punt.op());
    }

    static String kort(String hash) {
        return hash == null || hash.length() < 12 ? String.valueOf(hash) : hash.substring(0, 12);
    }
}
