package nl.trede.invoer;

import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Import of huisvesting figures over REST; a file with any error answers 422 and stores nothing. */
@RestController
@RequestMapping("/api/v1/invoer")
class InvoerController {

    /** The answer to a successful import: how many rows of figures were stored. */
    record Ingevoerd(int rijen) {
    }

    private final InvoerService service;

    InvoerController(InvoerService service) {
        this.service = service;
    }

    @PostMapping(path = "/huisvesting", consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    Ingevoerd csv(@RequestBody byte[] inhoud,
                  @RequestParam(name = "bestandsnaam", defaultValue = "huisvesting.csv") String bestandsnaam,
                  Principal gebruiker) {
        return new Ingevoerd(service.voerIn(bestandsnaam, inhoud, gebruiker.getName()).rijen());
    }

    @PostMapping(path = "/huisvesting", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Ingevoerd bestand(@RequestParam("bestand") MultipartFile bestand, Principal gebruiker) throws IOException {
        return new Ingevoerd(service.voerIn(bestand.getOriginalFilename(), bestand.getBytes(), gebruiker.getName()).rijen());
    }
}
