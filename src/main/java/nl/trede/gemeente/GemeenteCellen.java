package nl.trede.gemeente;

import java.util.HashMap;
import java.util.Map;
import nl.trede.bestand.Rij;

/**
 * The gemeente of each row of one file, by CBS code or name, never guessed: a name that fits none or
 * several is an error naming the candidates; the same gemeente (and period) twice names both rows.
 * One per file, for every import.
 */
public final class GemeenteCellen {

    private final GemeenteService gemeenten;
    private final Map<String, Integer> gezien = new HashMap<>();

    public GemeenteCellen(GemeenteService gemeenten) {
        this.gemeenten = gemeenten;
    }

    /** The gemeente in {@code kolom}; null, with an error on the row, when it is empty or matches not exactly one. */
    public Gemeente gemeente(Rij rij, String kolom) {
        String tekst = rij.tekst(kolom);
        if (tekst.isEmpty()) {
            rij.fout(kolom, "Vul de gemeente in: de CBS-code (zoals GM0344) of de naam");
            return null;
        }
        Zoekresultaat resultaat = gemeenten.zoek(tekst, !rij.foutenVol());
        if (resultaat instanceof Zoekresultaat.Gevonden gevonden) {
            return gevonden.gemeente();
        }
        rij.fout(kolom, resultaat.melding());
        return null;
    }

    /**
     * False, with an error on {@code kolom} naming the earlier row, when this gemeente was read before
     * for the same {@code wat} ("voor periode 2025-1"; empty for once per file).
     */
    public boolean eerste(Rij rij, String kolom, Gemeente gemeente, String wat) {
        Integer eerder = gezien.putIfAbsent(gemeente.code() + "/" + wat, rij.nummer());
        if (eerder == null) {
            return true;
        }
        rij.fout(kolom, new Zoekresultaat.Gevonden(gemeente).melding() + (wat.isEmpty() ? "" : " " + wat)
                + " staat zowel in rij " + eerder + " als in rij " + rij.nummer() + "; laat een van beide rijen weg");
        return false;
    }
}
