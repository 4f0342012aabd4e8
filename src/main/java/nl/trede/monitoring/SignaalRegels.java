package nl.trede.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.trede.regels.RegelsetService;
import org.springframework.stereotype.Component;

/**
 * Asks the rules of {@code rules/monitoring/} for the signal of many measurements at once: one
 * stateless session per page, not per gemeente.
 */
@Component
class SignaalRegels {

    private final RegelsetService regelsets;

    SignaalRegels(RegelsetService regelsets) {
        this.regelsets = regelsets;
    }

    /** The conclusion per {@link Meting#sleutel()}, with the parameters in force on the peildatum. */
    Map<String, Signaalconclusie> signalen(Collection<Meting> metingen, LocalDate peildatum) {
        if (metingen.isEmpty()) {
            return Map.of();
        }
        var regelset = regelsets.actief("monitoring");
        List<Object> feiten = new ArrayList<>(regelset.parameters().feitenOp(peildatum));
        feiten.addAll(metingen);
        Map<String, Signaalconclusie> perSleutel = new HashMap<>();
        for (Signaalconclusie c : regelset.voerUit(feiten).conclusies(Signaalconclusie.class)) {
            if (perSleutel.putIfAbsent(c.sleutel(), c) != null) {
                throw new IllegalStateException("De regels in rules/monitoring/ gaven meer dan een signaal voor " + c.sleutel());
            }
        }
        return perSleutel;
    }
}
