package nl.trede.verdeling;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import nl.trede.bestand.Bestanden;
import nl.trede.bestand.CsvSchrijver;
import nl.trede.gemeente.GemeenteService;
import nl.trede.systeem.OngeldigeInvoerException;
import nl.trede.systeem.TeGrootException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** The pages: the list with the upload form and example files, one verdeling as the Verdeelbesluit Overijssel 2024 with its Toelichting (20 December 2024, nr. 6015733) shows it, Tabel 7 as CSV. */
@Controller
@RequestMapping("/verdelingen")
class VerdelingPaginaController {

    private final VerdelingService service;
    private final GemeenteService gemeenten;
    private final Bestanden bestanden;

    VerdelingPaginaController(VerdelingService service, GemeenteService gemeenten, Bestanden bestanden) {
        this.service = service;
        this.gemeenten = gemeenten;
        this.bestanden = bestanden;
    }

    @GetMapping
    String lijst(Model model) {
        model.addAttribute("verdelingen", service.verdelingen());
        model.addAttribute("provincies", gemeenten.provincies());
        model.addAttribute("gemeenteKolommen", String.join(",", VerdelingCsv.GEMEENTE_KOLOMMEN));
        model.addAttribute("uitruilKolommen", String.join(",", VerdelingCsv.UITRUIL_KOLOMMEN));
        model.addAttribute("maxBytes", bestanden.limieten().maxBytesTekst());
        return "verdeling/lijst";
    }

    @PostMapping
    String nieuw(@RequestParam String provincie, @RequestParam String naam, @RequestParam String opgaveRegulier,
                 @RequestParam String opgaveAmv, @RequestParam MultipartFile gemeenten,
                 @RequestParam(required = false) MultipartFile uitruil, Principal gebruiker, Model model,
                 HttpServletResponse antwoord) {
        try {
            Verdeling v = service.berekenUitBestand(provincie, naam, opgaveRegulier, opgaveAmv, bestanden.lees(gemeenten),
                    uitruil == null || uitruil.isEmpty() ? null : bestanden.lees(uitruil), gebruiker.getName());
            return "redirect:/verdelingen/" + v.id();
        } catch (OngeldigeInvoerException e) {
            antwoord.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("aantalFouten", e.aantalTekst());
        } catch (TeGrootException e) {
            antwoord.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            model.addAttribute("teGroot", e.getMessage());
        }
        model.addAttribute("ingevuld", List.of(provincie, naam, opgaveRegulier, opgaveAmv));
        return lijst(model);
    }

    /** Spring's own refusal of a multipart request over {@code spring.servlet.multipart.max-file-size}. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String teGroot(MaxUploadSizeExceededException e, Model model, HttpServletResponse antwoord) {
        antwoord.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        model.addAttribute("teGroot", new TeGrootException(bestanden.limieten().maxBytes(), -1).getMessage());
        return lijst(model);
    }

    /** Example files of both layouts, accepted as they are: three gemeenten of Overijssel, one uitruil between them. */
    @GetMapping("/voorbeelden/gemeenten.csv")
    ResponseEntity<String> voorbeeldGemeenten() {
        return bijlage("verdeling-gemeenten.csv", CsvSchrijver.schrijf(VerdelingCsv.GEMEENTE_KOLOMMEN, List.of(
                List.of("Almelo", "100", "10", "120", "0", "0", "0", "0", "0", "0"),
                List.of("Deventer", "100", "10", "0", "0", "10", "0", "0", "0", "0"),
                List.of("Ommen", "50", "10", "0", "0", "0", "0", "12.5", "0", "0"))));
    }

    @GetMapping("/voorbeelden/uitruil.csv")
    ResponseEntity<String> voorbeeldUitruil() {
        return bijlage("verdeling-uitruil.csv", CsvSchrijver.schrijf(VerdelingCsv.UITRUIL_KOLOMMEN,
                List.of(List.of("Almelo", "Ommen", "10", ""))));
    }

    @GetMapping("/{id}")
    String verdeling(@PathVariable long id, Model model) {
        Verdeling v = service.verdeling(id);
        model.addAttribute("v", v);
        model.addAttribute("criteria", Criterium.values());
        return "verdeling/verdeling";
    }

    @GetMapping("/{id}/tabel7.csv")
    ResponseEntity<String> tabel7(@PathVariable long id) {
        return bijlage("tabel7-verdeling-" + id + ".csv", VerdelingCsv.tabel7(service.verdeling(id)));
    }

    private static ResponseEntity<String> bijlage(String naam, String csv) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam).build().toString())
                .body(csv);
    }
}
