package nl.trede.invoer;

import nl.trede.kern.Periode;



/** The figures of one gemeente for one period as read from row {@code rij} of a file, not yet stored. */
record IngelezenCijfers(int rij, String gemeente, Periode periode, int taakstelling, int standBegin,
                        int correcties, int realisatie, Integer tijdigGekoppeld, Integer vorigeTrede) {
}
