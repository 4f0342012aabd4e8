package nl.trede.beoordeling;

import java.util.Map;

/**
 * How a trede looks on pages, on a ronde's map and in letters: presentation, so it lives here and not among
 * the policy parameters, where a province names its treden. Green for 1 and yellow for 2 as in Tabel 2 of
 * the Voortgangsrapportage huisvesting vergunninghouders tweede helft 2023 (Gedeputeerde Staten van Utrecht,
 * 2024); the class is the one {@code trede.css} styles ({@code .trede.geel}).
 */
record Tredekleur(String klasse, String code) {

    /** A gemeente whose trede is not vastgesteld yet: on the map it shows as not decided. */
    static final Tredekleur NIET_VASTGESTELD = new Tredekleur("niet-vastgesteld", "#d9d9d9");
    private static final Tredekleur ONBEKEND = new Tredekleur("onbekend", "#777777");
    private static final Map<Integer, Tredekleur> PER_TREDE = Map.of(
            1, new Tredekleur("groen", "#2e8540"),
            2, new Tredekleur("geel", "#f2c200"),
            3, new Tredekleur("oranje", "#e07b00"),
            4, new Tredekleur("rood", "#c8102e"),
            5, new Tredekleur("rood", "#8b0000"));

    static Tredekleur van(int trede) {
        return PER_TREDE.getOrDefault(trede, ONBEKEND);
    }
}
