package nl.trede.regels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The colour bands of the monitoring signal ({@code rules/monitoring/parameters/monitoring.yaml}): groen from
 * its grens up, oranje from its grens up to groen, rood below oranje. Bands that overlap or are
 * inverted give a realisatie two colours (or none), and the monitoring pages refuse to draw it; so
 * on every date on which a grens changes, each grens must be a number of at least 0 and lie below
 * the one above it.
 */
final class Signaalbanden {

    /** From the highest band to the lowest; rood is what lies below the last. */
    static final List<String> GRENZEN = List.of("monitoring_grens_groen", "monitoring_grens_oranje");

    private Signaalbanden() {
    }

    static List<Regelsetfout> controleer(Parameters parameters) {
        List<ParameterDefinitie> definities = GRENZEN.stream().map(parameters::definitie).flatMap(Optional::stream).toList();
        List<Regelsetfout> fouten = new ArrayList<>();
        SortedSet<LocalDate> data = new TreeSet<>();
        definities.forEach(d -> d.waarden().forEach(w -> data.add(w.vanaf())));
        for (ParameterDefinitie d : definities) {
            for (ParameterWaarde w : d.waarden()) {
                if (!(w.waarde() instanceof Number getal) || new BigDecimal(getal.toString()).signum() < 0) {
                    fouten.add(new Regelsetfout(d.bestand(), 0, "De parameter '" + d.naam() + "' (vanaf " + w.vanaf()
                            + ") is " + w.waarde() + "; een grens van een signaalband is een percentage van 0 of meer"));
                }
            }
        }
        if (!fouten.isEmpty()) {
            return fouten;
        }
        for (LocalDate datum : data) {
            for (int i = 0; i + 1 < GRENZEN.size(); i++) {
                Optional<ParameterDefinitie> hoger = parameters.definitie(GRENZEN.get(i));
                Optional<ParameterDefinitie> lager = parameters.definitie(GRENZEN.get(i + 1));
                Optional<ParameterWaarde> boven = hoger.flatMap(d -> d.geldigOp(datum));
                Optional<ParameterWaarde> onder = lager.flatMap(d -> d.geldigOp(datum));
                if (boven.isPresent() && onder.isPresent() && getal(boven.get()).compareTo(getal(onder.get())) <= 0) {
                    String melding = "De parameter '" + lager.get().naam() + "' (" + onder.get().waarde() + ") moet op "
                            + datum + " onder '" + hoger.get().naam() + "' (" + boven.get().waarde() + ") liggen: anders "
                            + "overlappen of kruisen de signaalbanden en krijgt een realisatie daartussen geen of twee kleuren";
                    Regelsetfout fout = new Regelsetfout(lager.get().bestand(), 0, melding);
                    if (!fouten.contains(fout)) {
                        fouten.add(fout);
                    }
                }
            }
        }
        return fouten;
    }

    private static BigDecimal getal(ParameterWaarde waarde) {
        return new BigDecimal(waarde.waarde().toString());
    }
}
