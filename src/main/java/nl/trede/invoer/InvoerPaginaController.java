package nl.trede.invoer;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import nl.trede.bestand.Bestanden;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** The page to upload a file of figures and see what was taken in, or why not; and the example files. */
@Controller
class InvoerPaginaController {

    private static final int RECENT = 10;
    /** Times are shown as the officers read them. */

    private final InvoerService service;
    private final Bestanden bestanden;

    InvoerPaginaController(InvoerService service, Bestanden bestanden) {
        this.service = service;
        this.bestanden = bestanden;
    }

    @GetMapping("/invoer")
    String formulier(Model model) {
        return pagina(model);
    }

    @PostMapping("/invoer")
    String voerIn(@RequestParam("bestand") MultipartFile bestand, Principal gebruiker, Model model,
                  jakarta.servlet.http.HttpServletResponse antwoord) {
        model.addAttribute("bestandsnaam", bestand.getOriginalFilename());
        try {
            model.addAttribute("resultaat", service.voerIn(bestand.getOriginalFilename(), bestanden.lees(bestand),
                    gebruiker.getName()));
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("titel", e.getMessage());
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("aantalFouten", e.aantalTekst());
        } catch (TeGrootException e) {
            antwoord.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            model.addAttribute("teGroot", e.getMessage());
        }
        return pagina(model);
    }

    /** Spring's own refusal of a multipart request over {@code spring.servlet.multipart.max-file-size}. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String teGroot(MaxUploadSizeExceededException e, Model model, jakarta.servlet.http.HttpServletResponse antwoord) {
        antwoord.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        model.addAttribute("teGroot", new TeGrootException(bestanden.limieten().maxBytes(), -1).getMessage());
        return pagina(model);
    }

    @GetMapping("/invoer/voorbeelden/maandoverzicht-coa.csv")
    ResponseEntity<byte[]> maandoverzichtCsv() {
        return bijlage("drenthe-huisvesting-2025.csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
                Voorbeelden.maandoverzichtCsv());
    }

    @GetMapping("/invoer/voorbeelden/maandoverzicht-coa.xlsx")
    ResponseEntity<byte[]> maandoverzichtXlsx() {
        return bijlage("drenthe-huisvesting-2025.xlsx", MediaType.parseMediaType(InvoerController.XLSX),
                Voorbeelden.maandoverzichtXlsx());
    }

    @GetMapping("/invoer/voorbeelden/huisvesting.csv")
    ResponseEntity<byte[]> eigenIndeling() {
        return bijlage("huisvesting-2025-1.csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
                Voorbeelden.eigenIndelingCsv());
    }

    private static ResponseEntity<byte[]> bijlage(String naam, MediaType type, byte[] inhoud) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam).build().toString())
                .body(inhoud);
    }

    private String pagina(Model model) {
        model.addAttribute("recent", service.recenteInvoer(RECENT));
        model.addAttribute("kolommen", String.join(",", HuisvestingLezer.CSV_KOLOMMEN));
        model.addAttribute("maxBytes", bestanden.limieten().maxBytesTekst());
        return "invoer";
    }
}
