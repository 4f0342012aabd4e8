package nl.trede.audit;

/** A row users see that does not match what its receipt bound, or a row or receipt without the other. */
public record Afwijking(Bewijssoort bewijssoort, long id, long onderwerp, String gemeente, Long bewijs, Soort soort) {

    public enum Soort {
        /** The row was changed after its receipt was written. */
        GEWIJZIGD,
        /** The row has no receipt: it was added past the app. */
        ZONDER_BEWIJS,
        /** The receipt names a row that no longer exists. */
        VERWIJDERD
    }

    /** In Dutch, for the page and the API. */
    public String omschrijving() {
        String wat = bewijssoort == Bewijssoort.BEOORDELING
                ? "Beoordeling " + id + " (ronde " + onderwerp + (gemeente == null ? "" : ", " + gemeente) + ")"
                : "Verdeling " + id;
        return switch (soort) {
            case GEWIJZIGD -> wat + " wijkt af van wat beslissingsbewijs " + bewijs + " vastlegde: de rij is na het vastleggen gewijzigd.";
            case ZONDER_BEWIJS -> wat + " heeft geen beslissingsbewijs: de rij is buiten trede om toegevoegd.";
            case VERWIJDERD -> wat + " ontbreekt, terwijl beslissingsbewijs " + bewijs + " haar vastlegde: de rij is verwijderd.";
        };
    }
}
