package nl.trede.verdeling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import nl.trede.gemeente.Gemeente;
import nl.trede.gemeente.GemeenteService;
import nl.trede.gemeente.Provincie;
import nl.trede.gemeente.Zoekresultaat;
import nl.trede.systeem.Invoerfout;

/**
 * Checks a {@link VerdelingVerzoek} and resolves its gemeenten, collecting every error with where it
 * is: for JSON the field path ({@code gemeenten[2].verslagRegulier}), for the CSV upload the row and
 * column of the file. Nothing is computed while there is an error.
 */
final class Validatie {

    /** Keeps every product of the exact arithmetic well inside a long. */
    private static final int HOOGSTENS = 1_000_000;

    /** Where an error is: (index in the list, field) to row and column. */
    interface Plaats {
        Invoerfout gemeente(int index, String veld, String melding);

        Invoerfout uitruil(int index, String veld, String melding);

        /** How a message names the gemeente at {@code index}: its line in the list or its row in the file. */
        String regel(int index);

        Plaats JSON = new Plaats() {
            public Invoerfout gemeente(int i, String veld, String melding) {
                return new Invoerfout(null, "gemeenten[" + i + "]." + veld, melding);
            }

            public Invoerfout uitruil(int i, String veld, String melding) {
                return new Invoerfout(null, "uitruil[" + i + "]." + veld, melding);
            }

            public String regel(int i) {
                return "regel " + (i + 1) + " van de gemeenten";
            }
        };

        /** The rows the gemeenten and the uitruil had in their files (blank lines counted). */
        static Plaats csv(List<Integer> gemeenteRijen, List<Integer> uitruilRijen) {
            return new Plaats() {
                public Invoerfout gemeente(int i, String veld, String melding) {
                    return new Invoerfout(gemeenteRijen.get(i), veld, melding);
                }

                public Invoerfout uitruil(int i, String veld, String melding) {
                    return new Invoerfout(uitruilRijen.get(i), "uitruil: " + veld, melding);
                }

                public String regel(int i) {
                    return "rij " + gemeenteRijen.get(i);
                }
            };
        }
    }

    private final GemeenteService gemeenten;
    private final Plaats plaats;
    private final List<Invoerfout> fouten = new ArrayList<>();

    private Validatie(GemeenteService gemeenten, Plaats plaats) {
        this.gemeenten = gemeenten;
        this.plaats = plaats;
    }

    record Uitkomst(Invoer invoer, List<Invoerfout> fouten) {
    }

    static Uitkomst valideer(VerdelingVerzoek verzoek, GemeenteService gemeenten, Plaats plaats) {
        return new Validatie(gemeenten, plaats).valideer(verzoek);
    }

    private Uitkomst valideer(VerdelingVerzoek v) {
        Optional<Provincie> provincie = Optional.empty();
        if (leeg(v.provincie())) {
            fouten.add(new Invoerfout(null, "provincie", "Vul de provincie in (CBS-code of naam)"));
        } else {
            provincie = gemeenten.provincie(v.provincie());
            if (provincie.isEmpty()) {
                fouten.add(new Invoerfout(null, "provincie", "Geen provincie gevonden met code of naam '" + v.provincie() + "'"));
            }
        }
        if (leeg(v.naam())) {
            fouten.add(new Invoerfout(null, "naam", "Geef de verdeling een naam"));
        }
        int opgaveRegulier = opgave(v.opgaveRegulier(), "opgaveRegulier");
        int opgaveAmv = opgave(v.opgaveAmv(), "opgaveAmv");
        List<VerdelingVerzoek.Gemeente> rijen = v.gemeenten() == null ? List.of() : v.gemeenten();
        if (rijen.isEmpty()) {
            fouten.add(new Invoerfout(null, "gemeenten", "Geef minstens een gemeente"));
        }
        List<Invoer.Gemeente> gemeenteInvoer = new ArrayList<>();
        Map<String, Integer> regelVan = new HashMap<>();
        for (int i = 0; i < rijen.size(); i++) {
            gemeente(i, rijen.get(i), provincie.orElse(null), regelVan).ifPresent(gemeenteInvoer::add);
        }
        List<Invoer.Uitruil> uitruil = uitruil(v.uitruil() == null ? List.of() : v.uitruil(), regelVan, gemeenteInvoer);
        if (fouten.isEmpty()) {
            Invoer invoer = new Invoer(provincie.orElseThrow(), v.naam().trim(), opgaveRegulier, opgaveAmv,
                    List.copyOf(gemeenteInvoer), uitruil);
            for (Soort soort : Soort.values()) {
                if (invoer.opgave(soort) < invoer.aangeboden(soort)) {
                    fouten.add(new Invoerfout(null, soort == Soort.REGULIER ? "opgaveRegulier" : "opgaveAmv",
                            "De opgave " + soort.naam() + " (" + invoer.opgave(soort) + ") is kleiner dan wat het verslag met "
                            + "kansrijke initiatieven al biedt (" + invoer.aangeboden(soort) + "): er is geen restopgave, er is niets verdeeld"));
                }
            }
            return new Uitkomst(fouten.isEmpty() ? invoer : null, List.copyOf(fouten));
        }
        return new Uitkomst(null, List.copyOf(fouten));
    }

    private int opgave(Integer waarde, String veld) {
        if (waarde == null) {
            fouten.add(new Invoerfout(null, veld, "Vul de opgave in"));
            return 0;
        }
        if (waarde < 0 || waarde > HOOGSTENS) {
            fouten.add(new Invoerfout(null, veld, "De opgave moet tussen 0 en " + HOOGSTENS + " liggen, niet " + waarde));
        }
        return waarde;
    }

    private Optional<Invoer.Gemeente> gemeente(int i, VerdelingVerzoek.Gemeente r, Provincie provincie,
                                              Map<String, Integer> regelVan) {
        int voor = fouten.size();
        Gemeente gemeente = zoek(r.gemeente(), provincie, (veld, melding) -> plaats.gemeente(i, veld, melding), "gemeente");
        if (gemeente != null && regelVan.putIfAbsent(gemeente.code(), i) != null) {
            fouten.add(plaats.gemeente(i, "gemeente", gemeente.naam() + " staat er al eerder in ("
                    + plaats.regel(regelVan.get(gemeente.code())) + ")"));
        }
        BiFunction<Integer, String, Integer> getal = (waarde, veld) -> aantal(waarde, veld, i);
        if (r.indicatiefRegulier() == null) {
            fouten.add(plaats.gemeente(i, "indicatiefRegulier", "Vul de indicatieve verdeling regulier in"));
        }
        if (r.indicatiefAmv() == null) {
            fouten.add(plaats.gemeente(i, "indicatiefAmv", "Vul de indicatieve verdeling amv in"));
        }
        BigDecimal historisch = r.historischGemiddelde() == null ? BigDecimal.ZERO : r.historischGemiddelde();
        if (historisch.signum() < 0) {
            fouten.add(plaats.gemeente(i, "historischGemiddelde", "Mag niet negatief zijn: " + historisch.toPlainString()));
        }
        Invoer.Gemeente g = new Invoer.Gemeente(gemeente == null ? null : gemeente.code(), gemeente == null ? null : gemeente.naam(),
                getal.apply(r.indicatiefRegulier(), "indicatiefRegulier"), getal.apply(r.indicatiefAmv(), "indicatiefAmv"),
                getal.apply(r.verslagRegulier(), "verslagRegulier"), getal.apply(r.verslagAmv(), "verslagAmv"),
                getal.apply(r.kansrijkRegulier(), "kansrijkRegulier"), getal.apply(r.kansrijkAmv(), "kansrijkAmv"),
                historisch, getal.apply(r.oekrainePlaatsen(), "oekrainePlaatsen"),
                getal.apply(r.oekraineEvenredigAandeel(), "oekraineEvenredigAandeel"));
        return fouten.size() == voor ? Optional.of(g) : Optional.empty();
    }

    private int aantal(Integer waarde, String veld, int i) {
        if (waarde == null) {
            return 0;
        }
        if (waarde < 0 || waarde > HOOGSTENS) {
            fouten.add(plaats.gemeente(i, veld, "Moet tussen 0 en " + HOOGSTENS + " liggen, niet " + waarde));
            return 0;
        }
        return waarde;
    }

    private List<Invoer.Uitruil> uitruil(List<VerdelingVerzoek.Uitruil> rijen, Map<String, Integer> regelVan,
                                         List<Invoer.Gemeente> gemeenteInvoer) {
        List<Invoer.Uitruil> uitruil = new ArrayList<>();
        Map<String, Integer> gegeven = new HashMap<>();
        for (int i = 0; i < rijen.size(); i++) {
            int index = i;
            VerdelingVerzoek.Uitruil r = rijen.get(i);
            Gemeente van = zoekInVerdeling(r.van(), "van", index, regelVan);
            Gemeente voor = zoekInVerdeling(r.voor(), "voor", index, regelVan);
            if (van != null && voor != null && van.code().equals(voor.code())) {
                fouten.add(plaats.uitruil(i, "voor", "Een gemeente ruilt niet met zichzelf uit (" + van.naam() + ")"));
            }
            if (r.regulier() == null || r.regulier() <= 0 || r.regulier() > HOOGSTENS) {
                fouten.add(plaats.uitruil(i, "regulier", "Geef het aantal reguliere plaatsen, meer dan 0"));
            } else if (van != null && voor != null) {
                gegeven.merge(van.code(), r.regulier(), Math::addExact);
                uitruil.add(new Invoer.Uitruil(van.code(), voor.code(), r.regulier(), leeg(r.groep()) ? null : r.groep().trim()));
            }
        }
        Set<String> gemeld = new HashSet<>();
        for (Invoer.Gemeente g : gemeenteInvoer) {
            int uit = gegeven.getOrDefault(g.code(), 0);
            if (uit > g.aangeboden(Soort.REGULIER) && gemeld.add(g.code())) {
                fouten.add(plaats.gemeente(regelVan.get(g.code()), "verslagRegulier", g.naam() + " realiseert door uitruil "
                        + uit + " reguliere plaatsen voor anderen, meer dan zij in verslag en kansrijke initiatieven biedt ("
                        + g.aangeboden(Soort.REGULIER) + ")"));
            }
        }
        return List.copyOf(uitruil);
    }

    private Gemeente zoekInVerdeling(String naam, String veld, int i, Map<String, Integer> regelVan) {
        Gemeente gemeente = zoek(naam, null, (v, melding) -> plaats.uitruil(i, v, melding), veld);
        if (gemeente != null && !regelVan.containsKey(gemeente.code())) {
            fouten.add(plaats.uitruil(i, veld, gemeente.naam() + " (" + gemeente.code()
                    + ") staat niet bij de gemeenten van deze verdeling; uitruil kan alleen binnen de provincie"));
            return null;
        }
        return gemeente;
    }

    private Gemeente zoek(String codeOfNaam, Provincie provincie, BiFunction<String, String, Invoerfout> fout, String veld) {
        if (leeg(codeOfNaam)) {
            fouten.add(fout.apply(veld, "Vul de gemeente in (CBS-code of naam)"));
            return null;
        }
        Zoekresultaat resultaat = gemeenten.zoek(codeOfNaam);
        if (!(resultaat instanceof Zoekresultaat.Gevonden gevonden)) {
            fouten.add(fout.apply(veld, resultaat.melding()));
            return null;
        }
        Gemeente g = gevonden.gemeente();
        if (provincie != null && !g.provincieCode().equals(provincie.code())) {
            fouten.add(fout.apply(veld, g.naam() + " (" + g.code() + ") ligt in " + g.provincie() + ", niet in " + provincie.naam()));
            return null;
        }
        return g;
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
