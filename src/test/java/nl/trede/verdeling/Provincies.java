package nl.trede.verdeling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.trede.gemeente.Provincie;
import nl.trede.regels.Regelset;
import nl.trede.regels.Testregels;

/** Builds provinces for tests without Spring, against the rule set in {@code rules/}. */
final class Provincies {

    static final Regelset REGELSET = Testregels.compileer(Testregels.domein("verdeelbesluit"));
    static final LocalDate DATUM = LocalDate.of(2024, 12, 20);

    private final List<Invoer.Gemeente> gemeenten = new ArrayList<>();
    private final List<Invoer.Uitruil> uitruil = new ArrayList<>();
    private int opgaveRegulier;
    private int opgaveAmv;

    static Provincies met(int opgaveRegulier, int opgaveAmv) {
        Provincies p = new Provincies();
        p.opgaveRegulier = opgaveRegulier;
        p.opgaveAmv = opgaveAmv;
        return p;
    }

    /** A gemeente with indicatieve verdeling and verslag only. */
    Provincies gemeente(String code, int indicatiefRegulier, int indicatiefAmv, int verslagRegulier, int verslagAmv) {
        return gemeente(code, indicatiefRegulier, indicatiefAmv, verslagRegulier, verslagAmv, 0, 0, BigDecimal.ZERO, 0, 0);
    }

    Provincies gemeente(String code, int indicatiefRegulier, int indicatiefAmv, int verslagRegulier, int verslagAmv,
                        int kansrijkRegulier, int kansrijkAmv, BigDecimal historisch, int oekraine, int oekraineEvenredig) {
        gemeenten.add(new Invoer.Gemeente(code, "Gemeente " + code, indicatiefRegulier, indicatiefAmv, verslagRegulier,
                verslagAmv, kansrijkRegulier, kansrijkAmv, historisch, oekraine, oekraineEvenredig));
        return this;
    }

    Provincies uitruil(String van, String voor, int regulier, String groep) {
        uitruil.add(new Invoer.Uitruil(van, voor, regulier, groep));
        return this;
    }

    Invoer invoer() {
        return new Invoer(new Provincie("PV99", "Testland"), "test", opgaveRegulier, opgaveAmv, List.copyOf(gemeenten),
                List.copyOf(uitruil));
    }

    Resultaat bereken() {
        return Berekening.bereken(invoer(), REGELSET, DATUM);
    }

    static GemeenteUitkomst van(Resultaat r, String code) {
        return r.gemeenten().stream().filter(g -> g.gemeente().equals(code)).findFirst().orElseThrow();
    }

    static List<Criterium> criteria(Resultaat r, String code) {
        return van(r, code).uitgesloten().stream().map(GemeenteUitkomst.UitsluitingUitleg::criterium).toList();
    }
}
