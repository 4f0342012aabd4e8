package nl.trede.beoordeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.trede.invoer.InvoerService;
import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drenthe 2025-1 from the COA monthly overview of the notitie 'Stand van zaken realisatie opgaven' (Bestuurlijke PRT Drenthe, 19 November 2025) (PRT Drenthe, 14 November 2025): the
 * stand einde of every gemeente must equal the stand printed for 1 July 2025.
 */
@ApplicatieMetDatabase
class Drenthe2025Test {

    @Autowired
    InvoerService invoer;
    @Autowired
    BeoordelingService service;

    @Test
    void standEindeIsDeGedrukteStandOpEenJuli() throws IOException {
        byte[] bestand = demoBestand();
        invoer.voerIn("drenthe-huisvesting-2025.csv", bestand, "test");
        long ronde = service.start(Periode.van("2025-1"), "Drenthe", "test").id();
        List<Beoordeling> beoordelingen = service.beoordelingen(ronde);

        Map<String, Integer> gedrukt = new String(bestand, StandardCharsets.UTF_8).lines().skip(1)
                .map(regel -> regel.split(","))
                .collect(Collectors.toMap(kolommen -> kolommen[0], kolommen -> Integer.parseInt(kolommen[4])));
        Map<String, Integer> berekend = beoordelingen.stream()
                .collect(Collectors.toMap(Beoordeling::gemeenteNaam, Beoordeling::standEinde));
        assertThat(berekend).hasSize(12).isEqualTo(gedrukt).contains(entry("Aa en Hunze", 42), entry("Westerveld", 21));
        assertThat(Samenvatting.van(beoordelingen).standEinde()).isEqualTo(454);
    }

    /**
     * No koppeling figures in the COA overview (G unknown) and no earlier trede (V = 1), so each gemeente
     * is judged on its totaalopgave: R >= O gives 1, R < T + C gives 1 -> 2, otherwise it stays on 1.
     * Coevorden: B 31, T 30, R 33: O = 61, 33 >= 30 but < 61: stays on trede 1. Every other gemeente housed
     * fewer than its taakstelling (e.g. Aa en Hunze 12 < 22, Westerveld 2 < 17, Noordenveld 23 < 27): trede 2.
     */
    @Test
    void elkeTredeVolgtUitDeRegels() throws IOException {
        invoer.voerIn("drenthe-huisvesting-2025.csv", demoBestand(), "test");
        List<Beoordeling> beoordelingen = service.beoordelingen(service.start(Periode.van("2025-1"), "PV22", "test").id());
        assertThat(beoordelingen).allSatisfy(b -> {
            assertThat(b.grondslag()).isEqualTo(Grondslag.TOTAALOPGAVE);
            assertThat(b.vorigeTrede()).isEqualTo(1);
        });
        assertThat(beoordelingen.stream().collect(Collectors.toMap(Beoordeling::gemeenteNaam, Beoordeling::voorgesteldeTrede)))
                .containsOnly(entry("Aa en Hunze", 2), entry("Assen", 2), entry("Borger-Odoorn", 2), entry("Coevorden", 1),
                        entry("De Wolden", 2), entry("Emmen", 2), entry("Hoogeveen", 2), entry("Meppel", 2),
                        entry("Midden-Drenthe", 2), entry("Noordenveld", 2), entry("Tynaarlo", 2), entry("Westerveld", 2));
    }

    private static byte[] demoBestand() throws IOException {
        try (InputStream in = Drenthe2025Test.class.getResourceAsStream("/demo/drenthe-huisvesting-2025.csv")) {
            return in.readAllBytes();
        }
    }
}
