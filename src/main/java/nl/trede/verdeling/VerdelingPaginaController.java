package nl.trede.verdeling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import nl.trede.gemeente.GemeenteService;
import nl.trede.systeem.OngeldigeInvoerException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The pages: the list with the upload form, one verdeling as seed 004 shows it, and Tabel 7 as CSV. */
@Controller
@RequestMapping("/verdelingen")
class VerdelingPaginaController {

    private final VerdelingService service;
    private final GemeenteService gemeenten;

    VerdelingPaginaController(VerdelingService service, GemeenteService gemeenten) {
        this.service = service;
        this.gemeenten = gemeenten;
    }

    @GetMapping
    String lijst(Model model) {
        model.addAttribute("verdelingen", service.verdelingen());
        model.addAttribute("provincies", gemeenten.provincies());
        model.addAttribute("gemeenteKolommen", String.join(",", VerdelingCsv.GEMEENTE_KOLOMMEN));
        model.addAttribute("uitruilKolommen", String.join(",", VerdelingCsv.UITRUIL_KOLOMMEN));
        return "verdeling/lijst";
    }

    @PostMapping
    String nieuw(@RequestParam String provincie, @RequestParam String naam, @RequestParam String opgaveRegulier,
                 @RequestParam String opgaveAmv, @RequestParam MultipartFile gemeenten,
                 @RequestParam(required = false) MultipartFile uitruil, Principal gebruiker, Model model,
                 jakarta.servlet.http.HttpServletResponse antwoord) throws IOException {
        try {
            Verdeling v = service.berekenUitCsv(provincie, naam, opgaveRegulier, opgaveAmv, tekst(gemeenten), tekst(uitruil),
                    gebruiker.getName());
            return "redirect:/verdelingen/" + v.id();
        } catch (OngeldigeInvoerException e) {
            antwoord.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("ingevuld", List.of(provincie, naam, opgaveRegulier, opgaveAmv));
            return lijst(model);
        }
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
        Verdeling v = service.verdeling(id);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tabel7-verdeling-" + id + ".csv\"")
                .body(VerdelingCsv.tabel7(v));
    }

    private static String tekst(MultipartFile bestand) throws IOException {
        return bestand == null || bestand.isEmpty() ? null : new String(bestand.getBytes(), StandardCharsets.UTF_8);
    }
}
