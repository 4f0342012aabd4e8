package nl.trede.regels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The parameters of a rule set. Values are picked by the date of the period being judged, never by
 * today's date, so a past period keeps the values that were in force then.
 */
public final class Parameters {

    /** By name: the facts of a session, and so the receipts, list the parameters in the same order on every start. */
    private final SortedMap<String, ParameterDefinitie> perNaam;

    Parameters(List<ParameterDefinitie> definities) {
        SortedMap<String, ParameterDefinitie> map = new TreeMap<>();
        definities.forEach(d -> map.put(d.naam(), d));
        this.perNaam = Collections.unmodifiableSortedMap(map);
    }

    public List<ParameterDefinitie> definities() {
        return List.copyOf(perNaam.values());
    }

    public Optional<ParameterDefinitie> definitie(String naam) {
        return Optional.ofNullable(perNaam.get(naam));
    }

    /** The value of {@code naam} on {@code datum}; a missing one is an error in the rule set. */
    public ParameterWaarde waarde(String naam, LocalDate datum) {
        ParameterDefinitie definitie = definitie(naam).orElseThrow(() -> new IllegalStateException(
                "De parameter '" + naam + "' ontbreekt in de map parameters/ van dit domein"));
        return definitie.geldigOp(datum).orElseThrow(() -> new IllegalStateException(
                "De parameter '" + naam + "' (" + definitie.bestand() + ") heeft geen waarde die geldt op " + datum));
    }

    public int geheel(String naam, LocalDate datum) {
        return new BigDecimal(String.valueOf(waarde(naam, datum).waarde())).intValueExact();
    }

    public String tekst(String naam, LocalDate datum) {
        return String.valueOf(waarde(naam, datum).waarde());
    }

    /**
     * The dates on which the parameters change, from the first date on which every parameter has a
     * value: a rule set must hold under each of them, not only under today's values.
     */
    public List<LocalDate> wisseldata() {
        LocalDate alleBekend = perNaam.values().stream()
                .map(d -> d.waarden().stream().map(ParameterWaarde::vanaf).min(LocalDate::compareTo).orElse(LocalDate.MIN))
                .max(LocalDate::compareTo).orElse(LocalDate.MIN);
        SortedSet<LocalDate> data = new TreeSet<>();
        data.add(alleBekend);
        perNaam.values().forEach(d -> d.waarden().stream().map(ParameterWaarde::vanaf)
                .filter(v -> v.isAfter(alleBekend)).forEach(data::add));
        return List.copyOf(data);
    }

    /** The scalar values in force on {@code datum}, as facts for a rule session. */
    public List<Parameter> feitenOp(LocalDate datum) {
        List<Parameter> feiten = new ArrayList<>();
        for (ParameterDefinitie definitie : perNaam.values()) {
            definitie.geldigOp(datum).ifPresent(w -> {
                if (w.waarde() instanceof Number getal) {
                    feiten.add(Parameter.getal(definitie.naam(), new BigDecimal(getal.toString()), w.vanaf(), w.bron()));
                } else if (w.waarde() instanceof String tekst) {
                    feiten.add(Parameter.tekst(definitie.naam(), tekst, w.vanaf(), w.bron()));
                }
            });
        }
        return feiten;
    }
}
