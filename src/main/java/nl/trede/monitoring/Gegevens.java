package nl.trede.monitoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** All opgaven and realisaties, read once per request and looked up by opgave and area. */
final class Gegevens {

    private record Sleutel(OpgaveSoort soort, String gebied) {
    }

    private final Map<Sleutel, List<Opgave>> opgaven;
    private final Map<Sleutel, List<Realisatie>> realisaties;

    Gegevens(List<Opgave> opgaven, List<Realisatie> realisaties) {
        this.opgaven = opgaven.stream().sorted(Comparator.comparing(Opgave::oudeDatum))
                .collect(Collectors.groupingBy(o -> new Sleutel(o.soort(), o.gebied())));
        this.realisaties = realisaties.stream().sorted(Comparator.comparing(Realisatie::peildatum))
                .collect(Collectors.groupingBy(r -> new Sleutel(r.soort(), r.gebied())));
    }

    /** The opgave in force on the peildatum: the latest begun by then, or else the first to come. */
    Optional<Opgave> opgave(OpgaveSoort soort, String gebied, LocalDate peildatum) {
        List<Opgave> lijst = opgaven.getOrDefault(new Sleutel(soort, gebied), List.of());
        Opgave gekozen = null;
        for (Opgave o : lijst) {
            if (gekozen == null || o.begonnenOp(peildatum)) {
                gekozen = o;
            }
        }
        return Optional.ofNullable(gekozen);
    }

    /**
     * The latest realisatie on or before the peildatum. Under a monthly opgave (huisvesting) the
     * realisatie counts from the start of its half-year, so an earlier half-year's figure is not it.
     */
    Optional<Realisatie> realisatie(OpgaveSoort soort, String gebied, LocalDate peildatum, Opgave opgave) {
        Realisatie gekozen = null;
        for (Realisatie r : realisaties(soort, gebied)) {
            boolean binnenPeriode = opgave == null || opgave.verloop() == Verloop.DAG || r.peildatum().isAfter(opgave.oudeDatum());
            if (!r.peildatum().isAfter(peildatum) && binnenPeriode) {
                gekozen = r;
            }
        }
        return Optional.ofNullable(gekozen);
    }

    List<Realisatie> realisaties(OpgaveSoort soort, String gebied) {
        return realisaties.getOrDefault(new Sleutel(soort, gebied), List.of());
    }

    /** The latest peildatum of a realisatie among these areas, to open a page on. */
    Optional<LocalDate> laatstePeildatum(Predicate<String> gebied) {
        return realisaties.entrySet().stream().filter(e -> gebied.test(e.getKey().gebied()))
                .flatMap(e -> e.getValue().stream()).map(Realisatie::peildatum).max(Comparator.naturalOrder());
    }
}
