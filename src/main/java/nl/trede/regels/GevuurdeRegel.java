package nl.trede.regels;

import java.util.List;

/**
 * One rule that fired, in firing order: its name and legal basis, the facts it matched and the
 * conclusions it inserted.
 */
public record GevuurdeRegel(int volgnummer, String regel, String pakket, String grondslag,
                            List<Object> feiten, List<Object> conclusies) {
}
