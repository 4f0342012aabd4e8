package nl.trede.regels.werker;

import java.util.List;
import java.util.SortedMap;
import nl.trede.regels.RegelInfo;
import nl.trede.regels.Regelsetfout;
import tools.jackson.databind.JsonNode;

/**
 * What the app and a worker say to each other, as data: facts go in and conclusions come out as JSON, never as Java
 * objects, so the app never deserialises a class a worker chose. Each message is one frame of {@link Kanaal}, named by
 * its {@link Soort}.
 */
public final class Bericht {

    private Bericht() {
    }

    /** The kinds of frame; the name travels in the frame. */
    public enum Soort {
        // app -> worker
        COMPILEER, VOER_UIT, SLUIT_SESSIE, MAAK_OP,
        // worker -> app
        GEREED, GECOMPILEERD, UITGEVOERD, OVERSCHREDEN, OPGEMAAKT, FOUT
    }

    /** Check and compile the files of one domain as version {@code versie}; the worker keeps the KieBase. */
    public record Compileer(String versie, SortedMap<String, String> bestanden) {
    }

    /**
     * Run {@code feiten} in a session of version {@code versie}: stateless when {@code sessie} is 0, else a round of the
     * worker's stateful session with that number (opened by its first round).
     */
    public record VoerUit(String versie, long sessie, List<Feitwaarde> feiten, Budget budget) {
    }

    public record SluitSessie(long sessie) {
    }

    /**
     * Render a template with a model of plain values ({@code naam} is the model's variable, as {@code brief}); as PDF/A
     * when {@code pdf}, with the app's {@code bijlage} (XHTML, or null) at the end of the body. Past {@code tijdMs} or
     * {@code maxTekens} of HTML the render is refused.
     */
    public record MaakOp(String pad, String sjabloon, String naam, JsonNode model, String bijlage, boolean pdf, long tijdMs,
                         int maxTekens) {
    }

    /** The walls the worker found itself in, said once when it is ready. */
    public record Gereed(long pid, String gebruiker, int uid, boolean netwerkDicht, boolean zandbak, String java, long opstartMs) {
    }

    public record Gecompileerd(List<Regelsetfout> fouten, List<RegelInfo> regels) {
    }

    /**
     * The facts a session (or round) inserted, and the rules that fired. In {@link Vuring#feiten()} a whole number is the
     * place of a fact in its session: its facts in the order they were put in and concluded, round after round; any
     * other matched value is inline. {@link Vuring#conclusies()} are places in this answer's {@code conclusies}.
     */
    public record Uitgevoerd(List<Feitwaarde> conclusies, List<Vuring> gevuurd) {
    }

    public record Vuring(int volgnummer, String regel, String pakket, String grondslag, List<JsonNode> feiten, List<Integer> conclusies) {
    }

    /**
     * A session past its budget. {@code werkerStopt}: the worker ends itself now (an action that did not return, or a
     * heap that ran out); otherwise the session halted between firings and the worker goes on.
     */
    public record Overschreden(String reden, List<Telling> top, Langst langst, boolean werkerStopt) {
    }

    public record Telling(String regel, String pakket, long keer) {
    }

    public record Langst(String regel, String pakket, long ms, boolean bezig) {
    }

    /** A rendered template: the HTML, and the PDF when asked for. */
    public record Opgemaakt(String html, byte[] pdf) {
    }

    /**
     * Something went wrong that is not the rules' budget; {@code melding} is Dutch. For a template: its line and column
     * (else 0) and what failed: an expression, the XHTML, or the size.
     */
    public record Fout(String melding, int regel, int kolom, Opmaakfout opmaak) {

        public Fout(String melding) {
            this(melding, 0, 0, null);
        }
    }

    /** What failed in rendering a template. */
    public enum Opmaakfout {
        EXPRESSIE, XHTML, TE_GROOT
    }

    /** A fact by its stable type name ({@code @Feit}) and its fields. */
    public record Feitwaarde(String type, JsonNode waarde) {
    }

    public record Budget(long vuurlimietBasis, long vuurlimietPerFeit, long tijdMs) {
    }
}
