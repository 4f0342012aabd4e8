package nl.trede.publicatie;

/** A document to send: its file name, media type and bytes. */
public record Document(String bestandsnaam, String mediatype, byte[] inhoud) {

    static final String PDF = "application/pdf";
    static final String ZIP = "application/zip";
    static final String CSV = "text/csv;charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String GEOJSON = "application/geo+json";
}
