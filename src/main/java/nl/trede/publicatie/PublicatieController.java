package nl.trede.publicatie;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Publicatie", description = "Toezichtbrieven, de voortgangsrapportage en de vastgestelde treden voor een IBT-kaart")
class PublicatieController {

    private final Toezichtbrieven brieven;
    private final Voortgangsrapportages rapportages;
    private final Tredenpublicatie treden;

    PublicatieController(Toezichtbrieven brieven, Voortgangsrapportages rapportages, Tredenpublicatie treden) {
        this.brieven = brieven;
        this.rapportages = rapportages;
        this.treden = treden;
    }

    @GetMapping("/api/v1/beoordelingen/{id}/toezichtbrief")
    @Operation(summary = "De toezichtbrief aan het college van burgemeester en wethouders als PDF/A; 409 zolang de "
            + "beoordeling niet is vastgesteld")
    ResponseEntity<byte[]> toezichtbrief(@PathVariable long id) {
        return bijlage(brieven.pdf(id));
    }

    @GetMapping("/api/v1/beoordelingsrondes/{id}/toezichtbrieven")
    @Operation(summary = "De toezichtbrieven van een ronde als ZIP: een PDF per vastgestelde beoordeling, en "
            + "niet-vastgesteld.txt met de andere; 409 als er geen enkele is vastgesteld")
    ResponseEntity<byte[]> toezichtbrieven(@PathVariable long id) {
        return bijlage(brieven.zip(id));
    }

    @GetMapping("/api/v1/beoordelingsrondes/{id}/voortgangsrapportage")
    @Operation(summary = "De voortgangsrapportage aan Provinciale Staten als PDF/A (Tabel 1 en 2, aantallen, "
            + "koppelingstekort, afwijkingen, vooruitblik); 409 zonder vastgestelde beoordeling")
    ResponseEntity<byte[]> voortgangsrapportage(@PathVariable long id) {
        return bijlage(rapportages.pdf(id));
    }

    @GetMapping("/api/v1/beoordelingsrondes/{id}/voortgangsrapportage.csv")
    @Operation(summary = "Een tabel van de voortgangsrapportage als CSV: tabel=1 (provinciale resultaten) of tabel=2 "
            + "(per gemeente, standaard)")
    ResponseEntity<byte[]> voortgangsrapportageCsv(@PathVariable long id, @RequestParam(defaultValue = "2") int tabel) {
        return bijlage(rapportages.csv(id, tabel));
    }

    @GetMapping("/api/v1/beoordelingsrondes/{id}/voortgangsrapportage.xlsx")
    @Operation(summary = "De tabellen van de voortgangsrapportage als xlsx: Tabel 1, Tabel 2 en de afwijkingen")
    ResponseEntity<byte[]> voortgangsrapportageXlsx(@PathVariable long id) {
        return bijlage(rapportages.xlsx(id));
    }

    @GetMapping("/api/v1/provincies/{code}/treden.csv")
    @Operation(summary = "De vastgestelde treden van de gemeenten van een provincie, per periode, als CSV")
    ResponseEntity<byte[]> tredenCsv(@PathVariable String code) {
        return bijlage(treden.csv(code));
    }

    @GetMapping("/api/v1/provincies/{code}/treden.geojson")
    @Operation(summary = "De gemeenten van een provincie als GeoJSON, elk met haar grens en haar vastgestelde trede per periode")
    ResponseEntity<byte[]> tredenGeojson(@PathVariable String code) {
        return bijlage(treden.geojson(code));
    }

    private static ResponseEntity<byte[]> bijlage(Document document) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediatype()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.bestandsnaam(), StandardCharsets.UTF_8).build().toString())
                .body(document.inhoud());
    }
}
