package nl.trede.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.trede.beoordeling.Opgave;
import nl.trede.beoordeling.TredeVoorstel;
import nl.trede.regels.Regelset;
import nl.trede.regels.RegelsetService;
import nl.trede.regels.Uitvoering;
import nl.trede.systeem.NietGevondenException;
import nl.trede.verdeling.GemeenteUitkomst;
import nl.trede.verdeling.Invoer;
import nl.trede.verdeling.VerdelingService;
import nl.trede.verdeling.VerdelingVerzoek;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays a stored decision from its receipts with the rule files of its own version, read from the
 * database (not from rules/), and compares per gemeente with what was recorded.
 */
@Service
public class Herhaler {

    private final BewijsRepository bewijzen;
    private final Bewijslezer lezer;
    private final RegelsetService regelsets;
    private final VerdelingService verdelingen;

    Herhaler(BewijsRepository bewijzen, Bewijslezer lezer, RegelsetService regelsets, VerdelingService verdelingen) {
        this.bewijzen = bewijzen;
        this.lezer = lezer;
        this.regelsets = regelsets;
        this.verdelingen = verdelingen;
    }

    @Transactional(readOnly = true)
    public Herhaling herhaal(long rondeId) {
        List<Bewijs> ronde = bewijzen.vanOnderwerp(Bewijssoort.BEOORDELING, rondeId);
        if (ronde.isEmpty()) {
            throw new NietGevondenException("Ronde " + rondeId + " heeft geen beslissingsbewijzen om te herhalen");
        }
        String versie = ronde.get(0).regelsetVersie();
        Regelset regelset = regelsets.versie(versie);
        Map<String, Object> feiten = new LinkedHashMap<>();
        Map<String, Bewijsdocument.Beoordeling> documenten = new TreeMap<>();
        for (Bewijs bewijs : ronde) {
            Bewijsdocument.Beoordeling document = lezer.beoordeling(bewijs);
            documenten.put(document.gemeente(), document);
            document.feiten().forEach(f -> feiten.putIfAbsent(f.type() + f.waarde(), lezer.feit(f)));
        }
        Uitvoering uitvoering = regelset.voerUit(List.copyOf(feiten.values()));
        Map<String, TredeVoorstel> voorstellen = uitvoering.conclusies(TredeVoorstel.class).stream()
                .collect(Collectors.toMap(TredeVoorstel::gemeente, v -> v, (x, y) -> x));
        Map<String, Opgave> opgaven = uitvoering.conclusies(Opgave.class).stream()
                .collect(Collectors.toMap(Opgave::gemeente, o -> o, (x, y) -> x));
        List<Herhaling.Gemeente> gemeenten = new ArrayList<>();
        documenten.forEach((gemeente, document) -> {
            TredeVoorstel voorstel = voorstellen.get(gemeente);
            Opgave opgave = opgaven.get(gemeente);
            Herhaling.Uitkomst herhaald = voorstel == null || opgave == null ? null
                    : new Herhaling.Uitkomst(voorstel.trede(), voorstel.grondslag().name(), opgave.standEinde(),
                    voorstel.tredeOpTotaalopgave(), voorstel.koppelingstekortGunstig());
            gemeenten.add(new Herhaling.Gemeente(gemeente, document.gemeenteNaam(), document.uitkomst(), herhaald,
                    document.uitkomst().equals(herhaald)));
        });
        int identiek = (int) gemeenten.stream().filter(Herhaling.Gemeente::identiek).count();
        return new Herhaling(rondeId, versie, identiek, gemeenten.size() - identiek, gemeenten);
    }

    /**
     * Computes a stored verdeling again from its receipt: from the validated input it kept (the gemeenten
     * as they were that day), or, for a receipt from before that, from the request as received.
     */
    @Transactional(readOnly = true)
    public VerdelingHerhaling herhaalVerdeling(long verdelingId) {
        Bewijs bewijs = bewijzen.vanOnderwerp(Bewijssoort.VERDELING, verdelingId).stream().findFirst()
                .orElseThrow(() -> new NietGevondenException("Verdeling " + verdelingId + " heeft geen beslissingsbewijs"));
        Bewijsdocument.Verdeling document = lezer.verdeling(bewijs);
        if (Boolean.TRUE.equals(document.gepubliceerd()) || bewijs.regelsetVersie() == null) {
            throw new NietGevondenException("Verdeling " + verdelingId + " is een overgenomen gepubliceerd besluit: "
                    + "trede heeft haar niet berekend, dus er is niets te herhalen");
        }
        Regelset regelset = regelsets.versie(bewijs.regelsetVersie());
        LocalDate datum = LocalDate.parse(document.parameterdatum());
        List<GemeenteUitkomst> herhaald = document.gevalideerd() != null
                ? verdelingen.herbereken(lezer.waarde(document.gevalideerd(), Invoer.class), regelset, datum)
                : verdelingen.herbereken(lezer.waarde(document.invoer(), VerdelingVerzoek.class), regelset, datum);
        Map<String, GemeenteUitkomst> perGemeente = herhaald.stream()
                .collect(Collectors.toMap(GemeenteUitkomst::gemeente, g -> g));
        List<VerdelingHerhaling.Gemeente> gemeenten = new ArrayList<>();
        document.uitkomst().forEach((gemeente, was) -> {
            GemeenteUitkomst nu = perGemeente.get(gemeente);
            VerdelingHerhaling.Aandeel aandeel = nu == null ? null : BewijsSchrijver.aandeel(nu);
            gemeenten.add(new VerdelingHerhaling.Gemeente(gemeente, nu == null ? gemeente : nu.gemeenteNaam(), was, aandeel,
                    was.equals(aandeel)));
        });
        int identiek = (int) gemeenten.stream().filter(VerdelingHerhaling.Gemeente::identiek).count();
        return new VerdelingHerhaling(verdelingId, bewijs.regelsetVersie(), identiek, gemeenten.size() - identiek, gemeenten);
    }
}
