package nl.trede.regels;

import nl.trede.regels.werker.Bericht;

/**
 * A template could not be rendered: an expression the model cannot answer, HTML that is no XHTML, HTML past its size
 * budget, or a render past its time (then the worker was killed; {@code soort} is null). The line and column in the
 * template where known, else 0.
 */
public class Opmaakfout extends IllegalStateException {

    private final int regel;
    private final int kolom;
    private final Bericht.Opmaakfout soort;

    public Opmaakfout(String melding, int regel, int kolom, Bericht.Opmaakfout soort) {
        super(melding);
        this.regel = regel;
        this.kolom = kolom;
        this.soort = soort;
    }

    /** Whether an expression failed (as opposed to the XHTML, the size or the time). */
    public boolean isExpressie() {
        return soort == Bericht.Opmaakfout.EXPRESSIE;
    }

    public int regel() {
        return regel;
    }

    public int kolom() {
        return kolom;
    }
}
