package nl.trede.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.trede.gemeente.Gemeente;
import nl.trede.kern.GemeenteCode;
import nl.trede.systeem.NietGevondenException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The monitoring pages: national cards, a province, a gemeente and the map. */
@Controller
class MonitoringPaginaController {

    private final MonitoringService monitoring;
    private final KaartVormen vormen;
    private final Opmaak opmaak;

    MonitoringPaginaController(MonitoringService monitoring, KaartVormen vormen, Opmaak opmaak) {
        this.monitoring = monitoring;
        this.vormen = vormen;
        this.opmaak = opmaak;
    }

    record Kaartje(Stand stand, Grafiek grafiek) {
    }

    @GetMapping("/monitoring")
    String landelijk(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
                     Model model) {
        Gegevens g = monitoring.gegevens();
        LocalDate p = peildatum != null ? peildatum : monitoring.standaardPeildatum(g, Gebied.NEDERLAND);
        List<Kaartje> kaartjes = new ArrayList<>();
        for (Stand s : monitoring.standen(g, Gebied.NEDERLAND, p)) {
            kaartjes.add(new Kaartje(s, s.schema() == null ? null
                    : Grafiek.van(s, g.realisaties(s.opgave(), Gebied.NEDERLAND), opmaak)));
        }
        model.addAttribute("peildatum", p);
        model.addAttribute("kaartjes", kaartjes);
        model.addAttribute("provincies", monitoring.provinciesOverzicht(g, p));
        model.addAttribute("asieldelen", monitoring.asieldelenPerProvincie(g, p));
        model.addAttribute("soorten", OpgaveSoort.values());
        return "monitoring/landelijk";
    }

    @GetMapping("/monitoring/provincies/{code}")
    String provincie(@PathVariable String code,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
                     Model model) {
        String provincie = monitoring.provincie(code).code();
        Gegevens g = monitoring.gegevens();
        LocalDate p = peildatum != null ? peildatum : monitoring.standaardPeildatum(g, provincie);
        model.addAttribute("peildatum", p);
        model.addAttribute("overzicht", monitoring.provincieOverzicht(g, provincie, p));
        model.addAttribute("huisvesting", monitoring.huisvestingOverzicht(g, provincie, p));
        model.addAttribute("soorten", OpgaveSoort.values());
        return "monitoring/provincie";
    }

    @GetMapping("/monitoring/gemeenten/{code}")
    String gemeente(@PathVariable String code,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
                    Model model) {
        GemeenteCode gemeenteCode = GemeenteCode.lees(code)
                .orElseThrow(() -> new NietGevondenException("Geen gemeente met code '" + code + "'"));
        Gebied gebied = monitoring.gebied(gemeenteCode.waarde());
        Gemeente gemeente = monitoring.gemeentenIn(gebied.code()).get(0);
        Gegevens g = monitoring.gegevens();
        LocalDate p = peildatum != null ? peildatum : monitoring.standaardPeildatum(g, gebied.code());
        model.addAttribute("peildatum", p);
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("standen", monitoring.standen(g, gebied.code(), p));
        model.addAttribute("regio", monitoring.stand(g, OpgaveSoort.OEKRAINE, gemeente.veiligheidsregioCode(), p));
        return "monitoring/gemeente";
    }

    /** The map of a province (gebied=PV22) or of the country (gebied=NL), coloured by signal. */
    @GetMapping("/monitoring/kaart")
    String kaart(@RequestParam(defaultValue = Gebied.NEDERLAND) String gebied,
                 @RequestParam(defaultValue = "ASIEL") OpgaveSoort opgave,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
                 Model model) {
        Gebied g = monitoring.gebied(gebied);
        Gegevens gegevens = monitoring.gegevens();
        LocalDate p = peildatum != null ? peildatum : monitoring.standaardPeildatum(gegevens, g.code());
        List<Gemeente> leden = monitoring.gemeentenIn(g.code());
        Map<String, Stand> standen = monitoring.kaartstanden(gegevens, opgave, leden, p);
        List<Kaartvlak> vlakken = new ArrayList<>();
        for (Gemeente gm : leden) {
            Stand s = standen.get(gm.code());
            Cel cel = Cel.van(s);
            String waar = opgave.perVeiligheidsregio() ? " (veiligheidsregio " + gm.veiligheidsregio() + ")" : "";
            String titel = gm.naam() + waar + ": opgave " + leeg(opmaak.getal(cel.opgave())) + ", gerealiseerd "
                    + leeg(opmaak.getal(cel.realisatie())) + ", " + opmaak.signaal(cel);
            vormen.vorm(gm.code()).ifPresent(v -> vlakken.add(
                    new Kaartvlak(gm.code(), gm.naam(), v.pad(), opmaak.klasse(cel), opmaak.kleur(cel), titel, cel)));
        }
        model.addAttribute("gebied", g);
        model.addAttribute("opgave", opgave);
        model.addAttribute("peildatum", p);
        model.addAttribute("vlakken", vlakken);
        model.addAttribute("viewBox", vormen.viewBox(leden.stream().map(Gemeente::code).toList()));
        model.addAttribute("soorten", OpgaveSoort.values());
        model.addAttribute("signalen", Signaal.values());
        model.addAttribute("bron", KaartVormen.BRON);
        model.addAttribute("kleurOnbekend", Signaal.KLEUR_ONBEKEND);
        return "monitoring/kaart";
    }

    private static String leeg(String tekst) {
        return tekst.isEmpty() ? "onbekend" : tekst;
    }
}
