package nl.trede.beoordeling;

/**
 * A rung of the interventieladder as shown to people: number and name (parameter {@code treden}), and the
 * colour trede gives it ({@link Tredekleur}).
 */
public record Trede(int trede, String naam) {

    /** The class {@code trede.css} styles, such as "geel". */
    public String kleur() {
        return Tredekleur.van(trede).klasse();
    }

    public String kleurcode() {
        return Tredekleur.van(trede).code();
    }

    /** The name without its explanation, for a table: "Attenderen" of "Attenderen: ambtelijk overleg". */
    public String korteNaam() {
        int einde = naam.length();
        for (String scheiding : new String[] {":", " ("}) {
            int plek = naam.indexOf(scheiding);
            einde = plek > 0 ? Math.min(einde, plek) : einde;
        }
        return naam.substring(0, einde);
    }
}
