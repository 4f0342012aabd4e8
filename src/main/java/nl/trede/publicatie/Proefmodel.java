package nl.trede.publicatie;

import java.util.List;
import java.util.Map;

/**
 * Example models to render a template with before it is accepted: a typing error in a property name fails the
 * validation of the rule set, not the first real letter. Two of each, with every condition once true and once
 * false, so that every branch of the template is rendered.
 */
final class Proefmodel {

    private Proefmodel() {
    }

    static List<Map<String, Object>> voor(String pad) {
        return switch (pad) {
            case Sjablooncontrole.TOEZICHTBRIEF -> List.of(Map.of("brief", brief(true)), Map.of("brief", brief(false)));
            case Sjablooncontrole.VOORTGANGSRAPPORTAGE -> List.of(Map.of("rapportage", rapportage(true)),
                    Map.of("rapportage", rapportage(false)));
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
                List.of("Totaalopgave 54 = ..."), new Toezichtbrief.Motivering(ja ? "Reden" : null, ja ? "Motivering" : null,
                        ja ? "Dit besluit herziet ..." : null, "a", "b", "1 februari 2024 10:00"),
                ja ? List.of("Met 10 vergunninghouders meer was Voorbeeld op trede 1 gebleven.") : List.of(),
                ja ? new Vooruitblik("eerste helft 2024", "20", "achterstand 42", "42", "62") : null, "regelset 000000000000",
                new Toezichtbrief.Voet("0".repeat(64), "0".repeat(64), "0".repeat(64), "brieven/toezichtbrief.html", "0".repeat(64),
                        "1", "1 februari 2024 10:00"));
    }

    private static Voortgangsrapportage rapportage(boolean ja) {
        return new Voortgangsrapportage("Voortgangsrapportage huisvesting vergunninghouders Utrecht, tweede helft 2023", "Utrecht",
                "tweede helft 2023", "2023-2", "1 januari 2024",
                List.of(new Voortgangsrapportage.Tabel1Rij("2023-2", "1372", "406", "1778", "1208", "88%", "68%", "570")),
                List.of(new Voortgangsrapportage.Tabel2Rij("Voorbeeld", "GM0000", "1", "Adequaat", "Totaalopgave", ja)),
                new Voortgangsrapportage.Tellingen("26", List.of(new Voortgangsrapportage.Telling("1", "Adequaat", ja ? "1" : "26",
                        ja ? "1 gemeente" : "26 gemeenten")), ja ? "trede 2 (Attenderen)" : null, "15", "11", "3 gemeenten", ja),
                ja ? List.of(new Voortgangsrapportage.Afwijking("Voorbeeld", "2", "3", "Reden", "Motivering")) : List.of(),
                ja ? new Vooruitblik("eerste helft 2024", "1459", "achterstand 574", "574", "2033") : null,
                ja ? List.of("Voorbeeld (te beslissen)") : List.of(), "regelset 000000000000",
                new Voortgangsrapportage.Voet("1", "0".repeat(64), "brieven/voortgangsrapportage.html", "0".repeat(64), "1",
                        "1 februari 2024 10:00"));
    }
}
