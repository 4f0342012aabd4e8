package nl.trede.regels;

import java.util.List;

/** A scenario and how it went: no differences means it passed. */
public record Scenarioresultaat(Scenario scenario, List<String> verschillen) {

    public boolean geslaagd() {
        return verschillen.isEmpty();
    }
}
