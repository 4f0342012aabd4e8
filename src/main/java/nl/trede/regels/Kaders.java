package nl.trede.regels;

import java.util.ArrayList;
import java.util.List;
import nl.trede.kern.Periode;

/** The kaders as a whole: which one judges a province in a period, and that it is never two. */
final class Kaders {

    private Kaders() {
    }

    /**
     * Two kaders for one province and period are refused, naming both; so are two standaard kaders for
     * one period; and there must be a standaard kader, for the provinces without their own.
     */
    static List<Regelsetfout> controleer(List<Kader> kaders) {
        List<Regelsetfout> fouten = new ArrayList<>();
        for (int i = 0; i < kaders.size(); i++) {
            for (int j = i + 1; j < kaders.size(); j++) {
                Kader a = kaders.get(i);
                Kader b = kaders.get(j);
                if (!a.overlaptMet(b)) {
                    continue;
                }
                List<String> samen = a.provincies().stream().filter(b.provincies()::contains).toList();
                if (a.standaard() && b.standaard()) {
                    fouten.add(fout(a, b, "zijn allebei het standaardkader"));
                } else if (!samen.isEmpty()) {
                    fouten.add(fout(a, b, "gelden allebei voor " + String.join(", ", samen)));
                }
            }
        }
        if (!kaders.isEmpty() && kaders.stream().noneMatch(Kader::standaard)) {
            fouten.add(new Regelsetfout(Domein.LADDER + "/", 0, "Er is geen standaardkader (provincies: [standaard]) voor de "
                    + "provincies zonder eigen kader"));
        }
        return fouten;
    }

    private static Regelsetfout fout(Kader a, Kader b, String wat) {
        return new Regelsetfout(Domein.LADDER + "/" + b.id() + "/" + Domein.KADERBESTAND, 0, "De kaders " + a.id() + " ("
                + a.looptijd() + ") en " + b.id() + " (" + b.looptijd() + ") " + wat + " in dezelfde periode; een provincie "
                + "wordt per periode onder één kader beoordeeld. Laat het ene kader eindigen ('tot') voor het andere begint.");
    }

    static Kaderkeuze kies(List<Regelset> kaders, String provincieCode, String provincieNaam, Periode periode) {
        for (Regelset regelset : kaders) {
            Kader kader = regelset.kader().orElseThrow();
            if (kader.geldtVoor(provincieCode, periode)) {
                return new Kaderkeuze(kader, regelset, "kader " + kader.id() + " van de provincie " + provincieNaam + ", "
                        + kader.looptijd());
            }
        }
        for (Regelset regelset : kaders) {
            Kader kader = regelset.kader().orElseThrow();
            if (kader.standaard() && kader.geldtIn(periode)) {
                return new Kaderkeuze(kader, regelset, "geen eigen kader van de provincie " + provincieNaam + " voor " + periode
                        + "; standaardkader");
            }
        }
        throw new IllegalStateException("Geen kader beoordeelt de provincie " + provincieNaam + " in " + periode + ": er is geen "
                + "eigen kader en het standaardkader geldt niet voor die periode. Voeg een kader toe in rules/interventieladder/.");
    }
}
