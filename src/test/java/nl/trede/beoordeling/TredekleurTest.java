package nl.trede.beoordeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The colours of the treden are trede's presentation; the rule set names the treden. */
class TredekleurTest {

    @Test
    void elkeTredeHeeftHaarKleur() {
        // Tabel 2 of the Utrecht voortgangsrapportage 2023-2: trede 1 green, trede 2 yellow.
        assertThat(new Trede(1, "Adequaat: signaleren")).extracting(Trede::kleur, Trede::kleurcode).containsExactly("groen", "#2e8540");
        assertThat(new Trede(2, "Attenderen")).extracting(Trede::kleur, Trede::kleurcode).containsExactly("geel", "#f2c200");
        assertThat(new Trede(3, "x").kleurcode()).isEqualTo("#e07b00");
        assertThat(new Trede(4, "x").kleurcode()).isEqualTo("#c8102e");
        assertThat(new Trede(5, "x").kleurcode()).isEqualTo("#8b0000");
        assertThat(new Trede(6, "Trede 6")).extracting(Trede::kleur, Trede::kleurcode).containsExactly("onbekend", "#777777");
    }
}
