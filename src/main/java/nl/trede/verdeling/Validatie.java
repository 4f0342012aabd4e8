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
import java.util.stream.Collectors;
import nl.trede.gemeente.Gemeente;
import nl.trede.gemeente.GemeenteService;
import nl.trede.gemeente.Provincie;
import nl.trede.gemeente.Zoekresultaat;
import nl.trede.systeem.Invoerfout;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Checks a {@link VerdelingVerzoek} and resolves its gemeenten, collecting every error with where it
 * is: for JSON the field path ({@code gemeenten[2].verslagRegulier}), for the CSV upload the row and
 * column of the file. Nothing is computed while there is an error.
 */
final class Validatie {

    /** Keeps every product of the exact arithmetic well inside a long. */
    static final int HOOGSTENS = 1_000_000;
    /** The Netherlands has 342 gemeenten; more rows is no province, only work. */
    private static final int HOOGSTENS_RIJEN = 1_000;
    /** Longer than any gemeente or province name: a name is looked up (with suggestions) only below this. */
    private static final int HOOGSTENS_TEKENS_NAAM = 100;
    /** The column {@code verdeling.naam}. */
    private static final int HOOGSTENS_TEKENS_VERDELING = 200;
    /** The historic average is given to tenths; four decimals is more than any source has. */
    private static final int HOOGSTENS_DECIMALEN = 4;
    private static final String GEEN_VERZOEK = "Stuur de verdeling als JSON-object met provincie, naam, opgaveRegulier, "
            + "opgaveAmv en gemeenten";

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

    /**
     * What Jackson could not read as the types of {@link VerdelingVerzoek} (a number past the int
     * range, a fraction where a count belongs, text where a number belongs, an unknown field, broken
     * JSON), at its field path in the notation of {@link Plaats#JSON}. Jackson stops at the first.
     */
    static Invoerfout leesfout(JacksonException e) {
        StringBuilder pad = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                pad.append(pad.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                pad.append('[').append(r.getIndex()).append(']');
            }
        }
        Class<?> doel = e instanceof MismatchedInputException m ? m.getTargetType()
                : e instanceof InputCoercionException c ? c.getTargetType() : null;
        String melding;
        if (e instanceof UnrecognizedPropertyException onbekend) {
            melding = "Onbekend veld '" + onbekend.getPropertyName() + "'; bekend zijn "
                    + onbekend.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        } else if (doel == Integer.class || doel == int.class) {
            // a number past the int range names the primitive it does not fit
            melding = "Moet een geheel getal zijn, van 0 tot en met " + HOOGSTENS;
        } else if (doel == BigDecimal.class) {
            melding = "Moet een getal zijn";
        } else if (doel == String.class) {
            melding = "Moet tekst zijn";
        } else if (doel != null && List.class.isAssignableFrom(doel)) {
            melding = "Moet een lijst zijn";
        } else if (pad.isEmpty()) {
            TokenStreamLocation waar = e.getLocation();
            melding = GEEN_VERZOEK
                    + (waar == null || waar.getLineNr() < 1 ? "" : " (fout in regel " + waar.getLineNr() + ", teken " + waar.getColumnNr() + ")");
        } else {
            melding = "Deze waarde is niet te lezen";
        }
        return new Invoerfout(null, pad.isEmpty() ? null : pad.toString(), melding);
    }

    private Uitkomst valideer(VerdelingVerzoek v) {
        if (v == null) {
            return new Uitkomst(null, List.of(new Invoerfout(null, null, GEEN_VERZOEK)));
        }
        Optional<Provincie> provincie = Optional.empty();
        if (leeg(v.provincie())) {
            fouten.add(new Invoerfout(null, "provincie", "Vul de provincie in (CBS-code of naam)"));
        } else if (v.provincie().length() > HOOGSTENS_TEKENS_NAAM) {
            fouten.add(new Invoerfout(null, "provincie", teLang(HOOGSTENS_TEKENS_NAAM, v.provincie())));
        } else {
            provincie = gemeenten.provincie(v.provincie());
            if (provincie.isEmpty()) {
                fouten.add(new Invoerfout(null, "provincie", "Geen provincie gevonden met code of naam '" + v.provincie() + "'"));
            }
        }
        if (leeg(v.naam())) {
            fouten.add(new Invoerfout(null, "naam", "Geef de verdeling een naam"));
        } else if (v.naam().trim().length() > HOOGSTENS_TEKENS_VERDELING) {
            fouten.add(new Invoerfout(null, "naam", teLang(HOOGSTENS_TEKENS_VERDELING, v.naam().trim())));
        }
        int opgaveRegulier = opgave(v.opgaveRegulier(), "opgaveRegulier");
        int opgaveAmv = opgave(v.opgaveAmv(), "opgaveAmv");
        List<VerdelingVerzoek.Gemeente> rijen = rijen(v.gemeenten(), "gemeenten");
        if (v.gemeenten() == null || v.gemeenten().isEmpty()) {
            fouten.add(new Invoerfout(null, "gemeenten", "Geef minstens een gemeente"));
        }
        List<Invoer.Gemeente> gemeenteInvoer = new ArrayList<>();
        Map<String, Integer> regelVan = new HashMap<>();
        for (int i = 0; i < rijen.size(); i++) {
            gemeente(i, rijen.get(i), provincie.orElse(null), regelVan).ifPresent(gemeenteInvoer::add);
        }
        List<Invoer.Uitruil> uitruil = uitruil(rijen(v.uitruil(), "uitruil"), regelVan, gemeenteInvoer);
        if (fouten.isEmpty()) {
            Invoer invoer = new Invoer(provincie.orElseThrow(), v.naam().trim(), opgaveRegulier, opgaveAmv,
                    List.copyOf(gemeenteInvoer), uitruil);
            for (Soort soort : Soort.values()) {
                // a long: what a thousand rows offer can pass an int before it is compared
                long aangeboden = invoer.aangebodenSom(soort);
                if (invoer.opgave(soort) < aangeboden) {
                    fouten.add(new Invoerfout(null, soort == Soort.REGULIER ? "opgaveRegulier" : "opgaveAmv",
                            "De opgave " + soort.naam() + " (" + invoer.opgave(soort) + ") is kleiner dan wat het verslag met "
                            + "kansrijke initiatieven al biedt (" + aangeboden + "): er is geen restopgave, er is niets verdeeld"));
                }
            }
            return new Uitkomst(fouten.isEmpty() ? invoer : null, List.copyOf(fouten));
        }
        return new Uitkomst(null, List.copyOf(fouten));
    }

    /** The rows of a list, none when it has more than a province can have (one error instead of one per row). */
    private <T> List<T> rijen(List<T> lijst, String veld) {
        if (lijst == null) {
            return List.of();
        }
        if (lijst.size() > HOOGSTENS_RIJEN) {
            fouten.add(new Invoerfout(null, veld, "Hoogstens " + HOOGSTENS_RIJEN + " regels, niet " + lijst.size()));
            return List.of();
        }
        return lijst;
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
        if (r == null) {
            fouten.add(plaats.gemeente(i, "gemeente", "Lege regel: geef de gemeente en haar getallen"));
            return Optional.empty();
        }
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
        BigDecimal historisch = historisch(r.historischGemiddelde(), i);
        Invoer.Gemeente g = new Invoer.Gemeente(gemeente == null ? null : gemeente.code(), gemeente == null ? null : gemeente.naam(),
                getal.apply(r.indicatiefRegulier(), "indicatiefRegulier"), getal.apply(r.indicatiefAmv(), "indicatiefAmv"),
                getal.apply(r.verslagRegulier(), "verslagRegulier"), getal.apply(r.verslagAmv(), "verslagAmv"),
                getal.apply(r.kansrijkRegulier(), "kansrijkRegulier"), getal.apply(r.kansrijkAmv(), "kansrijkAmv"),
                historisch, getal.apply(r.oekrainePlaatsen(), "oekrainePlaatsen"),
                getal.apply(r.oekraineEvenredigAandeel(), "oekraineEvenredigAandeel"));
        return fouten.size() == voor ? Optional.of(g) : Optional.empty();
    }

    /**
     * Between 0 and the bound, with at most a few decimals: an exponent like 1E-999999999 is a small
     * number, but written out (as the explanation of a rule does) it is a billion characters.
     */
    private BigDecimal historisch(BigDecimal waarde, int i) {
        if (waarde == null) {
            return BigDecimal.ZERO;
        }
        if (waarde.signum() < 0 || waarde.compareTo(BigDecimal.valueOf(HOOGSTENS)) > 0) {
            fouten.add(plaats.gemeente(i, "historischGemiddelde", "Moet tussen 0 en " + HOOGSTENS + " liggen, niet "
                    + waarde.toString()));
            return BigDecimal.ZERO;
        }
        if (waarde.stripTrailingZeros().scale() > HOOGSTENS_DECIMALEN) {
            fouten.add(plaats.gemeente(i, "historischGemiddelde", "Hoogstens " + HOOGSTENS_DECIMALEN + " decimalen"));
            return BigDecimal.ZERO;
        }
        return waarde;
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
        Map<String, Long> gegeven = new HashMap<>();
        for (int i = 0; i < rijen.size(); i++) {
            int index = i;
            VerdelingVerzoek.Uitruil r = rijen.get(i);
            if (r == null) {
                fouten.add(plaats.uitruil(i, "van", "Lege regel: geef van, voor en het aantal reguliere plaatsen"));
                continue;
            }
            if (r.groep() != null && r.groep().trim().length() > HOOGSTENS_TEKENS_NAAM) {
                fouten.add(plaats.uitruil(i, "groep", teLang(HOOGSTENS_TEKENS_NAAM, r.groep().trim())));
            }
            Gemeente van = zoekInVerdeling(r.van(), "van", index, regelVan);
            Gemeente voor = zoekInVerdeling(r.voor(), "voor", index, regelVan);
            if (van != null && voor != null && van.code().equals(voor.code())) {
                fouten.add(plaats.uitruil(i, "voor", "Een gemeente ruilt niet met zichzelf uit (" + van.naam() + ")"));
            }
            if (r.regulier() == null || r.regulier() <= 0 || r.regulier() > HOOGSTENS) {
                fouten.add(plaats.uitruil(i, "regulier", "Geef het aantal reguliere plaatsen, van 1 tot en met " + HOOGSTENS
                        + (r.regulier() == null ? "" : ", niet " + r.regulier())));
            } else if (van != null && voor != null) {
                gegeven.merge(van.code(), (long) r.regulier(), Long::sum);
                uitruil.add(new Invoer.Uitruil(van.code(), voor.code(), r.regulier(), leeg(r.groep()) ? null : r.groep().trim()));
            }
        }
        Set<String> gemeld = new HashSet<>();
        for (Invoer.Gemeente g : gemeenteInvoer) {
            long uit = gegeven.getOrDefault(g.code(), 0L);
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
        if (codeOfNaam.length() > HOOGSTENS_TEKENS_NAAM) {
            fouten.add(fout.apply(veld, teLang(HOOGSTENS_TEKENS_NAAM, codeOfNaam)));
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

    /** Names the bound and shows only the start of what was sent. */
    private static String teLang(int hoogstens, String tekst) {
        return "Hoogstens " + hoogstens + " tekens, niet " + tekst.length() + " ('" + tekst.substring(0, 20) + "...')";
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
