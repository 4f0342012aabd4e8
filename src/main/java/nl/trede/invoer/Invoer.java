package nl.trede.invoer;

import java.time.Instant;

/** One import: which file, in which layout, how many rows of figures, by whom and when. */
public record Invoer(long id, String bestandsnaam, String formaat, int rijen, String ingevoerdDoor,
                     Instant ingevoerdOp) {
}
