package nl.trede.beoordeling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * The province summary of a run (seed 001, Tabel 1): the sums, and the realisatie as a percentage
 * of the taakstelling and of the totaalopgave at full precision (null when there is nothing to
 * divide by), rounded half up to whole percents for display; and how the treden and grondslagen
 * fell (seed 001, par. 3.2).
 */
public record Samenvatting(int gemeenten, int taakstelling, int standBegin, int correcties, int totaalopgave,
                           int realisatie, int standEinde, BigDecimal percentageTaakstelling,
                           BigDecimal percentageTotaalopgave, Integer percentageTaakstellingAfgerond,
                           Integer percentageTotaalopgaveAfgerond, Map<Integer, Integer> perTrede,
                           int opTotaalopgave, int opKoppelingstekort, int koppelingstekortGunstig) {

    private static final int SCHAAL = 10;

    public static Samenvatting van(List<Beoordeling> beoordelingen) {
        int taakstelling = som(beoordelingen, Beoordeling::taakstelling);
        int totaalopgave = som(beoordelingen, Beoordeling::totaalopgave);
        int realisatie = som(beoordelingen, Beoordeling::realisatie);
        BigDecimal opTaak = procent(realisatie, taakstelling);
        BigDecimal opTotaal = procent(realisatie, totaalopgave);
        Map<Integer, Integer> perTrede = new TreeMap<>();
        beoordelingen.forEach(b -> perTrede.merge(b.trede(), 1, Integer::sum));
        int opKoppelingstekort = (int) beoordelingen.stream().filter(b -> b.grondslag() == Grondslag.KOPPELINGSTEKORT).count();
        return new Samenvatting(beoordelingen.size(), taakstelling, som(beoordelingen, Beoordeling::standBegin),
                som(beoordelingen, Beoordeling::correcties), totaalopgave, realisatie,
                som(beoordelingen, Beoordeling::standEinde), opTaak, opTotaal, afgerond(opTaak), afgerond(opTotaal),
                perTrede, beoordelingen.size() - opKoppelingstekort, opKoppelingstekort,
                (int) beoordelingen.stream().filter(Beoordeling::koppelingstekortGunstig).count());
    }

    /** Every figure is bounded at import; addExact fails loudly rather than wrap round if that ever changes. */
    private static int som(List<Beoordeling> beoordelingen, ToIntFunction<Beoordeling> veld) {
        return beoordelingen.stream().mapToInt(veld).reduce(0, Math::addExact);
    }

    private static BigDecimal procent(int teller, int noemer) {
        return noemer <= 0 ? null
                : BigDecimal.valueOf(teller).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(noemer), SCHAAL, RoundingMode.HALF_UP);
    }

    private static Integer afgerond(BigDecimal procent) {
        return procent == null ? null : procent.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
