package nl.trede.regels;

import java.util.Map;

/** How often each rule (by name) fired in the stored runs of {@code periode}; null when nothing ran yet. */
public record Regelgebruik(String periode, Map<String, Long> perRegel) {

    public long keer(String regel) {
        return perRegel.getOrDefault(regel, 0L);
    }
}
