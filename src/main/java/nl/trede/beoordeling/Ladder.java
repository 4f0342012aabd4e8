package nl.trede.beoordeling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.trede.regels.Parameters;

/** The treden with their names and colours in force on a date, from {@code rules/interventieladder/<kader>/parameters/}. */
record Ladder(List<Trede> treden) {

    static Ladder op(Parameters parameters, LocalDate datum) {
        Object waarde = parameters.waarde("treden", datum).waarde();
        if (!(waarde instanceof List<?> lijst)) {
            throw new IllegalStateException("De parameter 'treden' hoort een lijst te zijn van trede, naam, kleur en kleurcode");
        }
        return new Ladder(lijst.stream().map(item -> {
            Map<?, ?> trede = (Map<?, ?>) item;
            return new Trede(((Number) trede.get("trede")).intValue(), String.valueOf(trede.get("naam")),
                    String.valueOf(trede.get("kleur")), String.valueOf(trede.get("kleurcode")));
        }).toList());
    }

    Trede trede(int nummer) {
        return treden.stream().filter(t -> t.trede() == nummer).findFirst()
                .orElse(new Trede(nummer, "Trede " + nummer, "onbekend", "#777777"));
    }
}
