package nl.trede.beoordeling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.trede.regels.Parameters;

/** The treden with their names in force on a date, from {@code rules/interventieladder/<kader>/parameters/}. */
record Ladder(List<Trede> treden) {

    static Ladder op(Parameters parameters, LocalDate datum) {
        Object waarde = parameters.waarde("treden", datum).waarde();
        if (!(waarde instanceof List<?> lijst)) {
            throw new IllegalStateException("De parameter 'treden' hoort een lijst te zijn van trede en naam");
        }
        return new Ladder(lijst.stream().map(item -> {
            Map<?, ?> trede = (Map<?, ?>) item;
            return new Trede(((Number) trede.get("trede")).intValue(), String.valueOf(trede.get("naam")));
        }).toList());
    }

    Trede trede(int nummer) {
        return treden.stream().filter(t -> t.trede() == nummer).findFirst()
                .orElse(new Trede(nummer, "Trede " + nummer));
    }
}
