package nl.trede.beoordeling;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.trede.gemeente.GemeenteService;
import nl.trede.kern.Periode;
import nl.trede.monitoring.KaartVormen;
import nl.trede.systeem.ConflictException;
import nl.trede.systeem.GeweigerdException;
import nl.trede.systeem.OngeldigeInvoerException;
import nl.trede.systeem.Telwoord;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of the assessment: the runs, and one run as Tabel 2 of the voortgangsrapportage ("Waarom deze trede?" is audit's). */
@Controller
class BeoordelingPaginaController {

    private final BeoordelingService service;
    private final BesluitService besluiten;
    private final GemeenteService gemeenten;
    private final KaartVormen vormen;

    BeoordelingPaginaController(BeoordelingService service, BesluitService besluiten, GemeenteService gemeenten,
                                KaartVormen vormen) {
        this.service = service;
        this.besluiten = besluiten;
        this.gemeenten = gemeenten;
        this.vormen = vormen;
    }

    /** One gemeente on the map of a ronde, coloured by its vastgestelde trede; {@code titel} is read on hover and focus. */
    record Tredevlak(String code, String naam, String pad, String kleur, String titel, long beoordeling, String trede) {
    }

    private List<Tredevlak> kaart(List<Beoordeling> beoordelingen, Map<Integer, Trede> treden) {
        return beoordelingen.stream().sorted(Comparator.comparing(Beoordeling::gemeenteNaam))
                .flatMap(b -> vormen.vorm(b.gemeente()).stream().map(v -> {
                    Integer vast = b.besluit().vastgesteldeTrede();
                    Trede t = vast == null ? null : treden.get(vast);
                    String titel = b.gemeenteNaam() + ": " + (vast == null ? "nog niet vastgesteld (voorgesteld trede "
                            + b.voorgesteldeTrede() + ")" : "trede " + vast + (t == null ? "" : ", " + t.naam()));
                    return new Tredevlak(b.gemeente(), b.gemeenteNaam(), v.pad(), t == null ? Tredekleur.NIET_VASTGESTELD.code()
                            : t.kleurcode(), titel, b.id(), vast == null ? "niet vastgesteld" : "trede " + vast);
                })).toList();
    }

    @GetMapping("/")
    String start() {
        return "redirect:/rondes";
    }

    /** The runs, and the form to start one; {@code periode} and {@code provincie} prefill it (a link after an import). */
    @GetMapping("/rondes")
    String rondes(@RequestParam(required = false) String periode, @RequestParam(required = false) String provincie,
                  Model model) {
        if (!model.containsAttribute("periode")) {
            model.addAttribute("periode", periode);
            model.addAttribute("gekozenProvincie", provincie);
        }
        return rondes(model);
    }

    private String rondes(Model model) {
        model.addAttribute("rondes", service.rondes(null, null));
        model.addAttribute("provincies", gemeenten.provincies());
        return "beoordeling/rondes";
    }

    @PostMapping("/rondes")
    String startRonde(@RequestParam String periode, @RequestParam(required = false) String provincie,
                      @RequestParam(defaultValue = "false") boolean voorlopig,
                      Authentication wie, Model model, RedirectAttributes doorgeven) {
        try {
            BeoordelingService.Rondestart start = service.startOfHergebruik(Periode.van(periode), provincie, wie.getName(), voorlopig);
            Beoordelingsronde ronde = start.ronde();
            doorgeven.addFlashAttribute("melding", (ronde.voorlopig() ? "Voorlopige ronde " : "Ronde ") + ronde.id()
                    + (start.bestond() ? " bestond al op precies deze cijfers, kaderversies, parameters en vorige treden, "
                    + "en is nog niet helemaal vastgesteld; trede heeft geen kopie gemaakt: " : " is uitgevoerd: ")
                    + Telwoord.aantal(ronde.aantal(), "gemeente", "gemeenten") + " beoordeeld voor "
                    + Periode.van(ronde.periode()).omschrijving() + ".");
            return "redirect:/rondes/" + ronde.id();
        } catch (IllegalArgumentException | IllegalStateException e) {
            model.addAttribute("fout", e.getMessage());
            model.addAttribute("periode", periode);
            model.addAttribute("gekozenProvincie", provincie);
            model.addAttribute("voorlopig", voorlopig);
            return rondes(model);
        }
    }

    /**
     * One ronde as Tabel 2, with where each decision stands; {@code filter} narrows the table to te
     * beslissen, ter vaststelling, vastgesteld or afgeweken.
     */
    @GetMapping("/rondes/{id}")
    String ronde(@PathVariable long id, @RequestParam(required = false) String filter, Model model) {
        Beoordelingsronde ronde = service.ronde(id);
        List<Beoordeling> beoordelingen = service.beoordelingen(id);
        Filter gekozen = Filter.van(filter);
        model.addAttribute("ronde", ronde);
        model.addAttribute("periode", Periode.van(ronde.periode()));
        model.addAttribute("beoordelingen", beoordelingen.stream().filter(gekozen::past).toList());
        model.addAttribute("filter", gekozen);
        model.addAttribute("filters", Filter.values());
        model.addAttribute("aantallen", Arrays.stream(Filter.values())
                .collect(Collectors.toMap(f -> f, f -> beoordelingen.stream().filter(f::past).count())));
        model.addAttribute("samenvatting", Samenvatting.van(beoordelingen));
        model.addAttribute("kaders", beoordelingen.stream().map(service::kader).flatMap(Optional::stream).distinct().toList());
        Map<Integer, Trede> treden = tredenPerNummer(ronde.periode());
        model.addAttribute("treden", treden);
        model.addAttribute("kaart", kaart(beoordelingen, treden));
        model.addAttribute("kaartViewBox", vormen.viewBox(beoordelingen.stream().map(Beoordeling::gemeente).toList()));
        model.addAttribute("kaartBron", KaartVormen.BRON);
        model.addAttribute("kleurNietVastgesteld", Tredekleur.NIET_VASTGESTELD.code());
        model.addAttribute("nieuwereCijfers", service.nieuwereCijfers(id));
        model.addAttribute("andereRondes", service.rondes(ronde.periode(), ronde.provincieCode()).stream()
                .filter(r -> r.id() != id).toList());
        return "beoordeling/ronde";
    }

    @PostMapping("/rondes/{id}/beslissingen")
    String neemVoorstellenOver(@PathVariable long id, Authentication wie, RedirectAttributes doorgeven) {
        return bulk(id, () -> besluiten.neemVoorstellenOver(id, wie.getName()), "voorstellen overgenomen", doorgeven);
    }

    @PostMapping("/rondes/{id}/vaststellingen")
    String stelAllesVast(@PathVariable long id, Authentication wie, RedirectAttributes doorgeven) {
        return bulk(id, () -> besluiten.stelAllesVast(id, wie.getName()), "besluiten vastgesteld", doorgeven);
    }

    private String bulk(long rondeId, Supplier<BesluitService.Bulkresultaat> actie, String wat,
                        RedirectAttributes doorgeven) {
        try {
            BesluitService.Bulkresultaat resultaat = actie.get();
            doorgeven.addFlashAttribute("melding", resultaat.uitgevoerd() + " " + wat + "."
                    + (resultaat.overgeslagen().isEmpty() ? "" : " Niet meegenomen: " + String.join("; ", resultaat.overgeslagen()) + "."));
        } catch (ConflictException | GeweigerdException e) {
            doorgeven.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:/rondes/" + rondeId;
    }

    /** Officer A's decision from the form on "Waarom deze trede?". */
    @PostMapping("/beoordelingen/{id}/beslissing")
    String beslis(@PathVariable long id, @RequestParam(required = false) Integer trede,
                  @RequestParam(required = false) String reden, @RequestParam(required = false) String motivering,
                  @RequestParam(required = false) Integer versie, Authentication wie, RedirectAttributes doorgeven) {
        return actie(id, () -> besluiten.beslis(id, trede, reden, motivering, versie, wie.getName()), doorgeven,
                b -> b.besluit().herziening() ? "Herziening vastgelegd; zij wacht op vaststelling door een tweede toezichthouder."
                        : "Besluit vastgelegd: trede " + b.besluit().besloteneTrede() + ". Het wacht op vaststelling door een "
                        + "tweede toezichthouder.");
    }

    /** Officer B's vaststelling, or sending it back. */
    @PostMapping("/beoordelingen/{id}/vaststelling")
    String stelVast(@PathVariable long id, @RequestParam(required = false) Integer versie,
                    @RequestParam(defaultValue = "false") boolean terug, @RequestParam(required = false) String opmerking,
                    Authentication wie, RedirectAttributes doorgeven) {
        return actie(id, () -> terug ? besluiten.stuurTerug(id, versie, opmerking, wie.getName())
                        : besluiten.stelVast(id, versie, wie.getName()), doorgeven,
                b -> terug ? "Teruggestuurd met uw opmerking." : "Vastgesteld: trede " + b.besluit().vastgesteldeTrede() + ".");
    }

    private String actie(long id, Supplier<Beoordeling> actie, RedirectAttributes doorgeven,
                         Function<Beoordeling, String> melding) {
        try {
            doorgeven.addFlashAttribute("melding", melding.apply(actie.get()));
        } catch (OngeldigeInvoerException e) {
            doorgeven.addFlashAttribute("fouten", e.fouten());
        } catch (ConflictException | GeweigerdException e) {
            doorgeven.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:/beoordelingen/" + id + "#besluit";
    }

    /** The filters of Tabel 2. */
    enum Filter {
        ALLE("alle"), TE_BESLISSEN("te beslissen"), TER_VASTSTELLING("ter vaststelling"), VASTGESTELD("vastgesteld"),
        AFGEWEKEN("afgeweken");

        private final String omschrijving;

        Filter(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }

        static Filter van(String tekst) {
            return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(tekst)).findFirst().orElse(ALLE);
        }

        boolean past(Beoordeling b) {
            return switch (this) {
                case ALLE -> true;
                case TE_BESLISSEN -> b.besluit().status() == Besluitstatus.VOORGESTELD;
                case TER_VASTSTELLING -> b.besluit().status() == Besluitstatus.TER_VASTSTELLING;
                case VASTGESTELD -> b.besluit().status() == Besluitstatus.VASTGESTELD;
                case AFGEWEKEN -> b.besluit().afwijking();
            };
        }
    }

    private Map<Integer, Trede> tredenPerNummer(String periode) {
        return service.treden(periode).stream().collect(Collectors.toMap(Trede::trede, Function.identity()));
    }
}
