package nl.trede.publicatie;

import java.util.List;
import java.util.stream.IntStream;

/**
 * An example model to render a template with before it is accepted: a typing error in a property name fails the
 * validation of the rule set, not the first real letter. Two of each, with every condition once true and once false, so
 * that every branch of the template is rendered; and lists as long as real ones get (a ronde of {@value #GEMEENTEN}
 * gemeenten, {@value #REGELS} fired rules), so that a template that repeats lists inside lists grows past its budget here
 * and is refused, not when the first real report is made.
 */
record Proefmodel(String naam, Object waarde) {

    /** The most gemeenten a ronde has: all of the Netherlands. */
    static final int GEMEENTEN = 342;
    /** About the most explanation lines a beoordeling gets: the fired rules and the parameters they used. */
    static final int REGELS = 12;

    static List<Proefmodel> voor(String pad) {
        return switch (pad) {
            case Sjablooncontrole.TOEZICHTBRIEF -> List.of(new Proefmodel("brief", brief(true)), new Proefmodel("brief", brief(false)));
            case Sjablooncontrole.VOORTGANGSRAPPORTAGE -> List.of(new Proefmodel("rapportage", rapportage(true)),
                    new Proefmodel("rapportage", rapportage(false)));
            default -> List.of();
        };
    }

    private static Toezichtbrief brief(boolean ja) {
        return new Toezichtbrief("Toezichtbrief huisvesting vergunninghouders Voorbeeld, tweede helft 2023", ja ? "Utrecht" : "",
                "Voorbeeld", "GM0000", "Het college van burgemeester en wethouders van Voorbeeld", "tweede helft 2023", "2023-2",
                "1 januari 2024", "1 februari 2024", "IBT-HV 2023-2 GM0000 (beoordeling 1)",
                new Toezichtbrief.Cijfers("22", "achterstand 32", "0", "54", "12", "achterstand 42", ja ? "40" : "onbekend", "22"),
                new Toezichtbrief.Oordeel(ja, "het koppelingstekort", ja ? "2" : "1", "Attenderen", "1", "Adequaat", ja, !ja, "2",
                        "Attenderen", ja, ja, "2"),
                rijen(REGELS, i -> "Stap " + i + ": totaalopgave 54 = stand begin 32 + taakstelling 22 + correcties 0."),
                new Toezichtbrief.Motivering(ja ? "Reden" : null, ja ? "Motivering" : null,
                        ja ? "Dit besluit herziet ..." : null, "a", "b", "1 februari 2024 10:00"),
                ja ? rijen(3, i -> "Met " + (10 * i) + " vergunninghouders meer was Voorbeeld op trede " + i + " gebleven.") : List.of(),
                ja ? new Vooruitblik("eerste helft 2024", "20", "achterstand 42", "42", "62") : null, "regelset 000000000000",
                new Toezichtbrief.Voet("0".repeat(64), "0".repeat(64), "0".repeat(64), "brieven/toezichtbrief.html", "0".repeat(64),
                        "1", "1 februari 2024 10:00"));
    }

    private static Voortgangsrapportage rapportage(boolean ja) {
        return new Voortgangsrapportage("Voortgangsrapportage huisvesting vergunninghouders Utrecht, tweede helft 2023", "Utrecht",
                "tweede helft 2023", "2023-2", "1 januari 2024",
                List.of(new Voortgangsrapportage.Tabel1Rij("2023-1", "1208", "380", "1588", "1018", "84%", "64%", "570"),
                        new Voortgangsrapportage.Tabel1Rij("2023-2", "1372", "406", "1778", "1208", "88%", "68%", "570")),
                rijen(GEMEENTEN, i -> new Voortgangsrapportage.Tabel2Rij("Gemeente " + i, String.format("GM%04d", i),
                        String.valueOf(1 + i % 4), "Adequaat", i % 2 == 0 ? "Totaalopgave" : "Koppelingstekort", ja && i % 3 == 0)),
                new Voortgangsrapportage.Tellingen(String.valueOf(GEMEENTEN), rijen(5, i -> new Voortgangsrapportage.Telling(
                        String.valueOf(i), "Trede " + i, ja ? "1" : "26", ja ? "1 gemeente" : "26 gemeenten")),
                        ja ? "trede 2 (Attenderen)" : null, "15", "11", "3 gemeenten", ja),
                ja ? rijen(REGELS, i -> new Voortgangsrapportage.Afwijking("Gemeente " + i, "2", "3", "Reden", "Motivering")) : List.of(),
                ja ? new Vooruitblik("eerste helft 2024", "1459", "achterstand 574", "574", "2033") : null,
                ja ? rijen(GEMEENTEN, i -> "Gemeente " + i + " (te beslissen)") : List.of(), "regelset 000000000000",
                new Voortgangsrapportage.Voet("1", "0".repeat(64), "brieven/voortgangsrapportage.html", "0".repeat(64), "1",
                        "1 februari 2024 10:00"));
    }

    private static <T> List<T> rijen(int aantal, java.util.function.IntFunction<T> rij) {
        return IntStream.rangeClosed(1, aantal).mapToObj(rij).toList();
    }
}
